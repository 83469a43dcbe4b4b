import type { ContactPerson } from './contact-person';
import type { Engagement } from './entities/engagement.entity';
import type { EngagementContext, EngagementRole } from './engagement-context';
import type { EngagementStatus, Side } from './engagement-pipeline';

export interface EngagementContacts {
  /** The contact person each side named when it accepted (name, role, phone, e-mail). */
  provider: ContactPerson;
  enterprise: ContactPerson;
  /** Everyone in the enterprise's organisation, for copies. */
  enterpriseMembers: { displayName: string; email: string | null }[];
}

export interface EngagementView {
  id: string;
  status: EngagementStatus;
  origin: string;
  /** How the caller takes part: coordinator, enterprise and/or provider. */
  viewerRoles: EngagementRole[];
  /** The moves the caller can make through POST /engagements/{id}/transitions. */
  allowedTransitions: EngagementStatus[];
  need: Record<string, unknown>;
  enterprise: { organizationId: string; name: string };
  provider: Record<string, unknown>;
  responses: Record<Side, { status: string; respondedAt: Date | null }>;
  /** Why it was declined: for the coordinator and the side that declined; the other side sees only that it ended. */
  decline: { side: Side; reasonCode: string | null; reasonText: string | null } | null;
  introducedAt: Date | null;
  introductionNote: string | null;
  requestMessage: string | null;
  matchScore: number | null;
  /** Contact details, once both sides accepted (null before). */
  contacts: EngagementContacts | null;
  /** For the coordinator in charge, before both accepted: whom to phone on each side while brokering. */
  brokerContacts: { enterprise: ContactPerson; provider: ContactPerson } | null;
  /** For each side the caller may still accept for: the contact person the accept dialog starts from. */
  contactDrafts: Partial<Record<Side, ContactPerson>>;
  revealedAt: Date | null;
  meeting: { at: Date; mode: string | null; location: string | null } | null;
  agreement: { type: string | null; contractValue: number | null; signedAt: Date | null } | null;
  closed: { at: Date | null; reason: string | null } | null;
  statusChangedAt: Date;
}

/** The side that asked for an introduction, for requests. */
export function requesterSide(e: Engagement): Side | null {
  if (e.origin === 'enterprise_request') return 'enterprise';
  if (e.origin === 'expert_interest') return 'provider';
  return null;
}

/**
 * The engagement as one participant sees it: the need's public part, and its confidential part only for those
 * entitled (owners, coordinators in charge, and the provider once both accepted); the provider's public profile.
 */
export function engagementView(
  ctx: EngagementContext,
  roles: EngagementRole[],
  opened: {
    contacts: EngagementContacts | null;
    brokerContacts: EngagementView['brokerContacts'];
    contactDrafts: Partial<Record<Side, ContactPerson>>;
    confidential: boolean;
    allowedTransitions: EngagementStatus[];
  },
): EngagementView {
  const { engagement: e, need, provider } = ctx;
  const coordinator = roles.includes('coordinator');
  const declinedByMe = !!e.declinedBySide && roles.includes(e.declinedBySide);
  const closedByDecline = e.status === 'closed' && !!e.declinedBySide;
  return {
    id: e.id,
    status: e.status,
    origin: e.origin,
    viewerRoles: roles,
    allowedTransitions: opened.allowedTransitions,
    need: {
      id: need.id,
      title: need.title,
      description: need.description,
      fields: need.fields,
      keywords: need.keywords,
      regionCode: need.regionCode,
      cooperationModes: need.cooperationModes,
      budgetMin: need.budgetMin === null ? null : Number(need.budgetMin),
      budgetMax: need.budgetMax === null ? null : Number(need.budgetMax),
      deadline: need.deadline,
      status: need.status,
      ...(opened.confidential
        ? { confidentialDetails: need.confidentialDetails, confidentialAttachments: need.confidentialAttachments }
        : {}),
    },
    enterprise: { organizationId: need.organizationId, name: ctx.enterpriseName },
    provider: {
      id: provider.id,
      kind: provider.kind,
      name: provider.name,
      title: provider.title,
      affiliation: provider.affiliation,
      regionCode: provider.regionCode,
      fields: provider.fields,
      keywords: provider.keywords,
      bio: provider.bio,
    },
    responses: {
      enterprise: { status: e.enterpriseResponse, respondedAt: e.enterpriseRespondedAt },
      provider: { status: e.providerResponse, respondedAt: e.providerRespondedAt },
    },
    decline: e.declinedBySide
      ? {
          side: e.declinedBySide,
          reasonCode: coordinator || declinedByMe ? e.declineReasonCode : null,
          reasonText: coordinator || declinedByMe ? e.declineReasonText : null,
        }
      : null,
    introducedAt: e.introducedAt,
    introductionNote: e.introductionNote,
    requestMessage: coordinator || roles.includes(requesterSide(e) as EngagementRole) ? e.requestMessage : null,
    matchScore: coordinator ? e.matchScore : null,
    contacts: opened.contacts,
    brokerContacts: opened.brokerContacts,
    contactDrafts: opened.contactDrafts,
    revealedAt: e.revealedAt,
    meeting: e.meetingAt ? { at: e.meetingAt, mode: e.meetingMode, location: e.meetingLocation } : null,
    agreement: e.agreementType
      ? {
          type: e.agreementType,
          contractValue: e.contractValue === null ? null : Number(e.contractValue),
          signedAt: e.signedAt,
        }
      : null,
    closed:
      e.status === 'closed'
        ? { at: e.closedAt, reason: coordinator || !closedByDecline || declinedByMe ? e.closedReason : null }
        : null,
    statusChangedAt: e.statusChangedAt,
  };
}

/** Response shapes of the brokerage API (introductions, engagements, notifications), which declares no response schemas. */
export const ENGAGEMENT_STAGES = ['requested', 'introduced', 'accepted', 'meeting_scheduled', 'negotiating', 'agreement_signed', 'completed', 'closed'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STAGES)[number];
export type Side = 'enterprise' | 'provider';
export const DECLINE_REASONS = ['not_my_field', 'no_capacity', 'terms', 'already_solved', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export interface EngagementListItem {
  id: string;
  status: EngagementStatus;
  origin: 'match' | 'manual' | 'enterprise_request' | 'expert_interest';
  needId: string;
  needTitle: string;
  providerId: string;
  providerName: string;
  enterpriseName: string | null;
  enterpriseResponse: 'pending' | 'accepted' | 'declined';
  providerResponse: 'pending' | 'accepted' | 'declined';
  introducedAt: string | null;
  statusChangedAt: string;
}

export interface ContactPerson {
  name: string | null;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export interface EngagementContacts {
  provider: ContactPerson;
  enterprise: ContactPerson;
  enterpriseMembers: { displayName: string; email: string | null }[];
}

export interface EngagementView {
  id: string;
  status: EngagementStatus;
  origin: EngagementListItem['origin'];
  viewerRoles: ('coordinator' | Side)[];
  allowedTransitions: EngagementStatus[];
  need: { id: string; title: string; description: string; keywords: string[]; cooperationModes: string[]; budgetMin: number | null; budgetMax: number | null; deadline: string | null; confidentialDetails?: string | null; confidentialAttachments?: { name: string; url: string }[] };
  enterprise: { organizationId: string; name: string };
  provider: {
    id: string; kind: string; name: string; title: string | null; affiliation: string | null; bio: string; keywords: string[]; fields: string[];
    capabilities: { id: string; title: string; serviceModes: string[] }[];
    achievements: { kind: string; title: string; year: number | null }[];
  };
  responses: Record<Side, { status: 'pending' | 'accepted' | 'declined'; respondedAt: string | null }>;
  decline: { side: Side; reasonCode: string | null; reasonText: string | null } | null;
  introducedAt: string | null;
  introductionNote: string | null;
  requestMessage: string | null;
  matchScore: number | null;
  contacts: EngagementContacts | null;
  contactDrafts: Partial<Record<Side, ContactPerson>>;
  brokerContacts: { enterprise: ContactPerson; provider: ContactPerson } | null;
  revealedAt: string | null;
  meeting: { at: string; mode: string | null; location: string | null } | null;
  agreement: { type: string | null; contractValue: number | null; signedAt: string | null } | null;
  closed: { at: string | null; reason: string | null } | null;
  statusChangedAt: string;
}

export interface TimelineItem {
  id: string;
  type: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  body: string | null;
  data: Record<string, unknown> | null;
}

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  occurredAt: string;
  readAt: string | null;
  /** The task it announced was dealt with, by the reader or someone else. */
  doneAt: string | null;
}

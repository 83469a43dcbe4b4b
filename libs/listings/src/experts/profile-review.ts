import type { Actor } from '@app/identity';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { ListingStatus } from '../entities/listing-status';
import type { Provider, ProviderReviewStatus } from '../entities/provider.entity';
import type { PublicationKind } from '../entities/publication.entity';
import type { ListingScope } from '../lifecycle/listing-access';
import type { ListingChange } from '../lifecycle/listing-observers';
import { ListingRevision, PendingRevisionStatus } from '../lifecycle/listing-revision.entity';
import type { LifecycleState, ListingAction } from '../lifecycle/transitions';

/**
 * Where an expert's own profile stands in review. A new profile is `submitted` (or `returned` with a reason) and
 * public nowhere until approved; an approved profile stays public as approved while an edit of it waits
 * (`revision_submitted`) or was sent back (`revision_returned`).
 */
export const PROFILE_REVIEW_STATES = [
  'submitted',
  'returned',
  'approved',
  'revision_submitted',
  'revision_returned',
] as const;
export type ProfileReviewState = (typeof PROFILE_REVIEW_STATES)[number];

/** What a profile's review is about in listing_revisions and the review notices. */
export const PROFILE_TYPE = 'provider' as const;

export interface ExpertWork {
  kind: PublicationKind;
  title: string;
  abstract: string;
  year: number | null;
}

export type ProfileContent = Pick<
  Provider,
  | 'name'
  | 'title'
  | 'affiliation'
  | 'regionCode'
  | 'fields'
  | 'keywords'
  | 'bio'
  | 'available'
  | 'contactEmail'
  | 'contactPhone'
>;

/** A proposed edit of an approved profile, as kept in listing_revisions.content. */
export interface ProfileEdit {
  profile: ProfileContent;
  publications: ExpertWork[];
}

export function profileState(status: ProviderReviewStatus, pending: ListingRevision | null): ProfileReviewState {
  if (status !== 'approved') return status;
  if (!pending) return 'approved';
  return pending.status === 'returned' ? 'revision_returned' : 'revision_submitted';
}

/** The listing lifecycle's name for a profile's state (what review notices understand). */
const LIFECYCLE_OF: Record<ProfileReviewState, LifecycleState> = {
  submitted: 'submitted',
  returned: 'draft',
  approved: 'published',
  revision_submitted: 'revision_submitted',
  revision_returned: 'revision_returned',
};
const STATUS_OF: Record<ProviderReviewStatus, ListingStatus> = {
  submitted: 'submitted',
  returned: 'draft',
  approved: 'published',
};

export function contentOf(p: ProfileContent): ProfileContent {
  const { name, title, affiliation, regionCode, fields, keywords, bio, available, contactEmail, contactPhone } = p;
  return { name, title, affiliation, regionCode, fields, keywords, bio, available, contactEmail, contactPhone };
}

export function fingerprint(c: ProfileContent, works: ExpertWork[]): string {
  const { name, title, affiliation, regionCode, fields, keywords, bio, available, contactEmail, contactPhone } = c;
  return JSON.stringify([
    name,
    title,
    affiliation,
    regionCode,
    fields,
    keywords,
    bio,
    available,
    contactEmail,
    contactPhone,
    works.map((w) => [w.kind, w.title, w.abstract, w.year]),
  ]);
}

/** The profile's owner is the expert; the coordinators of its (public) region review it. */
export function profileScope(p: Provider): ListingScope {
  return {
    organizationId: p.organizationId,
    ownerUserId: p.userId,
    regionCode: p.regionCode,
    stewardOrganizationId: p.stewardOrganizationId,
  };
}

export function pendingEditOf(m: EntityManager, providerId: string): Promise<ListingRevision | null> {
  return m.findOneBy(ListingRevision, {
    listingType: PROFILE_TYPE,
    listingId: providerId,
    status: In(['submitted', 'returned'] satisfies PendingRevisionStatus[]),
  });
}

/** One step of a profile's review, as the lifecycle's observers (review notices) learn of it. */
export function profileChange(
  p: Provider,
  step: {
    action: ListingAction;
    actor: Actor | null;
    before: ProfileReviewState;
    after: ProfileReviewState;
    pending: ListingRevision | null;
    reason?: string;
    previousReturn?: string | null;
  },
): ListingChange {
  return {
    type: PROFILE_TYPE,
    listing: {
      id: p.id,
      title: p.name,
      status: STATUS_OF[p.reviewStatus],
      revision: p.revision,
      returnReason: p.returnReason,
      submittedAt: p.submittedAt,
      publishedAt: null,
    },
    action: step.action,
    actor: step.actor,
    reason: step.reason,
    scope: profileScope(p),
    pending: step.pending,
    before: LIFECYCLE_OF[step.before],
    after: LIFECYCLE_OF[step.after],
    previousReturn: step.previousReturn ?? null,
  };
}

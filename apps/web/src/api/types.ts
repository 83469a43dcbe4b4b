import type { components } from './schema';

/**
 * Names for the API's answers, all taken from the generated OpenAPI types (schema.d.ts, `npm run web:api-types`):
 * the console keeps no copy of a backend type, so a changed answer fails the console's compile.
 */
type Schemas = components['schemas'];

export type Language = Schemas['LocaleDto']['locale'];
export type OrganizationType = Schemas['OrganizationViewDto']['type'];
export type Organization = Schemas['OrganizationViewDto'];
export type Me = Schemas['MeDto'];
export type Membership = Schemas['MeMembershipDto'];
export type LoginResult = Schemas['SessionDto'];
export type ContactStatus = Schemas['ContactStatusDto'];
export type IssuedInvitation = Schemas['IssuedInvitationDto'];

export type NeedSearchHit = Schemas['NeedSearchHitDto'];
export type CapabilitySearchHit = Schemas['CapabilitySearchHitDto'];
export type ProviderSearchHit = Schemas['ProviderSearchHitDto'];
/** A hit of any of the three searches; the fields of one kind are optional on the others. */
export type SearchHit = (NeedSearchHit | CapabilitySearchHit | ProviderSearchHit) &
  Partial<NeedSearchHit & CapabilitySearchHit & ProviderSearchHit>;
export type SearchResult =
  Schemas['NeedSearchResultDto'] | Schemas['CapabilitySearchResultDto'] | Schemas['ProviderSearchResultDto'];

export type MatchReasons = Schemas['MatchReasonsDto'];
export type NeedMatch = Schemas['NeedMatchDto'];
export type ProviderMatch = Schemas['ProviderMatchDto'];
export type NeedMatchList = Schemas['NeedMatchListDto'];
export type ProviderMatchList = Schemas['ProviderMatchListDto'];
export type NextCandidates = Schemas['NextCandidatesDto'];

export type ImportReport = Schemas['ImportReportDto'];
export type RegionItem = Schemas['RegionItemDto'];
export type FieldItem = Schemas['FieldItemDto'];

export type NeedView = Schemas['NeedViewDto'];
export type NeedPage = Schemas['NeedViewPage'];
export type CapabilityView = Schemas['CapabilityViewDto'];
export type CapabilityPage = Schemas['CapabilityViewPage'];
export type LifecycleState = NeedView['state'];
export type ListingAction = NeedView['allowedActions'][number];
export type ReviewQueueItem = Schemas['ReviewQueueItemDto'];
export type ReviewQueuePage = Schemas['ReviewQueueItemPage'];
export type ExpertProfile = Schemas['ExpertProfileViewDto'];
export type ExpertProfileReview = Schemas['ExpertProfileReviewDto'];
export type ExpertProfileContent = Schemas['ExpertProfileContentDto'];

export type EngagementListItem = Schemas['EngagementListItemDto'];
export type EngagementPage = Schemas['EngagementListItemPage'];
export type EngagementView = Schemas['EngagementViewDto'];
export type EngagementStatus = EngagementView['status'];
export type Side = Schemas['EngagementDeclineDto']['side'];
export type DeclineReason = NonNullable<Schemas['RejectedMatchDto']['reasonCode']>;
export type ContactPerson = Schemas['ContactPersonViewDto'];
export type TimelineItem = Schemas['TimelineItemDto'];
export type InboxItem = Schemas['InboxItemDto'];
export type InboxPage = Schemas['InboxPageDto'];
export type ReminderPeriods = Schemas['ReminderPeriodsDto'];
export type ReminderSettings = Schemas['ReminderSettingsViewDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditPage = Schemas['AuditEntryPage'];

/** The pipeline's stages in their order on the board (every EngagementStatus, checked by the compiler). */
export const ENGAGEMENT_STAGES = [
  'requested',
  'introduced',
  'accepted',
  'meeting_scheduled',
  'negotiating',
  'agreement_signed',
  'completed',
  'closed',
] as const satisfies readonly EngagementStatus[];
/** Decline reasons in the order the forms offer them. */
export const DECLINE_REASONS = [
  'not_my_field',
  'no_capacity',
  'terms',
  'already_solved',
  'other',
] as const satisfies readonly DeclineReason[];

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : { missing: Exclude<All, Listed> };
const stagesComplete: Missing<EngagementStatus, (typeof ENGAGEMENT_STAGES)[number]> = true;
const reasonsComplete: Missing<DeclineReason, (typeof DECLINE_REASONS)[number]> = true;
void stagesComplete;
void reasonsComplete;

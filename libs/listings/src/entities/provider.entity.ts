import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/**
 * Whether a profile may be public: `approved` by a coordinator in charge (imported, seeded and concierge profiles
 * count as reviewed), or an expert's own new profile still `submitted` or `returned`. Search and matching show
 * approved profiles only; an edit of an approved one waits in listing_revisions while the approved text stays public.
 */
export const PROVIDER_REVIEW_STATUSES = ['submitted', 'returned', 'approved'] as const;
export type ProviderReviewStatus = (typeof PROVIDER_REVIEW_STATUSES)[number];

export const PROVIDER_KINDS = ['expert', 'society', 'workstation'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Who can serve a need: an expert, a society (学会) or an expert workstation, with its public profile. */
@Entity('providers')
@Index('providers_updated_at_idx', ['updatedAt'])
@Index('providers_awaiting_review', ['submittedAt'], { where: "review_status <> 'approved'" })
@Index('providers_import_scope_external_id_key', ['importScope', 'externalId'], {
  unique: true,
  where: 'external_id is not null',
})
export class Provider extends BaseEntity {
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  /** Whose externalId it is: the importing association's id, or "platform" for platform admins. */
  @Column({ type: 'text', nullable: true }) importScope: string | null;
  @Column({ type: 'text' }) kind: ProviderKind;
  @Column({ type: 'text' }) name: string;
  /** 院士, 教授, 研究员, 高级工程师 … for experts. */
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text', nullable: true }) affiliation: string | null;
  @Index() @Column({ type: 'text', nullable: true }) regionCode: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) fields: string[];
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Column({ type: 'text', default: '' }) bio: string;
  @Column({ type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  /** The society or workstation organisation publishing this profile, when there is one. */
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** The expert's own account, when the expert has one. */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  /** The association whose coordinators manage an imported profile. */
  @Column({ type: 'uuid', nullable: true }) stewardOrganizationId: string | null;
  @Column({ type: 'boolean', default: true }) available: boolean;
  @Column({ type: 'int', default: 1 }) revision: number;
  /** Fingerprint of the last imported row, so re-importing an unchanged row changes nothing. */
  @Column({ type: 'text', nullable: true }) sourceHash: string | null;
  @Column({ type: 'text', default: 'approved' }) reviewStatus: ProviderReviewStatus;
  /** The coordinator's reason when a new profile was returned. */
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  /** When the expert last sent a not yet approved profile for review. */
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
}

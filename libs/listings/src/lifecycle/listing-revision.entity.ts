import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ListingType } from './transitions';

export const REVISION_STATUSES = ['submitted', 'returned', 'approved', 'discarded'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
export type PendingRevisionStatus = Extract<RevisionStatus, 'submitted' | 'returned'>;

/**
 * An edit of a published listing. While it is pending (submitted or returned) the listing keeps its
 * published content; approving copies `content` onto the listing and bumps its revision. Approved and
 * discarded rows stay as the listing's history. At most one pending revision per listing.
 */
@Entity('listing_revisions')
@Index('listing_revisions_updated_idx', ['listingType', 'updatedAt'])
@Index('listing_revisions_one_pending', ['listingType', 'listingId'], {
  unique: true,
  where: "status in ('submitted', 'returned')",
})
@Index('listing_revisions_queue', ['status', 'submittedAt'])
export class ListingRevision extends BaseEntity {
  /** A need, a capability, or an expert's own profile ('provider'). */
  @Column({ type: 'text' }) listingType: ListingType | 'provider';
  @Column({ type: 'uuid' }) listingId: string;
  /** The listing's revision this edit started from. */
  @Column({ type: 'int' }) baseRevision: number;
  @Column({ type: 'text' }) status: RevisionStatus;
  /** The full editable content proposed (for a need, including its confidential part). */
  @Column({ type: 'jsonb' }) content: Record<string, unknown>;
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedBy: string | null;
}

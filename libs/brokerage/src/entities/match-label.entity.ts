import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export type MatchLabelValue = 'approved' | 'rejected' | 'accepted' | 'declined' | 'expired' | 'agreement';

/**
 * What people said about a (need, provider) pair: a coordinator approving or rejecting a suggestion, a party accepting
 * or declining, an agreement signed. The ranker reads a provider's labels as its track record (libs/matching/src/track-record).
 */
@Entity('match_labels')
@Index(['needId', 'providerId'])
@Index('match_labels_provider_idx', ['providerId'])
export class MatchLabel extends BaseEntity {
  @Column({ type: 'uuid' }) needId: string;
  @Column({ type: 'uuid' }) providerId: string;
  @Index() @Column({ type: 'text' }) label: MatchLabelValue;
  @Column({ type: 'text', nullable: true }) reasonCode: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** The score and algorithm of the match at the time, when it was a suggestion. */
  @Column({ type: 'real', nullable: true }) score: number | null;
  @Column({ type: 'text', nullable: true }) algorithmVersion: string | null;
  /** The track-record adjustment (log-odds) inside that score, so outcomes are fitted against the ranker's own view. */
  @Column({ type: 'real', nullable: true }) scoreAdjustment: number | null;
  /** The provider's other open introductions when the label was given. */
  @Column({ type: 'integer', nullable: true }) providerOpenEngagements: number | null;
  @Column({ type: 'uuid', nullable: true }) engagementId: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
}

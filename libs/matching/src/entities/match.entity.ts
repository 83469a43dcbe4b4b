import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { MatchReasons } from '../ranker/match-reasons';

/** One ranked (need, provider) pair; both the need's and the provider's lists read from here. */
@Entity('matches')
@Index(['needId', 'providerId'], { unique: true })
@Index(['providerId', 'score'])
@Index('matches_need_score_idx', ['needId', 'score'])
export class Match extends BaseEntity {
  @Column({ type: 'uuid' }) needId: string;
  @Column({ type: 'uuid' }) providerId: string;
  /** The provider's capability that fits best, when one does. */
  @Column({ type: 'uuid', nullable: true }) capabilityId: string | null;
  @Column({ type: 'real' }) score: number;
  @Column({ type: 'jsonb' }) reasons: MatchReasons;
  @Column({ type: 'text' }) algorithmVersion: string;
  @Column({ type: 'int' }) needRevision: number;
  @Column({ type: 'int' }) providerRevision: number;
}

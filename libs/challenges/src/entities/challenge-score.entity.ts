import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { EvaluatorRole } from '../challenge-rules';

/** One evaluator's scores of one application, criterion by criterion (0–100), and their weighted total. */
@Entity('challenge_scores')
@Index('challenge_scores_scorer_idx', ['applicationId', 'scorerId'], { unique: true })
export class ChallengeScore extends BaseEntity {
  @Index('challenge_scores_challenge_idx') @Column({ type: 'uuid' }) challengeId: string;
  @Column({ type: 'uuid' }) applicationId: string;
  @Column({ type: 'uuid' }) scorerId: string;
  @Column({ type: 'text' }) scorerRole: EvaluatorRole;
  @Column({ type: 'jsonb' }) scores: Record<string, number>;
  @Column({ type: 'real' }) weightedTotal: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}

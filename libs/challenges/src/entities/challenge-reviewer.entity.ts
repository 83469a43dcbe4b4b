import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** An invited reviewer (评审专家) of a challenge and their conflict-of-interest declaration (none until declared). */
@Entity('challenge_reviewers')
@Index('challenge_reviewers_user_idx', ['challengeId', 'userId'], { unique: true })
export class ChallengeReviewer extends BaseEntity {
  @Column({ type: 'uuid' }) challengeId: string;
  @Index('challenge_reviewers_by_user_idx') @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'uuid' }) invitedBy: string;
  @Column({ type: 'timestamptz', nullable: true }) declaredAt: Date | null;
  /** The applications the reviewer declared a conflict with: they do not see or score them. */
  @Column({ type: 'uuid', array: true, default: '{}' }) conflictedApplicationIds: string[];
  @Column({ type: 'text', nullable: true }) declarationStatement: string | null;
}

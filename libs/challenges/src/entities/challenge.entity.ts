import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ChallengeStatus, Criterion } from '../challenge-rules';

/**
 * An open challenge (揭榜挂帅): a published need raised to a public call by a coordinator in charge. The enterprise,
 * region and steward are copied from the need when raised, so who is in charge never depends on later edits to it.
 */
@Entity('challenges')
@Index('challenges_board_idx', ['status', 'deadline'])
export class Challenge extends BaseEntity {
  @Index('challenges_need_idx') @Column({ type: 'uuid' }) needId: string;
  @Index('challenges_organization_idx') @Column({ type: 'uuid' }) organizationId: string;
  @Index('challenges_region_idx') @Column({ type: 'text', nullable: true }) regionCode: string | null;
  @Column({ type: 'uuid', nullable: true }) stewardOrganizationId: string | null;
  @Column({ type: 'text' }) status: ChallengeStatus;
  @Column({ type: 'text' }) title: string;
  /** The public call (榜单) as the enterprise approves it. */
  @Column({ type: 'text' }) callText: string;
  /** Taxonomy fields shown on the board and used by its filter (the need's, unless the coordinator set others). */
  @Column({ type: 'text', array: true, default: '{}' }) fields: string[];
  @Column({ type: 'timestamptz' }) deadline: Date;
  @Column({ type: 'numeric', nullable: true }) rewardMin: string | null;
  @Column({ type: 'numeric', nullable: true }) rewardMax: string | null;
  /** Region codes a provider must lie within (empty: anywhere). */
  @Column({ type: 'text', array: true, default: '{}' }) eligibleRegions: string[];
  /** Provider kinds that may apply (empty: every kind). */
  @Column({ type: 'text', array: true, default: '{}' }) eligibleKinds: string[];
  /** Minimum qualifications an applicant must confirm it meets; null: none. */
  @Column({ type: 'text', nullable: true }) minQualifications: string | null;
  @Column({ type: 'jsonb' }) criteria: Criterion[];
  /** How many of the best-matching eligible providers to invite when the call opens. */
  @Column({ type: 'int', default: 5 }) inviteCount: number;
  @Column({ type: 'uuid' }) raisedBy: string;
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) awardedApplicationId: string | null;
  @Column({ type: 'text', nullable: true }) awardReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) awardedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
}

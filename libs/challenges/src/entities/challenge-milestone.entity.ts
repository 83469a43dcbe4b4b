import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { Attachment, MilestoneStatus } from '../challenge-rules';

/** A milestone of the call, with its acceptance condition; after the award, the winner's deliverable (验收). */
@Entity('challenge_milestones')
@Index('challenge_milestones_seq_idx', ['challengeId', 'seq'], { unique: true })
export class ChallengeMilestone extends BaseEntity {
  @Column({ type: 'uuid' }) challengeId: string;
  /** 1, 2, 3 … in the order of the call. */
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) acceptanceCriteria: string;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'text', default: 'planned' }) status: MilestoneStatus;
  @Column({ type: 'jsonb', default: () => "'[]'" }) evidence: Attachment[];
  @Column({ type: 'text', nullable: true }) submissionNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'text', nullable: true }) reviewNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedBy: string | null;
}

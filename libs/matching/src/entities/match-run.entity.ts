import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export type MatchSubject = 'need' | 'provider';
export type MatchRunStatus = 'pending' | 'ready';

/**
 * Whether the matches of a need or provider are computed for its current revision. Written in the same
 * transaction as the listing, so a lost queue job is found again by the sweeper.
 */
@Entity('match_runs')
@Index(['subjectType', 'subjectId'], { unique: true })
@Index(['status', 'requestedAt'])
@Index('match_runs_subject_id_idx', ['subjectId'])
export class MatchRun extends BaseEntity {
  @Column({ type: 'text' }) subjectType: MatchSubject;
  @Column({ type: 'uuid' }) subjectId: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ type: 'text', default: 'pending' }) status: MatchRunStatus;
  @Column({ type: 'text', nullable: true }) algorithmVersion: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) requestedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'int', nullable: true }) durationMs: number | null;
}

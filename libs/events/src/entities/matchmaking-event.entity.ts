import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export interface EventSlot {
  start: string;
  end: string;
}

export type ScheduleStatus = 'none' | 'running' | 'ready' | 'failed';

/**
 * A matchmaking event (供需对接会): a day of short 1:1 meetings between enterprises with open needs and providers, at
 * numbered tables in fixed time slots. Run by the coordinators in charge of its region.
 */
@Entity('matchmaking_events')
export class MatchmakingEvent extends BaseEntity {
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Index('matchmaking_events_region_idx') @Column({ type: 'text' }) regionCode: string;
  /** The association of the coordinator who created it. */
  @Column({ type: 'uuid', nullable: true }) organizerOrganizationId: string | null;
  @Column({ type: 'uuid' }) createdBy: string;
  /** The day, in Shanghai time (YYYY-MM-DD). */
  @Column({ type: 'date' }) eventDate: string;
  @Column({ type: 'text', nullable: true }) venue: string | null;
  @Column({ type: 'text', nullable: true }) onlineUrl: string | null;
  /** In order; a meeting's slot is an index into this list. */
  @Column({ type: 'jsonb' }) slots: EventSlot[];
  /** Table labels; a meeting's table is an index into this list. */
  @Column({ type: 'text', array: true }) tableNames: string[];
  /** Most participants that may register. */
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'text', array: true, default: '{}' }) themeFields: string[];
  @Column({ type: 'text', array: true, default: '{}' }) themeKeywords: string[];
  @Column({ type: 'int', default: 4 }) maxMeetingsPerParticipant: number;
  @Column({ type: 'text', default: 'none' }) scheduleStatus: ScheduleStatus;
  /** Bumped by every request to (re)compute the schedule; a job for an older request does nothing. */
  @Column({ type: 'int', default: 0 }) scheduleRequest: number;
  /** The optimiser's last result: total value, its upper bound, exact or heuristic. */
  @Column({ type: 'real', nullable: true }) scheduleValue: number | null;
  @Column({ type: 'real', nullable: true }) scheduleBound: number | null;
  @Column({ type: 'text', nullable: true }) scheduleMethod: string | null;
  @Column({ type: 'timestamptz', nullable: true }) scheduledAt: Date | null;
}

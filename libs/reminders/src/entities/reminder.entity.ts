import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ReminderKind, ReminderPayloads } from '../reminder-kinds';

export type ReminderStatus = 'pending' | 'sent' | 'cancelled' | 'failed';

/**
 * Something to tell someone at a given time. PostgreSQL is the truth: the BullMQ delayed job is only a wake-up call,
 * rebuilt by the sweep when Redis loses it. A reminder is delivered inside a transaction that locks its row
 * (FOR UPDATE SKIP LOCKED), writes its notifications and marks it sent, so it is never sent twice.
 */
@Entity('reminders')
@Index(['status', 'dueAt'])
@Index(['subjectType', 'subjectId'])
export class Reminder extends BaseEntity {
  @Column({ type: 'text' }) kind: ReminderKind;
  @Column({ type: 'text' }) subjectType: string;
  @Column({ type: 'uuid' }) subjectId: string;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'text', default: 'pending' }) status: ReminderStatus;
  /** 'email': inbox and e-mail (as each recipient prefers); 'inbox': inbox only. */
  @Column({ type: 'text', default: 'email' }) channel: 'email' | 'inbox';
  @Index({ unique: true }) @Column({ type: 'text' }) dedupeKey: string;
  /**
   * Facts captured when scheduled, to check at delivery that the state has not moved on (ids and keys, no content);
   * its shape depends on the kind: read it through `ReminderOf` (see ReminderPayloads).
   */
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: ReminderPayloads[ReminderKind];
  /** The association whose periods set the due time. */
  @Column({ type: 'uuid', nullable: true }) associationId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) processedAt: Date | null;
  /** The worker (host:pid) that delivered or cancelled it. */
  @Column({ type: 'text', nullable: true }) processedBy: string | null;
  @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
}

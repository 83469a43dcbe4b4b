import { EntityManager } from 'typeorm';
import type { Reminder } from './entities/reminder.entity';

/** Every kind of reminder; each has exactly one handler (checked when the worker boots). */
export const REMINDER_KINDS = [
  'invitation.remind', 'invitation.escalate', 'invitation.expire',
  'meeting.outcome', 'agreement.followup', 'need.no-accepted-introduction',
  'listing.review-overdue', 'listing.reconfirm', 'listing.expire',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderContext {
  /** The delivery transaction: the reminder row is locked in it. */
  manager: EntityManager;
  now: Date;
}

export type ReminderOutcome =
  | { outcome: 'sent'; emailIds: string[]; afterCommit?: () => Promise<void> }
  | { outcome: 'obsolete'; reason: string; afterCommit?: () => Promise<void> };

/** Delivers the reminders of some kinds; may also derive reminders from the current state of the data (scan). */
export interface ReminderHandler {
  readonly kinds: readonly ReminderKind[];
  deliver(reminder: Reminder, ctx: ReminderContext): Promise<ReminderOutcome>;
  /** Creates the reminders that the current data calls for and cancels those it no longer does; returns new ids. */
  scan?(now: Date): Promise<string[]>;
}

export const obsolete = (reason: string): ReminderOutcome => ({ outcome: 'obsolete', reason });

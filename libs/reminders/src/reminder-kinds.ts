import { EntityManager } from 'typeorm';
import type { Reminder } from './entities/reminder.entity';

/** Every kind of reminder; each has exactly one handler (checked when the worker boots). */
export const REMINDER_KINDS = [
  'invitation.remind', 'invitation.escalate', 'invitation.expire',
  'meeting.outcome', 'agreement.followup', 'need.no-accepted-introduction',
  'listing.review-overdue', 'listing.reconfirm', 'listing.expire',
  'alerts.digest',
  'event.invitation-unanswered', 'event.wishes-missing', 'event.schedule-day-before',
  'challenge.deadline-soon', 'challenge.deadline', 'challenge.milestone-overdue',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** `memo(key, load)` runs `load` once per key (and hands every caller its promise); `noMemo` runs it every time. */
export type Memo = <T>(key: string, load: () => Promise<T>) => Promise<T>;
export const noMemo: Memo = (_key, load) => load();

/** Lookups shared by the reminders of one batch or one scan (a failed lookup is forgotten, so the next caller asks again). */
export function memoizer(): Memo {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, load().catch((err: unknown) => { cache.delete(key); throw err; }));
    return cache.get(key) as Promise<T>;
  };
}

export interface ReminderContext {
  /** The delivery transaction: the reminder row is locked in it. */
  manager: EntityManager;
  now: Date;
  /**
   * For reads that the reminders of one delivery batch share (who is in charge of a region, an association's periods):
   * once per key and batch. Only for reads that do not depend on the batch's own writes.
   */
  memo: Memo;
}

/** `afterCommit` runs once the delivery is committed; one function shared by several outcomes (a batch's) runs once. */
export type ReminderOutcome =
  | { outcome: 'sent'; emailIds: string[]; afterCommit?: () => Promise<void> }
  | { outcome: 'obsolete'; reason: string; afterCommit?: () => Promise<void> };

/** Delivers the reminders of some kinds; may also derive reminders from the current state of the data (scan). */
export interface ReminderHandler {
  readonly kinds: readonly ReminderKind[];
  deliver(reminder: Reminder, ctx: ReminderContext): Promise<ReminderOutcome>;
  /**
   * Optional: the same as `deliver` for each of several reminders (one outcome each, in order), in fewer queries. When it
   * throws, the dispatcher undoes all of it and delivers those reminders one by one instead.
   */
  deliverMany?(reminders: Reminder[], ctx: ReminderContext): Promise<ReminderOutcome[]>;
  /** Creates the reminders that the current data calls for and cancels those it no longer does; returns new ids. */
  scan?(now: Date): Promise<string[]>;
}

export const obsolete = (reason: string): ReminderOutcome => ({ outcome: 'obsolete', reason });

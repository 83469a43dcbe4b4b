import { EntityManager } from 'typeorm';
import type { Reminder } from './entities/reminder.entity';

/** Every kind of reminder; each has exactly one handler (checked when the worker boots). */
export const REMINDER_KINDS = [
  'invitation.remind',
  'invitation.escalate',
  'invitation.expire',
  'meeting.outcome',
  'agreement.followup',
  'need.no-accepted-introduction',
  'listing.review-overdue',
  'listing.reconfirm',
  'listing.expire',
  'alerts.digest',
  'event.invitation-unanswered',
  'event.wishes-missing',
  'event.schedule-day-before',
  'challenge.deadline-soon',
  'challenge.deadline',
  'challenge.milestone-overdue',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * What each kind of reminder carries in its `payload` JSON: facts captured when it was scheduled (ids, keys, periods;
 * no content), checked at delivery to tell whether the state has moved on. Optional fields were added after rows
 * without them were written.
 */
export interface ReminderPayloads {
  'invitation.remind': { side: 'enterprise' | 'provider'; days: number };
  'invitation.escalate': { days: number };
  'invitation.expire': { days: number };
  /** ISO time of the meeting the reminder asks about. */
  'meeting.outcome': { meetingAt: string };
  'agreement.followup': { days: number };
  'need.no-accepted-introduction': { publishedKey: string; days: number };
  'listing.review-overdue': { submitKey: string | null; workingDays?: number };
  'listing.reconfirm': { touchKey: string };
  'listing.expire': { touchKey: string; graceDays?: number };
  'alerts.digest': Record<string, never>;
  /** The event's date (YYYY-MM-DD) when scheduled: a moved event makes the reminder obsolete. */
  'event.invitation-unanswered': { eventDate: string };
  'event.wishes-missing': { eventDate: string };
  'event.schedule-day-before': { eventDate: string };
  /** ISO deadline of the call when scheduled. */
  'challenge.deadline-soon': { deadline: string };
  'challenge.deadline': { deadline: string };
  'challenge.milestone-overdue': { challengeId: string; dueAt: string };
}
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** tsc stops here when a kind has no payload type, or a payload type no kind. */
export type EveryReminderKindHasAPayload = Holds<SameSet<ReminderKind, keyof ReminderPayloads>>;

/** A reminder row of one of these kinds, its payload typed by its kind: `switch (reminder.kind)` narrows `payload`. */
export type ReminderOf<K extends ReminderKind = ReminderKind> = K extends ReminderKind
  ? Omit<Reminder, 'kind' | 'payload'> & { kind: K; payload: ReminderPayloads[K] }
  : never;

/** A row read from the table as the reminder of its kind (the kind names the shape its payload was written with). */
export function typedReminder(row: Reminder): ReminderOf {
  if (!(REMINDER_KINDS as readonly string[]).includes(row.kind)) throw new Error(`unknown reminder kind ${row.kind}`);
  return row as ReminderOf;
}

/** `memo(key, load)` runs `load` once per key (and hands every caller its promise); `noMemo` runs it every time. */
export type Memo = <T>(key: string, load: () => Promise<T>) => Promise<T>;
export const noMemo: Memo = (_key, load) => load();

/** Lookups shared by the reminders of one batch or one scan (a failed lookup is forgotten, so the next caller asks again). */
export function memoizer(): Memo {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!cache.has(key))
      cache.set(
        key,
        load().catch((err: unknown) => {
          cache.delete(key);
          throw err;
        }),
      );
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
export interface ReminderHandler<K extends ReminderKind = ReminderKind> {
  readonly kinds: readonly K[];
  deliver(reminder: ReminderOf<K>, ctx: ReminderContext): Promise<ReminderOutcome>;
  /**
   * Optional: the same as `deliver` for each of several reminders (one outcome each, in order), in fewer queries. When it
   * throws, the dispatcher undoes all of it and delivers those reminders one by one instead.
   */
  deliverMany?(reminders: ReminderOf<K>[], ctx: ReminderContext): Promise<ReminderOutcome[]>;
  /** Creates the reminders that the current data calls for and cancels those it no longer does; returns new ids. */
  scan?(now: Date): Promise<string[]>;
}

export const obsolete = (reason: string): ReminderOutcome => ({ outcome: 'obsolete', reason });

/** The `default` of a handler's exhaustive `switch (reminder.kind)`: why a reminder of a kind it does not handle is obsolete. */
export const unexpectedKind = (reminder: never): string =>
  `not a reminder of this handler: ${(reminder as Reminder).kind}`;

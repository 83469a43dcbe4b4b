import type { Job } from 'bullmq';

/** Every queue and every job, with its payload. A payload carries ids only; processors re-read the rows. */
export enum QueueName {
  SearchSync = 'search-sync',
  Matching = 'matching',
  /** A single need's run (someone just published it): a queue of its own, so it never waits for a bulk job's slot. */
  MatchingNow = 'matching-now',
  Maintenance = 'maintenance',
  Listings = 'listings',
  Reminders = 'reminders',
  Notifications = 'notifications',
  Events = 'events',
}

export interface JobPayloads {
  'search.drain': Record<string, never>;
  'matching.need': { needId: string };
  'matching.needs': { needIds: string[] };
  'matching.provider': { providerId: string };
  'matching.refresh-all': Record<string, never>;
  'maintenance.sweep': Record<string, never>;
  'listings.expire-due': Record<string, never>;
  'reminders.deliver': { reminderId: string };
  'reminders.sweep': Record<string, never>;
  'notifications.send': { emailIds: string[] };
  'notifications.drain': Record<string, never>;
  /** Computes an event's meeting schedule for one request (`scheduleRequest`); an older request's job does nothing. */
  'events.schedule': { eventId: string; request: number };
  /** Re-queues schedule requests whose job Redis lost (still running in PostgreSQL after a minute). */
  'events.sweep': Record<string, never>;
}

export type JobName = keyof JobPayloads;

/**
 * Needs per `matching.needs` job: one job reads their rows, overrides and candidates' track records once and writes
 * every list in one transaction, instead of a round trip of each per need.
 */
export const NEEDS_PER_JOB = 50;

/**
 * Matching queue priorities (BullMQ: jobs without one come first, then lower numbers): a single provider someone
 * just changed is ranked before the runs of a bulk import or a sweep, and need runs before provider runs. A single
 * need's run has a queue of its own (`matching-now`).
 */
export const MatchingPriority = { interactive: undefined, bulk: 10, bulkProviders: 12 } as const;

/** The queue of each job (`as const`, so the type knows which names each queue carries: see `JobOf`). */
export const QUEUE_OF_JOB = {
  'search.drain': QueueName.SearchSync,
  'matching.need': QueueName.MatchingNow,
  'matching.needs': QueueName.Matching,
  'matching.provider': QueueName.Matching,
  'matching.refresh-all': QueueName.Matching,
  'maintenance.sweep': QueueName.Maintenance,
  'listings.expire-due': QueueName.Listings,
  'reminders.deliver': QueueName.Reminders,
  'reminders.sweep': QueueName.Reminders,
  'notifications.send': QueueName.Notifications,
  'notifications.drain': QueueName.Notifications,
  'events.schedule': QueueName.Events,
  'events.sweep': QueueName.Events,
} as const satisfies Record<JobName, QueueName>;

export const ALL_QUEUES = Object.values(QueueName);

/** Every job name, in declaration order: the worker checks at start-up that each has exactly one handler. */
export const JOB_NAMES = Object.keys(QUEUE_OF_JOB) as JobName[];

/** The names of the jobs carried by queue `Q`. */
export type JobNameOf<Q extends QueueName> = {
  [K in JobName]: (typeof QUEUE_OF_JOB)[K] extends Q ? K : never;
}[JobName];

/**
 * A job of queue `Q` as its processor receives it: a union discriminated by `name`, so a `switch (job.name)` narrows
 * `job.data` to that job's payload (no casts) and a `never` default proves every job of the queue is handled.
 */
export type JobOf<Q extends QueueName> = { [K in JobNameOf<Q>]: Job<JobPayloads[K], unknown, K> }[JobNameOf<Q>];

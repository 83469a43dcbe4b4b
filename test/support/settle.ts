import { Clock, isQuietHour } from '@app/common';
import { queueMatchRuns, RunRef } from '@app/matching';
import { ALL_QUEUES, JobDispatcher, JobName, QUEUE_OF_JOB } from '@app/queue';
import { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** What PostgreSQL says the workers still owe, counted. */
export interface DueWork {
  outbox: number;
  matchRuns: number;
  reminders: number;
  emails: number;
  /** E-mails whose send failed (the SMTP server timed out, say), pending again once their back-off has passed. */
  emailRetries: number;
}

/**
 * Rounds in a row in which nothing at all happened (no job active or waiting, the same work due) before `settle`
 * gives up: the platform has stopped, which no amount of waiting repairs. A busy machine makes rounds longer, never
 * idle, so it cannot trip this. 150 rounds last at least 40 s, twice the maintenance sweep's 20 s before it queues
 * a match run again, so a retry the product has scheduled is always seen.
 */
const IDLE_ROUNDS = 150;
const ROUND_PAUSE_MS = 250;

/**
 * Waits for the platform to have done the work that is due, instead of for a span of time. Each round runs a
 * reminders sweep, a maintenance sweep and an e-mail drain as jobs and awaits them (so a sweep that began after the
 * caller changed the data or moved the clock has run), queues the pending match runs when the matching queue holds
 * none, and reads from PostgreSQL what is still due. The platform has settled when two rounds in a row derived and
 * delivered nothing, nothing is due and no job is waiting or running. The workers that run the jobs are the test's own (in process or not).
 */
export async function settle(target: { db: DataSource; jobs: JobDispatcher }): Promise<DueWork> {
  let quietRounds = 0;
  let idleRounds = 0;
  let previous = '';
  for (;;) {
    const reminders = (await runSweep(target.jobs, 'reminders.sweep')) as { created: number; delivered: number } | null;
    await runSweep(target.jobs, 'maintenance.sweep');
    const sent = (await runSweep(target.jobs, 'notifications.drain')) as number | null;
    const due = await dueWork(target.db);
    // Runs are queued once the index holds their subjects, as the product's sweep does: a provider's run searches it.
    if (due.matchRuns && !due.outbox && !(await queued(target.jobs, 'matching.need', 'matching.needs'))) {
      // (a delayed job there is the nightly refresh's)
      const runs: RunRef[] = await target.db.query(
        `select subject_type, subject_id from match_runs where status = 'pending'`,
      );
      await queueMatchRuns(target.jobs, runs);
    }
    const nothingDone = !!reminders && reminders.created === 0 && reminders.delivered === 0 && !sent;
    const nothingDue = !due.outbox && !due.matchRuns && !due.reminders && !due.emails && !due.emailRetries;
    // A job someone queued (the test, an API call) is work too, until a worker has taken and finished it.
    const busy = await anyJobInFlight(target.jobs);
    quietRounds = nothingDone && nothingDue && !busy ? quietRounds + 1 : 0;
    if (quietRounds >= 2) return due;

    const signature = JSON.stringify(due);
    // An e-mail waiting for its retry time is a timer of the product running, not a stop.
    idleRounds = !busy && signature === previous && nothingDone && !due.emailRetries ? idleRounds + 1 : 0;
    previous = signature;
    if (idleRounds >= IDLE_ROUNDS)
      throw new Error(
        `the platform stopped with work due and no job running: ${signature}\n${await describeStuck(target)}`,
      );
    await new Promise((r) => setTimeout(r, ROUND_PAUSE_MS)); // a pace between rounds, not a budget
  }
}

/**
 * Outbox rows not yet indexed, pending match runs, reminders due by the platform clock, e-mails due to leave and
 * e-mails owed again after a failed send (not those held for quiet hours: they are not due).
 */
export async function dueWork(db: DataSource): Promise<DueWork> {
  const now = new Clock().now();
  const mailDue = !!process.env.SMTP_URL && !isQuietHour(now);
  const [row] = await db.query(
    `select (select count(*) from outbox_events where processed_at is null)::int as outbox,
            (select count(*) from match_runs where status = 'pending')::int as "matchRuns",
            (select count(*) from reminders where status = 'pending' and due_at <= $1)::int as reminders,
            (case when $2 then (select count(*) from email_outbox where status = 'pending' and not_before <= $1) else 0 end)::int as emails,
            (case when $2 then (select count(*) from email_outbox where status = 'pending' and not_before > $1 and attempts > 0) else 0 end)::int as "emailRetries"`,
    [now, mailDue],
  );
  return row;
}

/** Adds one job and waits until a worker has finished it; its return value, or null when it failed. */
async function runSweep(jobs: JobDispatcher, name: JobName): Promise<unknown> {
  const queue = jobs.queue(QUEUE_OF_JOB[name]);
  // A fresh id every time: BullMQ ignores an add whose id it still holds (an earlier test file's settle, say).
  const job = await queue.add(
    name,
    {},
    { jobId: `settle-${randomUUID()}`, attempts: 1, removeOnComplete: { age: 600 }, removeOnFail: { age: 600 } },
  );
  let state = await job.getState();
  while (state !== 'completed' && state !== 'failed' && state !== 'unknown') {
    await new Promise((r) => setTimeout(r, 50));
    state = await job.getState();
  }
  const result = state === 'completed' ? ((await Job.fromId(queue, job.id!))?.returnvalue ?? null) : null;
  if (name === 'reminders.sweep' && (result as { skipped?: boolean } | null)?.skipped) return runSweep(jobs, name); // one was running already: await one of ours
  return result;
}

/** Jobs waiting or running on the queues of these jobs (each queue counted once). */
async function queued(jobs: JobDispatcher, ...names: JobName[]): Promise<number> {
  let total = 0;
  for (const queue of new Set(names.map((name) => QUEUE_OF_JOB[name]))) {
    const counts = await jobs.queue(queue).getJobCounts('wait', 'active', 'prioritized');
    total += Object.values(counts).reduce((a, b) => a + b, 0);
  }
  return total;
}

async function anyJobInFlight(jobs: JobDispatcher): Promise<boolean> {
  for (const name of ALL_QUEUES) {
    const counts = await jobs.queue(name).getJobCounts('wait', 'active', 'prioritized');
    if (Object.values(counts).some((n) => n > 0)) return true;
  }
  return false;
}

/**
 * Polls a condition the product reaches by itself (a timer of its own, a process starting) until it holds. It has
 * no time limit: the test's own timeout stands guard against a hang, and the condition is what the test asserts.
 */
export async function waitUntil(probe: () => Promise<unknown>, pauseMs = 100): Promise<void> {
  while (!(await probe().catch(() => false))) await new Promise((r) => setTimeout(r, pauseMs));
}

/** What is still owed, row by row (the first few of each), for the message of a settle that found the platform stopped. */
async function describeStuck({ db, jobs }: { db: DataSource; jobs: JobDispatcher }): Promise<string> {
  const runs = await db.query(
    `select r.subject_type, r.subject_id, r.revision, r.requested_at, coalesce(n.status, p.kind) as subject
       from match_runs r left join needs n on n.id = r.subject_id left join providers p on p.id = r.subject_id
      where r.status = 'pending' limit 5`,
  );
  const reminders = await db.query(
    `select id, kind, due_at, attempts, last_error from reminders where status = 'pending' and due_at <= $1 limit 5`,
    [new Clock().now()],
  );
  const retrying = [];
  for (const name of ALL_QUEUES) {
    for (const job of await jobs.queue(name).getJobs(['delayed', 'failed'], 0, 20)) {
      if (job?.failedReason)
        retrying.push({
          queue: name,
          job: job.name,
          data: job.data,
          attemptsMade: job.attemptsMade,
          failedReason: job.failedReason.slice(0, 300),
        });
    }
  }
  return JSON.stringify({ runs, reminders, retrying: retrying.slice(0, 5) });
}

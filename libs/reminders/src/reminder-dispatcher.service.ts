import { isTransientDatabaseError, Clock, OneAtATime, RunProgress } from '@app/common';
import { MailSender } from '@app/notifications';
import { JobDispatcher, QueueName } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource, EntityManager } from 'typeorm';
import { Reminder } from './entities/reminder.entity';
import { ReminderHandlers } from './reminder-handlers';
import { memoizer, ReminderContext, ReminderOutcome, typedReminder } from './reminder-kinds';
import { ReminderScheduler, reminderJobId, WAKE_HORIZON_MS } from './reminder-scheduler.service';

const MAX_ATTEMPTS = 10;
/** Reminders per transaction: one commit, and for handlers with `deliverMany` a few statements, for all of them. */
const CLAIM_BATCH = 100;
/** Batches one worker delivers side by side (they lock different rows). */
const LANES = 2;
/** How long one sweep keeps delivering; the next sweep goes on from there. */
const DUE_BUDGET_MS = 60_000;
const WAKE_BATCH = 200;
/**
 * A sweep or drain still running after this long waits on something that may never answer; the next one runs anyway
 * (both lock their rows, so side by side is safe) and the log says where the old one waits.
 */
const STUCK_AFTER_MS = 5 * 60_000;

type Delivery = 'sent' | 'cancelled' | 'failed' | 'none';

export interface SweepResult {
  created: number;
  delivered: number;
  woken: number;
  skipped?: true;
}

/**
 * Delivers due reminders exactly once. A batch is one transaction: lock due rows (FOR UPDATE SKIP LOCKED, so two
 * workers never hold the same reminder), let each one's handler write its notifications (unique dedupe keys) inside a
 * savepoint, mark the delivered ones sent or cancelled, commit. A failing handler rolls back only its savepoint: that
 * reminder counts an attempt and stays pending (failed after MAX_ATTEMPTS). A worker killed mid-batch rolls everything
 * back and leaves the rows pending for the next one. After commit: the handlers' follow-ups, then e-mail from the outbox.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger(ReminderDispatcher.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  private readonly draining = new OneAtATime(STUCK_AFTER_MS, (run, age) =>
    this.reportStuck('delivery of due reminders', run, age),
  );
  private readonly sweeping = new OneAtATime(STUCK_AFTER_MS, (run, age) =>
    this.reportStuck('reminders sweep', run, age),
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly mail: MailSender,
    private readonly jobs: JobDispatcher,
    private readonly clock: Clock,
  ) {}

  /** The delayed job's work: deliver this reminder if it is still pending and due ('none': it is not, or another worker has it). */
  async deliver(reminderId: string): Promise<Delivery> {
    const [result = 'none'] = (await this.deliverBatch(reminderId, new Set())).values();
    if (result === 'failed') throw new Error(`reminder ${reminderId} could not be delivered`); // BullMQ retries
    return result;
  }

  /**
   * Delivers the due reminders no other worker holds, in LANES batches side by side, until none is left (or for
   * DUE_BUDGET_MS). While this process is already at it, returns 0 at once: that run goes on until nothing is due.
   */
  async deliverDue(): Promise<number> {
    return (await this.draining.run((progress) => this.drain(progress))) ?? 0;
  }

  /**
   * The safety net, every few seconds: derive reminders from the data, deliver what is due, re-create lost jobs.
   * The scheduler adds the next sweep while this one runs; a sweep that finds one running in this process skips
   * (and says so: whoever awaits a sweep to see its effects waits for one that ran).
   */
  async sweep(): Promise<SweepResult> {
    return (
      (await this.sweeping.run((progress) => this.sweepOnce(progress))) ?? {
        created: 0,
        delivered: 0,
        woken: 0,
        skipped: true,
      }
    );
  }

  private async sweepOnce(progress: RunProgress): Promise<SweepResult> {
    let created = 0;
    for (const handler of this.handlers.all()) {
      if (!handler.scan) continue;
      progress.step = `scanning for ${handler.kinds.join(', ')}`;
      const ids = await handler.scan(this.clock.now());
      created += ids.length;
      progress.step = `queueing ${ids.length} new reminders of ${handler.kinds.join(', ')}`;
      await this.scheduler.wake(ids);
    }
    progress.step = 'delivering due reminders';
    const delivered = await this.deliverDue();
    progress.step = 're-queueing lost reminder jobs';
    return { created, delivered, woken: await this.wakeLost() };
  }

  /** Says where a run that has taken far too long waits, and what this database's busy sessions are doing. */
  private reportStuck(what: string, run: RunProgress, ageMs: number): void {
    const since = new Date(run.startedAt).toISOString();
    void this.db
      .query(
        `select pid, application_name, state, wait_event_type, wait_event, now() - xact_start as in_transaction, left(query, 200) as query
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
      )
      .catch((err: unknown) => [{ error: String(err) }])
      .then((sessions: unknown) =>
        this.logger.error(
          { what, step: run.step, since, ageMs, sessions },
          `${what} still running after ${Math.round(ageMs / 1000)} s, at: ${run.step}; starting another`,
        ),
      );
  }

  private async drain(progress: RunProgress): Promise<number> {
    const failed = new Set<string>(); // not tried again before the next sweep
    const until = Date.now() + DUE_BUDGET_MS;
    let delivered = 0;
    const steps: string[] = [];
    const lane = async (_: unknown, lane: number) => {
      const note = (step: string) => {
        steps[lane] = step;
        progress.step = `${delivered} delivered; ${steps.map((s, i) => `lane ${i}: ${s}`).join('; ')}`;
      };
      while (Date.now() < until) {
        const results = await this.deliverBatch(null, failed, note);
        if (!results.size) return;
        for (const r of results.values()) if (r !== 'failed') delivered++;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    return delivered;
  }

  /** One transaction: claims due rows (this one, or a batch), delivers them in savepoints, marks them, commits. */
  private async deliverBatch(
    id: string | null,
    skip: Set<string>,
    note: (step: string) => void = () => undefined,
  ): Promise<Map<string, Delivery>> {
    const now = this.clock.now();
    const results = new Map<string, Delivery>();
    const delivered: ReminderOutcome[] = [];
    let current: string | null = id;
    try {
      await this.db.transaction(async (manager) => {
        const ctx: ReminderContext = { manager, now, memo: memoizer() };
        const marks: { id: string; status: string; reason: string | null }[] = [];
        const record = (reminder: Reminder, outcome: ReminderOutcome) => {
          const status = outcome.outcome === 'sent' ? 'sent' : 'cancelled';
          marks.push({ id: reminder.id, status, reason: outcome.outcome === 'obsolete' ? outcome.reason : null });
          results.set(reminder.id, status);
          delivered.push(outcome);
        };
        note('claiming due reminders');
        for (const [kind, reminders] of await this.claim(manager, now, id, skip)) {
          note(`delivering ${reminders.length} reminders of ${kind}`);
          const handler = this.handlers.for(kind);
          current = null;
          // A handler that can, takes the whole group in one savepoint; if that fails, the group goes one by one.
          if (handler?.deliverMany && reminders.length > 1) {
            const outcomes = await manager
              .transaction((m) => handler.deliverMany!(reminders.map(typedReminder), { ...ctx, manager: m }))
              .catch(
                (err: unknown) => void this.logger.warn({ err, kind }, 'batch delivery failed; delivering one by one'),
              );
            if (outcomes) {
              reminders.forEach((r, i) => record(r, outcomes[i]));
              continue;
            }
          }
          for (const reminder of reminders) {
            current = reminder.id;
            try {
              if (!handler) throw new Error(`no handler for reminder kind ${kind}`);
              record(
                reminder,
                await manager.transaction((m) => handler.deliver(typedReminder(reminder), { ...ctx, manager: m })),
              );
            } catch (err) {
              await this.recordFailure(manager, reminder.id, err, skip);
              results.set(reminder.id, 'failed');
            }
          }
        }
        current = null;
        note(`marking ${marks.length} reminders and committing`);
        await manager.query(
          `update reminders r set status = m.status, processed_at = $1, processed_by = $2, cancel_reason = m.reason, attempts = r.attempts + 1, updated_at = now()
             from unnest($3::uuid[], $4::text[], $5::text[]) as m(id, status, reason) where r.id = m.id`,
          [now, this.workerId, marks.map((m) => m.id), marks.map((m) => m.status), marks.map((m) => m.reason)],
        );
      });
    } catch (err) {
      // The whole batch rolled back (a savepoint could not be undone, or the commit failed): its rows stay pending.
      if (current) await this.recordFailure(this.db.manager, current, err, skip).catch(() => undefined);
      else this.logger.error({ err }, 'reminder batch failed');
      return new Map(current ? [[current, 'failed']] : []);
    }
    // A follow-up shared by several outcomes (one per batch) runs once.
    note('running the follow-up steps after commit');
    for (const step of new Set(delivered.map((o) => o.afterCommit))) {
      await step?.().catch((err: unknown) =>
        this.logger.warn({ err }, 'after-delivery step failed; the sweep repeats it'),
      );
    }
    const emailIds = delivered.flatMap((o) => (o.outcome === 'sent' ? o.emailIds : []));
    note(`sending ${emailIds.length} e-mails`);
    await this.mail.send(emailIds).catch((err: unknown) => this.logger.warn({ err }, 'e-mail left in the outbox'));
    return results;
  }

  /**
   * Locks due pending rows no one else holds (this one, or up to a batch), grouped by kind. Within a kind they go in
   * subject order, so that two batches touching the same subjects take their locks in the same order.
   */
  private async claim(
    manager: EntityManager,
    now: Date,
    id: string | null,
    skip: Set<string>,
  ): Promise<Map<string, Reminder[]>> {
    const qb = manager
      .getRepository(Reminder)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`r.status = 'pending' and r.due_at <= :now`, { now })
      .orderBy('r.due_at')
      .limit(id ? 1 : CLAIM_BATCH); // oldest first, straight from the (status, due_at) index
    if (id) qb.andWhere('r.id = :id', { id });
    if (skip.size) qb.andWhere('not (r.id = any(:skip))', { skip: [...skip] });
    const claimed = (await qb.getMany()).sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId) || a.id.localeCompare(b.id),
    );
    const byKind = new Map<string, Reminder[]>();
    for (const r of claimed) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
    return byKind;
  }

  /**
   * Counts a failed attempt (failed for good after MAX_ATTEMPTS) and leaves the reminder out of this sweep. A deadlock
   * with another batch or a database that was away says nothing about the reminder: it is tried again next sweep
   * without counting, so contention can never turn into a reminder given up.
   */
  private async recordFailure(
    manager: EntityManager,
    reminderId: string,
    err: unknown,
    skip: Set<string>,
  ): Promise<void> {
    const transient = isTransientDatabaseError(err);
    if (transient)
      this.logger.warn({ err, reminderId }, 'reminder delivery collided or lost the database; retried next sweep');
    else this.logger.error({ err, reminderId }, 'reminder delivery failed');
    skip.add(reminderId);
    const counted = transient ? 0 : 1;
    await manager.query(
      `update reminders set attempts = attempts + $4, last_error = $2, status = case when attempts + $4 >= $3 then 'failed' else status end, updated_at = now()
        where id = $1 and status = 'pending'`,
      [reminderId, (err instanceof Error ? err.message : String(err)).slice(0, 500), MAX_ATTEMPTS, counted],
    );
  }

  /** Pending reminders due within a day whose delayed job is missing from Redis get it back. */
  private async wakeLost(): Promise<number> {
    const now = this.clock.now();
    const rows: { id: string; due_at: Date }[] = await this.db.query(
      `select id, due_at from reminders where status = 'pending' and due_at > $1 and due_at <= $2 order by due_at limit $3`,
      [now, new Date(now.getTime() + WAKE_HORIZON_MS), WAKE_BATCH],
    );
    const queue = this.jobs.queue(QueueName.Reminders);
    let woken = 0;
    for (const r of rows) {
      const jobId = reminderJobId(r.id, r.due_at);
      if (await queue.getJob(jobId)) continue;
      await this.jobs.enqueue(
        'reminders.deliver',
        { reminderId: r.id },
        { jobId, delay: Math.max(0, r.due_at.getTime() - now.getTime()) },
      );
      woken++;
    }
    return woken;
  }
}

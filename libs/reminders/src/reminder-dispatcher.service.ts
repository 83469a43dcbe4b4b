import { Clock, DAY_MS } from '@app/common/clock';
import { MailSender } from '@app/notifications';
import { JobDispatcher, QueueName } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Reminder } from './entities/reminder.entity';
import { ReminderHandlers } from './reminder-handlers';
import { ReminderOutcome } from './reminder-kinds';
import { ReminderScheduler, reminderJobId } from './reminder-scheduler.service';

const MAX_ATTEMPTS = 10;
const DUE_BATCH = 2000;
const WAKE_BATCH = 200;

type Delivery = 'sent' | 'cancelled' | 'failed' | 'none';

/**
 * Delivers due reminders exactly once. Each delivery is one transaction: lock the row (FOR UPDATE SKIP LOCKED, so two
 * workers never hold the same reminder), let its handler write the notifications (unique dedupe keys), mark it sent,
 * commit. A worker killed mid-delivery rolls back and leaves the row pending for the next one. E-mail goes out after
 * commit from the outbox.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger(ReminderDispatcher.name);
  private readonly workerId = `${hostname()}:${process.pid}`;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly mail: MailSender,
    private readonly jobs: JobDispatcher,
    private readonly clock: Clock,
  ) {}

  /** The delayed job's work: deliver this reminder if it is still pending and due. */
  async deliver(reminderId: string): Promise<Delivery> {
    const result = await this.deliverNext(reminderId, []);
    if (result === 'failed') throw new Error(`reminder ${reminderId} could not be delivered`); // BullMQ retries
    return result;
  }

  /** Delivers every due reminder no other worker holds. */
  async deliverDue(): Promise<number> {
    const failed: string[] = [];
    let delivered = 0;
    for (let i = 0; i < DUE_BATCH; i++) {
      const result = await this.deliverNext(null, failed);
      if (result === 'none') break;
      if (result !== 'failed') delivered++;
    }
    return delivered;
  }

  /** The safety net, every few seconds: derive reminders from the data, deliver what is due, re-create lost jobs. */
  async sweep(): Promise<{ created: number; delivered: number; woken: number }> {
    let created = 0;
    for (const handler of this.handlers.all()) {
      if (!handler.scan) continue;
      const ids = await handler.scan(this.clock.now());
      created += ids.length;
      await this.scheduler.wake(ids);
    }
    const delivered = await this.deliverDue();
    return { created, delivered, woken: await this.wakeLost() };
  }

  private async deliverNext(id: string | null, skip: string[]): Promise<Delivery> {
    const now = this.clock.now();
    let claimed: Reminder | null = null;
    let outcome: ReminderOutcome | null = null;
    try {
      await this.db.transaction(async (manager) => {
        const qb = manager.getRepository(Reminder).createQueryBuilder('r')
          .setLock('pessimistic_write').setOnLocked('skip_locked')
          .where(`r.status = 'pending' and r.due_at <= :now`, { now })
          .orderBy('r.due_at').addOrderBy('r.id').limit(1);
        if (id) qb.andWhere('r.id = :id', { id });
        if (skip.length) qb.andWhere('not (r.id = any(:skip))', { skip });
        claimed = await qb.getOne();
        if (!claimed) return;
        const handler = this.handlers.for(claimed.kind);
        if (!handler) throw new Error(`no handler for reminder kind ${claimed.kind}`);
        outcome = await handler.deliver(claimed, { manager, now });
        const status = outcome.outcome === 'sent' ? 'sent' : 'cancelled';
        await manager.query(
          `update reminders set status = $2, processed_at = $3, processed_by = $4, cancel_reason = $5, attempts = attempts + 1, updated_at = now() where id = $1`,
          [claimed.id, status, now, this.workerId, outcome.outcome === 'obsolete' ? outcome.reason : null],
        );
      });
    } catch (err) {
      const failedId = (claimed as Reminder | null)?.id ?? id;
      this.logger.error({ err, reminderId: failedId }, 'reminder delivery failed');
      if (failedId) {
        skip.push(failedId);
        await this.db.query(
          `update reminders set attempts = attempts + 1, last_error = $2, status = case when attempts + 1 >= $3 then 'failed' else status end, updated_at = now()
            where id = $1 and status = 'pending'`,
          [failedId, String((err as Error).message ?? err).slice(0, 500), MAX_ATTEMPTS],
        ).catch(() => undefined);
      }
      return 'failed';
    }
    if (!claimed || !outcome) return 'none';
    const done = outcome as ReminderOutcome;
    await done.afterCommit?.().catch((err) => this.logger.warn({ err }, 'after-delivery step failed; the sweep repeats it'));
    if (done.outcome === 'sent') await this.mail.send(done.emailIds).catch((err) => this.logger.warn({ err }, 'e-mail left in the outbox'));
    return done.outcome === 'sent' ? 'sent' : 'cancelled';
  }

  /** Pending reminders due within a day whose delayed job is missing from Redis get it back. */
  private async wakeLost(): Promise<number> {
    const now = this.clock.now();
    const rows: { id: string; due_at: Date }[] = await this.db.query(
      `select id, due_at from reminders where status = 'pending' and due_at > $1 and due_at <= $2 order by due_at limit $3`,
      [now, new Date(now.getTime() + DAY_MS), WAKE_BATCH],
    );
    const queue = this.jobs.queue(QueueName.Reminders);
    let woken = 0;
    for (const r of rows) {
      const jobId = reminderJobId(r.id, r.due_at);
      if (await queue.getJob(jobId)) continue;
      await this.jobs.enqueue('reminders.deliver', { reminderId: r.id }, { jobId, delay: Math.max(0, r.due_at.getTime() - now.getTime()) });
      woken++;
    }
    return woken;
  }
}

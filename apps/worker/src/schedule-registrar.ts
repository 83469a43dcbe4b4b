import { JobDispatcher, JobName, QueueName } from '@app/queue';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RepeatOptions } from 'bullmq';

interface Schedule {
  queue: QueueName;
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  job: JobName;
}

const SCHEDULES: Schedule[] = [
  { queue: QueueName.Maintenance, id: 'sweep', repeat: { every: 5000 }, job: 'maintenance.sweep' },
  {
    queue: QueueName.Matching,
    id: 'nightly-refresh',
    repeat: { pattern: '0 3 * * *', tz: 'Asia/Shanghai' },
    job: 'matching.refresh-all',
  },
  { queue: QueueName.Listings, id: 'expire-due', repeat: { every: 10 * 60 * 1000 }, job: 'listings.expire-due' },
  { queue: QueueName.Reminders, id: 'reminders-sweep', repeat: { every: 5000 }, job: 'reminders.sweep' },
  { queue: QueueName.Notifications, id: 'mail-drain', repeat: { every: 5000 }, job: 'notifications.drain' },
  { queue: QueueName.Events, id: 'events-sweep', repeat: { every: 60_000 }, job: 'events.sweep' },
];

/** How often a worker checks that the repeating jobs still exist in Redis. */
export const SCHEDULE_CHECK_MS = 10_000;

/**
 * Registers the repeating jobs (BullMQ job schedulers are upserts, so many workers can do it), and puts back any
 * that Redis lost (a flush, a failover to an empty replica): the sweeps are what rebuild every other lost job from
 * PostgreSQL, so they must not depend on Redis keeping its data.
 */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScheduleRegistrar.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly jobs: JobDispatcher) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of SCHEDULES) await this.register(s);
    await this.jobs.enqueue('search.drain', {});
    this.timer = setInterval(
      () =>
        void this.restoreLost().catch((err: unknown) =>
          this.logger.warn({ err }, 'could not check the repeating jobs'),
        ),
      SCHEDULE_CHECK_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Re-registers the schedulers missing from Redis; returns how many. */
  async restoreLost(): Promise<number> {
    let restored = 0;
    for (const s of SCHEDULES) {
      if (await this.jobs.queue(s.queue).getJobScheduler(s.id)) continue;
      await this.register(s);
      restored++;
    }
    if (restored) {
      this.logger.warn({ restored }, 'repeating jobs were missing from Redis and are registered again');
      await this.jobs.enqueue('search.drain', {});
    }
    return restored;
  }

  private register(s: Schedule) {
    return this.jobs.queue(s.queue).upsertJobScheduler(s.id, s.repeat, { name: s.job, data: {} });
  }
}

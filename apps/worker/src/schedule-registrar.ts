import { JobDispatcher, QueueName } from '@app/queue';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

/** Registers the repeating jobs once (BullMQ job schedulers are upserts, so many workers can do it). */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobDispatcher) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue(QueueName.Maintenance).upsertJobScheduler('sweep', { every: 5000 }, { name: 'maintenance.sweep', data: {} });
    await this.jobs.queue(QueueName.Matching).upsertJobScheduler('nightly-refresh', { pattern: '0 3 * * *', tz: 'Asia/Shanghai' }, { name: 'matching.refresh-all', data: {} });
    await this.jobs.queue(QueueName.Listings).upsertJobScheduler('expire-due', { every: 10 * 60 * 1000 }, { name: 'listings.expire-due', data: {} });
    await this.jobs.queue(QueueName.Reminders).upsertJobScheduler('reminders-sweep', { every: 5000 }, { name: 'reminders.sweep', data: {} });
    await this.jobs.queue(QueueName.Notifications).upsertJobScheduler('mail-drain', { every: 5000 }, { name: 'notifications.drain', data: {} });
    await this.jobs.queue(QueueName.Events).upsertJobScheduler('events-sweep', { every: 60_000 }, { name: 'events.sweep', data: {} });
    await this.jobs.enqueue('search.drain', {});
  }
}

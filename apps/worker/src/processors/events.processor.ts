import { EventAgreements, ScheduleService } from '@app/events';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

/** Matchmaking events: computing a meeting schedule (idempotent: a stale or repeated request writes nothing). */
@Processor(QueueName.Events, { concurrency: 1 })
export class EventsProcessor extends LoggedWorkerHost {
  constructor(private readonly schedules: ScheduleService, private readonly agreements: EventAgreements) {
    super();
  }

  async process(job: Job): Promise<string> {
    const name = job.name as Extract<JobName, `events.${string}`>;
    switch (name) {
      case 'events.schedule': {
        const { eventId, request } = job.data as JobPayloads['events.schedule'];
        return this.schedules.run(eventId, request);
      }
      case 'events.sweep':
        return `requeued ${await this.schedules.requeueLost()}, agreements ${await this.agreements.applyPending()}`;
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled} on ${QueueName.Events}`);
      }
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined) {
    if (!job || job.name !== 'events.schedule' || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const { eventId, request } = job.data as JobPayloads['events.schedule'];
    await this.schedules.markFailed(eventId, request);
  }
}

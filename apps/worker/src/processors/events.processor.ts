import { EventAgreements, ScheduleService } from '@app/events';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Events, ['events.schedule', 'events.sweep']);

/** Matchmaking events: computing a meeting schedule (idempotent: a stale or repeated request writes nothing). */
@Processor(HANDLES.queue, { concurrency: 1 })
export class EventsProcessor extends LoggedWorkerHost<QueueName.Events> {
  static readonly handles = HANDLES;

  constructor(
    private readonly schedules: ScheduleService,
    private readonly agreements: EventAgreements,
  ) {
    super();
  }

  async process(job: JobOf<QueueName.Events>): Promise<string> {
    const { name } = job;
    switch (name) {
      case 'events.schedule':
        return this.schedules.run(job.data.eventId, job.data.request);
      case 'events.sweep':
        return `requeued ${await this.schedules.requeueLost()}, agreements ${await this.agreements.applyPending()}`;
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: JobOf<QueueName.Events> | undefined) {
    if (job?.name !== 'events.schedule' || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    await this.schedules.markFailed(job.data.eventId, job.data.request);
  }
}

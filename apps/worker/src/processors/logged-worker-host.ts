import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';

/** A processor whose failed attempts are logged (BullMQ retries them quietly otherwise). */
export abstract class LoggedWorkerHost extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, err: Error): void {
    this.logger.warn({ err, jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade }, 'job attempt failed');
  }
}

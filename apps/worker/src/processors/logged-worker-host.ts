import { JobOf, QueueName } from '@app/queue';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';

/**
 * A processor of queue `Q`: `process` receives that queue's jobs as a union discriminated by name. Every job done is
 * a `debug` line (hidden at the default level: sweeps run every few seconds); every failed attempt a `warn` line
 * (BullMQ retries them quietly otherwise).
 */
export abstract class LoggedWorkerHost<Q extends QueueName> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  abstract override process(job: JobOf<Q>): Promise<unknown>;

  @OnWorkerEvent('completed')
  onJobCompleted(job: Job, result: unknown): void {
    const ms = job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined;
    this.logger.debug(
      { jobId: job.id, job: job.name, ms, result: typeof result === 'object' ? undefined : result },
      `${job.name} done`,
    );
  }

  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, err: Error): void {
    this.logger.warn({ err, jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade }, 'job attempt failed');
  }
}

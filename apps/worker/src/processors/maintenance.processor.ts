import { MatchRunScheduler } from '@app/matching';
import { handlesJobs, JobDispatcher, JobOf, QueueName, unknownJob } from '@app/queue';
import { SearchMaintenance } from '@app/search';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Maintenance, ['maintenance.sweep']);

/**
 * The safety net that makes Redis expendable: every few seconds, work that PostgreSQL says is due
 * (outbox rows, pending match runs) is put back on the queues. Duplicates are harmless: jobs are idempotent.
 */
@Processor(HANDLES.queue, { concurrency: 1 })
export class MaintenanceProcessor extends LoggedWorkerHost<QueueName.Maintenance> {
  static readonly handles = HANDLES;

  constructor(
    private readonly search: SearchMaintenance,
    private readonly runs: MatchRunScheduler,
    private readonly jobs: JobDispatcher,
  ) {
    super();
  }

  async process(job: JobOf<QueueName.Maintenance>): Promise<void> {
    const { name } = job;
    switch (name) {
      case 'maintenance.sweep':
        await this.search.auditIndexesIfDue();
        if (await this.search.hasPendingOutbox()) await this.jobs.enqueue('search.drain', {});
        return this.runs.requeueStale();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}

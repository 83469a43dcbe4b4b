import { MatchRunScheduler } from '@app/matching';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.SearchSync, ['search.drain']);

/** Drains the outbox into Meilisearch, then asks for matching of what was just indexed. */
@Processor(HANDLES.queue, { concurrency: 1 })
export class SearchSyncProcessor extends LoggedWorkerHost<QueueName.SearchSync> {
  static readonly handles = HANDLES;

  constructor(private readonly runs: MatchRunScheduler) {
    super();
  }

  async process(job: JobOf<QueueName.SearchSync>): Promise<number> {
    const { name } = job;
    switch (name) {
      case 'search.drain':
        return this.runs.indexThenQueueRuns();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}

import { Environment } from '@app/config';
import { MatchingService, MatchRunScheduler } from '@app/matching';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Matching, ['matching.needs', 'matching.provider', 'matching.refresh-all']);

/**
 * Ranks needs in bulk (imports, sweeps, the nightly refresh) and providers; a single need has its own queue
 * (MatchingNowProcessor). Its concurrency is WORKER_CONCURRENCY from the validated configuration, set once the
 * BullMQ worker exists (decorator options are read when the class is declared, before any configuration is).
 */
@Processor(HANDLES.queue)
export class MatchingProcessor extends LoggedWorkerHost<QueueName.Matching> implements OnApplicationBootstrap {
  static readonly handles = HANDLES;

  constructor(
    private readonly matching: MatchingService,
    private readonly runs: MatchRunScheduler,
    @Inject(Environment) private readonly env: Environment,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.WORKER_CONCURRENCY;
  }

  async process(job: JobOf<QueueName.Matching>): Promise<void> {
    const { name } = job;
    switch (name) {
      case 'matching.needs':
        return this.matching.matchNeeds(job.data.needIds);
      case 'matching.provider':
        return this.runs.matchProviderWhenIndexed(job.data.providerId);
      case 'matching.refresh-all':
        return this.runs.refreshAll();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}

import { MatchingService } from '@app/matching';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.MatchingNow, ['matching.need']);

/**
 * Ranks a single need someone just published or changed. On the matching queue it waited for one of the bulk jobs
 * in flight to finish (50 needs each) before it even started; here it starts at once, beside them.
 */
@Processor(HANDLES.queue, { concurrency: 2 })
export class MatchingNowProcessor extends LoggedWorkerHost<QueueName.MatchingNow> {
  static readonly handles = HANDLES;

  constructor(private readonly matching: MatchingService) {
    super();
  }

  async process(job: JobOf<QueueName.MatchingNow>): Promise<void> {
    const { name } = job;
    switch (name) {
      case 'matching.need':
        return this.matching.matchNeed(job.data.needId);
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}

import { MatchingService } from '@app/matching';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

@Processor(QueueName.Matching, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly matching: MatchingService, @InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    const name = job.name as Extract<JobName, `matching.${string}`>;
    switch (name) {
      case 'matching.need':
        return this.matching.matchNeed((job.data as JobPayloads['matching.need']).needId);
      case 'matching.provider':
        return this.matching.matchProvider((job.data as JobPayloads['matching.provider']).providerId);
      case 'matching.refresh-all':
        return this.refreshAll();
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled}`);
      }
    }
  }

  /** Nightly: every published need is re-ranked (new providers, new weights). */
  private async refreshAll(): Promise<void> {
    await this.db.query(`update match_runs set status = 'pending', requested_at = now() where subject_type = 'need'
                           and subject_id in (select id from needs where status = 'published')`);
  }
}

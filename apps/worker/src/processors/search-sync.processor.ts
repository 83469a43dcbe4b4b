import { queueMatchRuns, RunRef } from '@app/matching';
import { JobDispatcher, QueueName } from '@app/queue';
import { DrainResult, SearchSyncService } from '@app/search';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

/** Drains the outbox into Meilisearch, then asks for matching of what was just indexed. */
@Processor(QueueName.SearchSync, { concurrency: 1 })
export class SearchSyncProcessor extends LoggedWorkerHost {

  constructor(private readonly sync: SearchSyncService, private readonly jobs: JobDispatcher, @InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job): Promise<number> {
    if (job.name !== 'search.drain') throw new Error(`unknown job ${job.name} on ${QueueName.SearchSync}`);
    const rankedEarly = new Set<string>();
    const processed = await this.sync.drain({
      sent: async (needIds) => {
        await this.queuePendingRuns(needIds);
        for (const id of needIds) rankedEarly.add(id);
      },
      indexed: (batch) => this.requestMatching(batch, rankedEarly),
    });
    if (processed) this.logger.log({ processed }, 'outbox drained');
    return processed;
  }

  /**
   * Matching needs the candidates to be searchable, so it is asked for once their documents are in the index,
   * except for the needs already queued when their batch was sent (once: a later change of the same need, in a later
   * batch, is queued again).
   */
  private async requestMatching(batch: DrainResult, rankedEarly: Set<string>): Promise<void> {
    await this.queuePendingRuns([...batch.indexed.need.filter((id) => !rankedEarly.delete(id)), ...batch.indexed.provider]);
  }

  private async queuePendingRuns(subjectIds: string[]): Promise<void> {
    if (!subjectIds.length) return;
    const pending: RunRef[] = await this.db.query(
      `select subject_type, subject_id from match_runs where status = 'pending' and subject_id = any($1)`, [subjectIds],
    );
    await queueMatchRuns(this.jobs, pending);
  }
}

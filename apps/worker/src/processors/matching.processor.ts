import { MatchingService } from '@app/matching';
import { ALGORITHM_VERSION } from '@app/matching/ranker/match-ranker';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, Job } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Outbox rows not yet in the search index above which a provider's run waits: its candidate needs come from that
 * index. A need's run does not wait: its candidates come from the evidence index, read from PostgreSQL.
 */
const INDEX_BACKLOG_LIMIT = 2000;
const RECHECK_MS = 2000;
/** Every need is re-ranked at least this often by the nightly refresh. */
const REFRESH_DAYS = 7;

@Processor(QueueName.Matching, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })
export class MatchingProcessor extends LoggedWorkerHost implements OnApplicationShutdown {
  private waitingForIndex: NodeJS.Timeout | null = null;

  constructor(private readonly matching: MatchingService, @InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job, token?: string): Promise<void> {
    const name = job.name as Extract<JobName, `matching.${string}`>;
    if (name === 'matching.provider' && token && (await this.indexIsBehind())) return this.waitForIndex(job, token);
    switch (name) {
      case 'matching.need':
        return this.matching.matchNeed((job.data as JobPayloads['matching.need']).needId);
      case 'matching.provider':
        return this.matching.matchProvider((job.data as JobPayloads['matching.provider']).providerId);
      case 'matching.refresh-all':
        return this.refreshAll();
      case 'matching.profiles':
        await this.matching.prepareProviders((job.data as JobPayloads['matching.profiles']).providerIds);
        return;
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled}`);
      }
    }
  }

  onApplicationShutdown(): void {
    if (this.waitingForIndex) clearInterval(this.waitingForIndex);
  }

  /**
   * Nightly, a rolling refresh (new weights, providers' changed load): every need ranked by an older algorithm,
   * plus the seventh of the others ranked longest ago, so that each need is re-ranked at least weekly without
   * re-ranking 250 000 needs every night. New providers reach needs sooner, through their own runs.
   */
  private async refreshAll(): Promise<void> {
    await this.db.query(
      `with outdated as (select count(*) as n from match_runs where subject_type = 'need' and algorithm_version is distinct from $1),
            due as (select r.id from match_runs r join needs n on n.id = r.subject_id and n.status = 'published'
                     where r.subject_type = 'need' and r.status = 'ready'
                     order by (r.algorithm_version is distinct from $1) desc, r.finished_at nulls first
                     limit (select n from outdated) + (select ceil(count(*) / $2::numeric) from needs where status = 'published'))
       update match_runs set status = 'pending', requested_at = now() where id in (
         select id from match_runs where id in (select id from due) order by subject_id for update)`, [ALGORITHM_VERSION, REFRESH_DAYS],
    );
  }

  private async indexIsBehind(): Promise<boolean> {
    const [{ n }] = await this.db.query(
      'select count(*)::int as n from (select 1 from outbox_events where processed_at is null limit $1) pending', [INDEX_BACKLOG_LIMIT + 1],
    );
    return n > INDEX_BACKLOG_LIMIT;
  }

  /**
   * During a bulk load, ranking against a half-built index is wasted work (and competes with indexing for the CPU):
   * this job goes back to the queue and the worker stops taking matching jobs until the index has caught up.
   */
  private async waitForIndex(job: Job, token: string): Promise<never> {
    await job.moveToDelayed(Date.now() + RECHECK_MS, token);
    if (!this.waitingForIndex) {
      this.logger.log('matching waits while the search index catches up with a bulk load');
      void this.worker.pause(true);
      this.waitingForIndex = setInterval(() => void this.resumeWhenIndexed(), RECHECK_MS);
    }
    throw new DelayedError();
  }

  private async resumeWhenIndexed(): Promise<void> {
    if (await this.indexIsBehind().catch(() => true)) return;
    if (this.waitingForIndex) clearInterval(this.waitingForIndex);
    this.waitingForIndex = null;
    this.worker.resume();
    this.logger.log('matching resumes: the search index has caught up');
  }
}

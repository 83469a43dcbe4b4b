import { MatchingService, ALGORITHM_VERSION } from '@app/matching';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Outbox rows not yet in the search index above which a provider's run is put off: its candidate needs come from
 * that index. A need's run is never put off: its candidates come from the evidence index, read from PostgreSQL.
 */
const INDEX_BACKLOG_LIMIT = 2000;
/** How long a reading that the index is behind stands, so that a queue of put-off runs costs one query per interval. */
const BACKLOG_READING_MS = 2000;
/** Every need is re-ranked at least this often by the nightly refresh. */
const REFRESH_DAYS = 7;

@Processor(QueueName.Matching, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })
export class MatchingProcessor extends LoggedWorkerHost {
  private behindSince: number | null = null;

  constructor(private readonly matching: MatchingService, @InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    const name = job.name as Extract<JobName, `matching.${string}`>;
    if (name === 'matching.provider' && (await this.indexIsBehind())) return this.putOff(job);
    switch (name) {
      case 'matching.need':
        return this.matching.matchNeed((job.data as JobPayloads['matching.need']).needId);
      case 'matching.needs':
        return this.matching.matchNeeds((job.data as JobPayloads['matching.needs']).needIds);
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

  /** Only a reading that the index is behind is reused: a stale "caught up" would let a run go against a half-built index. */
  private async indexIsBehind(): Promise<boolean> {
    if (this.behindSince !== null && Date.now() - this.behindSince < BACKLOG_READING_MS) return true;
    const [{ n }]: { n: number }[] = await this.db.query(
      'select count(*)::int as n from (select 1 from outbox_events where processed_at is null limit $1) pending', [INDEX_BACKLOG_LIMIT + 1],
    );
    this.behindSince = n > INDEX_BACKLOG_LIMIT ? Date.now() : null;
    return this.behindSince !== null;
  }

  /**
   * During a bulk load, ranking a provider against a half-built index is wasted work (and competes with indexing
   * for the CPU). The job ends without running; the run stays pending in PostgreSQL and the maintenance sweep queues
   * it again, so it runs once the index has caught up. Needs' jobs on the same queue go on meanwhile.
   */
  private putOff(job: Job): void {
    this.logger.debug({ job: job.name, providerId: (job.data as JobPayloads['matching.provider']).providerId }, 'provider run put off: the search index is behind');
  }
}

import { queueMatchRuns, RunRef } from '@app/matching/match-requests';
import { JobDispatcher, QueueName } from '@app/queue';
import { IndexRebuilder, SearchSyncService } from '@app/search';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

const STALE_RUN_S = 20;
const QUEUED_ENOUGH = 1000;
/** How often a worker compares the indexes' sizes with PostgreSQL (a count per table) to find an index that lost data. */
const INDEX_AUDIT_MS = 60_000;

/**
 * The safety net that makes Redis expendable: every few seconds, work that PostgreSQL says is due
 * (outbox rows, pending match runs) is put back on the queues. Duplicates are harmless: jobs are idempotent.
 */
@Processor(QueueName.Maintenance, { concurrency: 1 })
export class MaintenanceProcessor extends LoggedWorkerHost {
  private indexAuditedAt = 0;

  constructor(
    private readonly sync: SearchSyncService, private readonly jobs: JobDispatcher, @InjectDataSource() private readonly db: DataSource,
    private readonly rebuilder: IndexRebuilder,
  ) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== 'maintenance.sweep') throw new Error(`unknown job ${job.name}`);
    await this.rebuildLostIndexes();
    if ((await this.sync.pendingCount()) > 0) await this.jobs.enqueue('search.drain', {});
    // Jobs still queued will get to their runs; re-queueing is for jobs Redis lost, which leaves the queue short.
    const counts = await this.jobs.queue(QueueName.Matching).getJobCounts('wait', 'delayed', 'prioritized');
    if (Object.values(counts).reduce((a, b) => a + b, 0) >= QUEUED_ENOUGH) return;
    const stale: RunRef[] = await this.db.query(
      `select r.subject_type, r.subject_id from match_runs r
        where r.status = 'pending' and r.requested_at < now() - make_interval(secs => $1)
          and not exists (select 1 from outbox_events e where e.aggregate_id = r.subject_id and e.processed_at is null)
        order by r.requested_at limit 2000`, [STALE_RUN_S],
    );
    if (!stale.length) return;
    // Marked as asked for again before the jobs exist: a job reads the time of the request it answers, and a run
    // whose request is newer than that stays pending. Marked after, a job that started at once was refused its
    // result, and the next sweep queued it again to the same end. Rows locked in subject order, as imports do.
    await this.db.query(
      `update match_runs set requested_at = now() where id in (
         select id from match_runs where status = 'pending' and subject_id = any($1) order by subject_id for update)`, [stale.map((s) => s.subject_id)],
    );
    await queueMatchRuns(this.jobs, stale);
  }

  /** The first sweep of a worker, then one a minute: an index that lost documents is rebuilt from PostgreSQL. */
  private async rebuildLostIndexes(): Promise<void> {
    if (Date.now() - this.indexAuditedAt < INDEX_AUDIT_MS) return;
    this.indexAuditedAt = Date.now();
    const rebuilt = await this.rebuilder.rebuildLostIndexes((line) => this.logger.warn(line))
      .catch((err: unknown) => void this.logger.warn({ err }, 'could not compare the indexes with PostgreSQL (Meilisearch down?)'));
    if (rebuilt?.length) this.logger.warn({ rebuilt }, 'indexes that had lost documents were rebuilt from PostgreSQL');
  }
}

import { JobDispatcher, QueueName } from '@app/queue';
import { SearchSyncService } from '@app/search';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

const STALE_RUN_S = 20;

/**
 * The safety net that makes Redis expendable: every few seconds, work that PostgreSQL says is due
 * (outbox rows, pending match runs) is put back on the queues. Duplicates are harmless: jobs are idempotent.
 */
@Processor(QueueName.Maintenance, { concurrency: 1 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly sync: SearchSyncService, private readonly jobs: JobDispatcher, @InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== 'maintenance.sweep') throw new Error(`unknown job ${job.name}`);
    if ((await this.sync.pendingCount()) > 0) await this.jobs.enqueue('search.drain', {});
    const stale: { subject_type: 'need' | 'provider'; subject_id: string }[] = await this.db.query(
      `select r.subject_type, r.subject_id from match_runs r
        where r.status = 'pending' and r.requested_at < now() - make_interval(secs => $1)
          and not exists (select 1 from outbox_events e where e.aggregate_id = r.subject_id and e.processed_at is null)
        order by r.requested_at limit 2000`, [STALE_RUN_S],
    );
    for (const run of stale) {
      if (run.subject_type === 'need') await this.jobs.enqueue('matching.need', { needId: run.subject_id });
      else await this.jobs.enqueue('matching.provider', { providerId: run.subject_id });
    }
    if (stale.length) await this.db.query(`update match_runs set requested_at = now() where status = 'pending' and subject_id = any($1)`, [stale.map((s) => s.subject_id)]);
  }
}

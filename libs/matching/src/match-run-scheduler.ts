import { JobDispatcher, QueueName } from '@app/queue';
import { DrainResult, SearchMaintenance, SearchSyncService } from '@app/search';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pendingRuns, queueMatchRuns, RunRef } from './match-requests';
import { MatchingService } from './matching.service';
import { ALGORITHM_VERSION } from './ranker/match-ranker';

/**
 * Outbox rows not yet in the search index above which a provider's run is put off: its candidate needs come from
 * that index. A need's run is never put off: its candidates come from the evidence index, read from PostgreSQL.
 */
const INDEX_BACKLOG_LIMIT = 2000;
/** How long a reading that the index is behind stands, so that a queue of put-off runs costs one query per interval. */
const BACKLOG_READING_MS = 2000;
/** Every need is re-ranked at least this often by the nightly refresh. */
const REFRESH_DAYS = 7;
/** A pending run requested longer ago than this, with no job in sight, lost its job. */
const STALE_RUN_S = 20;
/** Matching jobs waiting above which the sweep re-queues nothing: the queued jobs will get to their runs. */
const QUEUED_ENOUGH = 1000;
const STALE_RUNS_PER_SWEEP = 2000;

/** When match runs (this module's `match_runs`) are queued: after indexing, nightly, again when Redis lost their job. */
@Injectable()
export class MatchRunScheduler {
  private readonly logger = new Logger(MatchRunScheduler.name);
  private behindSince: number | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobDispatcher,
    private readonly matching: MatchingService,
    private readonly search: SearchMaintenance,
    private readonly sync: SearchSyncService,
  ) {}

  /**
   * A provider's run, unless the search index is far behind. During a bulk load, ranking a provider against a
   * half-built index is wasted work (and competes with indexing for the CPU): the job then ends without running, the
   * run stays pending in PostgreSQL and the maintenance sweep queues it again once the index has caught up.
   */
  async matchProviderWhenIndexed(providerId: string): Promise<void> {
    if (await this.indexIsBehind())
      return void this.logger.debug({ providerId }, 'provider run put off: the search index is behind');
    await this.matching.matchProvider(providerId);
  }

  /**
   * Nightly, a rolling refresh (new weights, providers' changed load): every need ranked by an older algorithm,
   * plus the seventh of the others ranked longest ago, so that each need is re-ranked at least weekly without
   * re-ranking 250 000 needs every night. New providers reach needs sooner, through their own runs.
   */
  async refreshAll(): Promise<void> {
    await this.db.query(
      `with outdated as (select count(*) as n from match_runs where subject_type = 'need' and algorithm_version is distinct from $1),
            due as (select r.id from match_runs r join needs n on n.id = r.subject_id and n.status = 'published'
                     where r.subject_type = 'need' and r.status = 'ready'
                     order by (r.algorithm_version is distinct from $1) desc, r.finished_at nulls first
                     limit (select n from outdated) + (select ceil(count(*) / $2::numeric) from needs where status = 'published'))
       update match_runs set status = 'pending', requested_at = now() where id in (
         select id from match_runs where id in (select id from due) order by subject_id for update)`,
      [ALGORITHM_VERSION, REFRESH_DAYS],
    );
  }

  /**
   * Drains the outbox into the search index, queueing the runs of what it indexed: matching needs the candidates to be
   * searchable, so it is asked for once their documents are in the index, except for the needs already queued when
   * their batch was sent (once: a later change of the same need, in a later batch, is queued again). Returns the
   * outbox rows processed.
   */
  async indexThenQueueRuns(): Promise<number> {
    const rankedEarly = new Set<string>();
    return this.sync.drain({
      sent: async (needIds) => {
        await this.queuePending(needIds);
        for (const id of needIds) rankedEarly.add(id);
      },
      indexed: (batch: DrainResult) =>
        this.queuePending([...batch.indexed.need.filter((id) => !rankedEarly.delete(id)), ...batch.indexed.provider]),
    });
  }

  /** Queues the pending runs of these subjects (their index documents were just written). */
  async queuePending(subjectIds: string[]): Promise<void> {
    if (!subjectIds.length) return;
    await queueMatchRuns(this.jobs, await pendingRuns(this.db.manager, subjectIds));
  }

  /**
   * Re-queues the runs still pending a while after they were asked for, whose job Redis lost. Skipped while the
   * queue is well filled (queued jobs will get to their runs), and for subjects whose change still waits for the
   * index: the outbox drain queues those once indexed.
   */
  async requeueStale(): Promise<void> {
    const counts = await this.jobs.queue(QueueName.Matching).getJobCounts('wait', 'delayed', 'prioritized');
    if (Object.values(counts).reduce((a, b) => a + b, 0) >= QUEUED_ENOUGH) return;
    const candidates: RunRef[] = await this.db.query(
      `select subject_type, subject_id from match_runs
        where status = 'pending' and requested_at < now() - make_interval(secs => $1)
        order by requested_at limit $2`,
      [STALE_RUN_S, STALE_RUNS_PER_SWEEP],
    );
    const waiting = await this.search.awaitingIndex(candidates.map((r) => r.subject_id));
    const stale = candidates.filter((r) => !waiting.has(r.subject_id));
    if (!stale.length) return;
    // Marked as asked for again before the jobs exist: a job reads the time of the request it answers, and a run
    // whose request is newer than that stays pending. Marked after, a job that started at once was refused its
    // result, and the next sweep queued it again to the same end. Rows locked in subject order, as imports do.
    const [requested]: [RunRef[], number] = await this.db.query(
      `update match_runs set requested_at = now() where id in (
         select id from match_runs where status = 'pending' and subject_id = any($1) order by subject_id for update)
       returning subject_type, subject_id, requested_at`,
      [stale.map((s) => s.subject_id)],
    );
    await queueMatchRuns(this.jobs, requested);
  }

  /** Only a reading that the index is behind is reused: a stale "caught up" would let a run go against a half-built index. */
  private async indexIsBehind(): Promise<boolean> {
    if (this.behindSince !== null && Date.now() - this.behindSince < BACKLOG_READING_MS) return true;
    this.behindSince = (await this.search.outboxExceeds(INDEX_BACKLOG_LIMIT)) ? Date.now() : null;
    return this.behindSince !== null;
  }
}

import { JobDispatcher, MatchingPriority } from '@app/queue';

/** Needs written in one request up to which their runs are queued at once; more are a bulk load (see queueNeedRuns). */
export const INTERACTIVE_NEED_RUNS = 20;

/**
 * Published needs' match runs, queued as soon as their change is committed. A need's candidates come from the evidence
 * index (read from PostgreSQL), not from the search index, so its run need not wait for the outbox drain, which itself
 * waits on Meilisearch's task queue. The drain still queues the runs of a bulk load in batches, and queues a run again
 * if it is pending then; a run already done for the need's revision is skipped.
 */
export async function queueNeedRuns(jobs: JobDispatcher, needIds: string[]): Promise<void> {
  for (const needId of needIds)
    await jobs.tryEnqueue('matching.need', { needId }, { priority: MatchingPriority.interactive });
}

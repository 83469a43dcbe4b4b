import { JobDispatcher, MatchingPriority, NEEDS_PER_JOB } from '@app/queue';
import { EntityManager } from 'typeorm';
import { MatchOverride } from './entities/match-override.entity';
import { MatchRun, MatchSubject } from './entities/match-run.entity';

/**
 * Marks, in the caller's transaction, that these subjects need (re)matching for their current revision.
 * The worker picks them up after their index documents are written; a sweeper finds any lost job again.
 */
export async function requestMatching(
  manager: EntityManager,
  subjectType: MatchSubject,
  subjects: { id: string; revision: number }[],
): Promise<void> {
  if (!subjects.length) return;
  // Rows are locked in id order, as everywhere else, so two concurrent imports cannot deadlock on them.
  const ordered = [...subjects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await manager
    .createQueryBuilder()
    .insert()
    .into(MatchRun)
    .values(
      ordered.map((s) => ({
        subjectType,
        subjectId: s.id,
        revision: s.revision,
        status: 'pending' as const,
        requestedAt: () => 'now()',
        finishedAt: null,
      })),
    )
    .orUpdate(['revision', 'status', 'requested_at', 'finished_at', 'updated_at'], ['subject_type', 'subject_id'])
    .execute();
}

/**
 * Pins or excludes a provider for a need (a coordinator's decision; the need's next run applies it), in the caller's
 * transaction. Returns the decision it replaced, if any.
 */
export async function setMatchOverride(
  manager: EntityManager,
  o: { needId: string; providerId: string; action: MatchOverride['action']; reason: string | null; createdBy: string },
): Promise<MatchOverride | null> {
  const before = await manager.findOneBy(MatchOverride, { needId: o.needId, providerId: o.providerId });
  await manager
    .createQueryBuilder()
    .insert()
    .into(MatchOverride)
    .values(o)
    .orUpdate(['action', 'reason', 'created_by', 'updated_at'], ['need_id', 'provider_id'])
    .execute();
  return before;
}

/** More runs than this at once are bulk work (an import, a sweep) and queue behind single changes. */
export const BULK_RUNS = 20;

export interface RunRef {
  subject_type: MatchSubject;
  subject_id: string;
  /** When the run was asked for: a single need's job is named after it, so a request is queued once by any path. */
  requested_at?: Date;
}

/** The pending runs of these subjects. */
export function pendingRuns(manager: EntityManager, subjectIds: string[]): Promise<RunRef[]> {
  return manager.query(
    `select subject_type, subject_id, requested_at from match_runs where status = 'pending' and subject_id = any($1)`,
    [subjectIds],
  );
}

/**
 * The job id of a single need's run for one request: the API (right after the commit) and the outbox drain (once the
 * document is sent) may both queue it; BullMQ keeps one job per id, so the run is computed once, not twice at once.
 */
export const needRunJobId = (needId: string, requestedAt: Date) => `need-run-${needId}-${requestedAt.getTime()}`;

/**
 * Queues matching jobs for these runs, needs first: a need's run finds every provider in PostgreSQL through the
 * evidence index, so it waits for no provider run, and its list is what a coordinator reads; in bulk, provider runs
 * (which only add pairs with needs) queue behind the needs.
 */
export async function queueMatchRuns(jobs: JobDispatcher, runs: RunRef[]): Promise<void> {
  const bulk = runs.length > BULK_RUNS;
  const of = (type: MatchSubject) => runs.filter((r) => r.subject_type === type).map((r) => r.subject_id);
  const needIds = of('need');
  if (bulk)
    await jobs.enqueueMany(
      'matching.needs',
      chunk(needIds, NEEDS_PER_JOB).map((ids) => ({ needIds: ids })),
      { priority: MatchingPriority.bulk },
    );
  else
    for (const run of runs.filter((r) => r.subject_type === 'need'))
      await jobs.enqueue(
        'matching.need',
        { needId: run.subject_id },
        { jobId: run.requested_at ? needRunJobId(run.subject_id, run.requested_at) : undefined },
      );
  await jobs.enqueueMany(
    'matching.provider',
    of('provider').map((providerId) => ({ providerId })),
    { priority: bulk ? MatchingPriority.bulkProviders : MatchingPriority.interactive },
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

import { JobDispatcher, MatchingPriority } from '@app/queue';
import { EntityManager } from 'typeorm';
import { MatchRun, MatchSubject } from './entities/match-run.entity';

/**
 * Marks, in the caller's transaction, that these subjects need (re)matching for their current revision.
 * The worker picks them up after their index documents are written; a sweeper finds any lost job again.
 */
export async function requestMatching(manager: EntityManager, subjectType: MatchSubject, subjects: { id: string; revision: number }[]): Promise<void> {
  if (!subjects.length) return;
  // Rows are locked in id order, as everywhere else, so two concurrent imports cannot deadlock on them.
  const ordered = [...subjects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await manager.createQueryBuilder().insert().into(MatchRun)
    .values(ordered.map((s) => ({ subjectType, subjectId: s.id, revision: s.revision, status: 'pending' as const, requestedAt: () => 'now()', finishedAt: null })))
    .orUpdate(['revision', 'status', 'requested_at', 'finished_at', 'updated_at'], ['subject_type', 'subject_id'])
    .execute();
}

/** More runs than this at once are bulk work (an import, a sweep) and queue behind single changes. */
const BULK_RUNS = 20;
/** Providers per profile job: one job builds them in a few hundred milliseconds. */
const PROFILES_PER_JOB = 200;

export interface RunRef { subject_type: MatchSubject; subject_id: string }

/**
 * Queues matching jobs for these runs, needs first: a need's run finds every provider in PostgreSQL through the
 * evidence index, so it waits for no provider run, and its list is what a coordinator reads; in bulk, provider runs
 * (which only add pairs with needs) queue behind the needs.
 */
export async function queueMatchRuns(jobs: JobDispatcher, runs: RunRef[]): Promise<void> {
  const bulk = runs.length > BULK_RUNS;
  const of = (type: MatchSubject) => runs.filter((r) => r.subject_type === type).map((r) => r.subject_id);
  await jobs.enqueueMany('matching.need', of('need').map((needId) => ({ needId })), { priority: bulk ? MatchingPriority.bulk : MatchingPriority.interactive });
  await jobs.enqueueMany('matching.provider', of('provider').map((providerId) => ({ providerId })), { priority: bulk ? MatchingPriority.bulkProviders : MatchingPriority.interactive });
}

/** Asks for the ranker profiles of these (just indexed) providers to be built and stored ahead of ranking. */
export async function queueProfileBuilds(jobs: JobDispatcher, providerIds: string[]): Promise<void> {
  const chunks: { providerIds: string[] }[] = [];
  for (let i = 0; i < providerIds.length; i += PROFILES_PER_JOB) chunks.push({ providerIds: providerIds.slice(i, i + PROFILES_PER_JOB) });
  await jobs.enqueueMany('matching.profiles', chunks, { priority: MatchingPriority.profiles });
}

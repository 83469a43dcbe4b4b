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

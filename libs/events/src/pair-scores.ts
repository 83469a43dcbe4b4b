import { EntityManager } from 'typeorm';

/**
 * Match scores between needs and providers as the matching engine last ranked them (its explained head in `matches`
 * and the tail in `match_list_tails`), read-only. A pair the engine did not list has no score.
 */
export async function pairScores(
  m: EntityManager,
  needIds: string[],
  providerIds: string[],
): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  if (!needIds.length || !providerIds.length) return scores;
  const rows: { need_id: string; provider_id: string; score: number }[] = await m.query(
    `select need_id, provider_id, max(score)::float8 as score from (
       select need_id, provider_id, score from matches where need_id = any($1) and provider_id = any($2)
       union all
       select l.need_id, t.provider_id, t.score from match_list_tails l, unnest(l.provider_ids, l.scores) as t(provider_id, score)
        where l.need_id = any($1) and t.provider_id = any($2)
     ) s group by need_id, provider_id`,
    [needIds, providerIds],
  );
  for (const r of rows) scores.set(pairKey(r.need_id, r.provider_id), Number(r.score));
  return scores;
}

export const pairKey = (needId: string, providerId: string) => `${needId}|${providerId}`;

/** What a meeting is worth to the optimiser: its score, × 1.5 when one side asked for it, × 2 when both did. */
export function meetingValue(score: number, wishedByEnterprise: boolean, wishedByProvider: boolean): number {
  // A pair both sides know nothing about is no candidate; one a side asked for is, even without a match score.
  const base = score > 0 ? score : wishedByEnterprise || wishedByProvider ? WISH_FLOOR : 0;
  const boost = wishedByEnterprise && wishedByProvider ? 2 : wishedByEnterprise || wishedByProvider ? 1.5 : 1;
  return base * boost;
}

/** The score given to a pair someone asked for that the matching engine did not list. */
export const WISH_FLOOR = 0.05;

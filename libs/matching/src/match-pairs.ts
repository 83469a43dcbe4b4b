import { EntityManager } from 'typeorm';

export interface ListedPair {
  score: number;
  algorithmVersion: string;
}

/** A need–provider pair as the need's list holds it: its explained row, else its place in the list's tail; null when unlisted. */
export async function findListedPair(m: EntityManager, needId: string, providerId: string): Promise<ListedPair | null> {
  const rows: ListedPair[] = await m.query(
    `select score, algorithm_version as "algorithmVersion" from matches where need_id = $1 and provider_id = $2
     union all
     select t.scores[array_position(t.provider_ids, $2::uuid)], t.algorithm_version from match_list_tails t
      where t.need_id = $1 and $2::uuid = any(t.provider_ids)
     limit 1`,
    [needId, providerId],
  );
  return rows[0] ?? null;
}

import { createHash } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { MeiliSearch } from 'meilisearch';

/** What a process may do in Meilisearch: the API only searches; the worker (and the admin scripts) keep the indexes. */
export type SearchAccess = 'search' | 'admin';

/** Injection token: the API provides 'search' (see apps/api/src/app.module.ts); without it a process gets 'admin'. */
export const SEARCH_ACCESS = 'SEARCH_ACCESS';

const ACTIONS: Record<SearchAccess, string[]> = {
  search: ['search'],
  admin: ['search', 'documents.*', 'indexes.*', 'settings.*', 'tasks.get', 'stats.get'],
};

/** A stable key id per index prefix and access, so every start finds the key it made before (and bumping v renews them). */
function keyUid(prefix: string, access: SearchAccess): string {
  const h = createHash('sha256').update(`marketplace:${prefix}:${access}:v1`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The key this process works with, made (once) with the master key: limited to this deployment's indexes
 * (`<prefix>_*`, so neither another deployment's indexes nor the key list) and, for the API, to searching.
 */
export async function scopedKey(
  master: MeiliSearch,
  prefix: string,
  access: SearchAccess,
): Promise<{ uid: string; key: string }> {
  const uid = keyUid(prefix, access);
  const existing = await master.getKey(uid).catch((err: unknown) => {
    const cause = (err as { cause?: { status?: number; code?: string } } | null)?.cause;
    if (cause?.status === 404 || cause?.code === 'api_key_not_found') return null;
    throw err;
  });
  if (existing) return { uid, key: existing.key };
  try {
    const created = await master.createKey({
      uid,
      name: `marketplace ${prefix} ${access}`,
      description: `Made at start-up from the master key: ${access} on ${prefix}_* only`,
      actions: ACTIONS[access],
      indexes: [`${prefix}_*`],
      expiresAt: null,
    });
    return { uid, key: created.key };
  } catch (err) {
    // Another process of this deployment made it a moment ago.
    return {
      uid,
      key: (
        await master.getKey(uid).catch(() => {
          throw err;
        })
      ).key,
    };
  }
}

/**
 * A Meilisearch tenant token: the API's search key signs, per request, rules that Meilisearch itself applies to every
 * search made with it, so a viewer's search cannot return documents outside the viewer's filter whatever the query says.
 */
export function tenantToken(
  key: { uid: string; key: string },
  searchRules: Record<string, { filter?: string }>,
  ttlS = 300,
): string {
  return sign({ searchRules, apiKeyUid: key.uid }, key.key, { algorithm: 'HS256', expiresIn: ttlS });
}

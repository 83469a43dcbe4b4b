import { createHash } from 'node:crypto';
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
export async function scopedKey(master: MeiliSearch, prefix: string, access: SearchAccess): Promise<string> {
  const uid = keyUid(prefix, access);
  const existing = await master.getKey(uid).catch((err: { cause?: { status?: number; code?: string } }) => {
    if (err?.cause?.status === 404 || err?.cause?.code === 'api_key_not_found') return null;
    throw err;
  });
  if (existing) return existing.key;
  try {
    return (await master.createKey({
      uid, name: `marketplace ${prefix} ${access}`, description: `Made at start-up from the master key: ${access} on ${prefix}_* only`,
      actions: ACTIONS[access] as never, indexes: [`${prefix}_*`], expiresAt: null,
    })).key;
  } catch (err) {
    // Another process of this deployment made it a moment ago.
    return (await master.getKey(uid).catch(() => { throw err; })).key;
  }
}

import { deletePrefixKeys } from '../../scripts/stack/redis-keys';
import { createMeiliClient } from '../../libs/search/src/meili-http-client';

/**
 * Points the apps a test starts (in process and as child processes) at a queue prefix and index prefix of their own,
 * and optionally a database, so that a fault test sees only its own jobs, documents and rows. `restore` puts the
 * run's settings back and removes the Redis keys and indexes it made.
 */
export function isolatedRun(suffix: string, databaseUrl?: string) {
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    QUEUE_PREFIX: process.env.QUEUE_PREFIX,
    INDEX_PREFIX: process.env.INDEX_PREFIX,
  };
  const prefix = `${process.env.QUEUE_PREFIX}_${suffix}`;
  process.env.QUEUE_PREFIX = prefix;
  process.env.INDEX_PREFIX = prefix;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  return {
    prefix,
    /** Deletes every Redis key of this prefix: what "Redis lost its data" means for this deployment. */
    deleteRedisKeys: () => deleteKeys(prefix),
    restore: async () => {
      Object.assign(process.env, saved);
      await deleteKeys(prefix).catch(() => undefined);
      const meili = createMeiliClient(process.env.MEILI_URL!);
      const { results } = await meili.getIndexes({ limit: 1000 }).catch(() => ({ results: [] as { uid: string }[] }));
      for (const index of results)
        if (index.uid.startsWith(`${prefix}_`))
          await meili
            .deleteIndex(index.uid)
            .waitTask()
            .catch(() => undefined);
    },
  };
}

const deleteKeys = (prefix: string) => deletePrefixKeys(process.env.REDIS_URL!, prefix);

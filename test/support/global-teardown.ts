import 'tsconfig-paths/register'; // global setup runs outside Jest's module mapper
import Redis from 'ioredis';
import { Client } from 'pg';
import { createMeiliClient } from '../../libs/search/src/meili-http-client';

/** Removes what the run created: its database, its Redis keys and its indexes. */
export default async function globalTeardown(): Promise<void> {
  const prefix = process.env.INDEX_PREFIX!;
  const meili = createMeiliClient(process.env.MEILI_URL!);
  const { results } = await meili.getIndexes({ limit: 1000 }).catch(() => ({ results: [] as { uid: string }[] }));
  for (const index of results)
    if (index.uid.startsWith(`${prefix}_`))
      await meili
        .deleteIndex(index.uid)
        .waitTask()
        .catch(() => undefined);

  const redis = new Redis(process.env.REDIS_URL!);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${process.env.QUEUE_PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();

  const admin = new Client({ connectionString: process.env.E2E_BASE_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${process.env.E2E_DATABASE}" with (force)`);
  await admin.end();
}

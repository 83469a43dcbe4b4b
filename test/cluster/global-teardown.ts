import 'tsconfig-paths/register'; // global teardown runs outside Jest's module mapper
import type { RedisCluster } from '../../scripts/stack/redis-cluster';
import globalTeardown from '../support/global-teardown';

/** Drops the run's database and indexes, and stops its Redis Cluster (its keys go with its temporary directory). */
export default async function clusterTeardown(): Promise<void> {
  await globalTeardown();
  await (globalThis as { redisCluster?: RedisCluster }).redisCluster?.stop();
}

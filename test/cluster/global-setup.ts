import 'tsconfig-paths/register'; // global setup runs outside Jest's module mapper
import { startRedisCluster, RedisCluster } from '../../scripts/stack/redis-cluster';
import globalSetup from '../support/global-setup';

/** The run's database and prefixes as for every end-to-end test, and a three-master Redis Cluster of its own. */
export default async function clusterSetup(): Promise<void> {
  const cluster = await startRedisCluster(3);
  (globalThis as { redisCluster?: RedisCluster }).redisCluster = cluster;
  await globalSetup();
  process.env.REDIS_CLUSTER_NODES = cluster.nodes;
}

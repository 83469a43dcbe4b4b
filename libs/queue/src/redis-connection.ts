import { Environment, redisClusterNodes } from '@app/config';
import Redis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';

/** A connection to this deployment's Redis: one server, or a Redis Cluster (REDIS_CLUSTER_NODES). */
export type RedisClient = Redis | Cluster;

type RedisSettings = Pick<Environment, 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'QUEUE_PREFIX'>;

export const isRedisCluster = (env: Pick<Environment, 'REDIS_CLUSTER_NODES'>) => redisClusterNodes(env) !== null;

/** Host, port, credentials and database of REDIS_URL, as ioredis options. */
export function redisConnection(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}

/**
 * Opens a client for REDIS_URL, or for the cluster when REDIS_CLUSTER_NODES is set (its nodes use REDIS_URL's user
 * and password). `options` apply to each node's connection; `cluster` only to a cluster client.
 */
export function createRedisClient(
  env: RedisSettings,
  options: RedisOptions = {},
  cluster: Omit<ClusterOptions, 'redisOptions'> = {},
): RedisClient {
  const nodes = redisClusterNodes(env);
  if (!nodes) return new Redis(env.REDIS_URL, options);
  const { username, password } = redisConnection(env.REDIS_URL);
  const { keyPrefix, enableOfflineQueue, lazyConnect, ...perNode } = options;
  const shared = Object.fromEntries(
    Object.entries({ keyPrefix, enableOfflineQueue, lazyConnect }).filter(([, value]) => value !== undefined),
  );
  return new Cluster(nodes, { ...cluster, ...shared, redisOptions: { username, password, ...perNode } });
}

/**
 * The BullMQ prefix of one queue. A single Redis keeps the plain QUEUE_PREFIX, as before clusters were supported, so
 * an existing deployment finds its queued jobs again. On a cluster every key of one queue must hash to one slot (BullMQ
 * runs Lua scripts over several of them), so the prefix is a hash tag per queue: `{mkt:matching}`, and the queues
 * spread over the masters.
 */
export function queuePrefix(env: Omit<RedisSettings, 'REDIS_URL'>, queue: string): string {
  return isRedisCluster(env) ? `{${env.QUEUE_PREFIX}:${queue}}` : env.QUEUE_PREFIX;
}

/**
 * The key prefix of the plain counters (sign-in throttling). Its Lua scripts touch an account's and an address's keys
 * together, so on a cluster they all share one hash tag and live on one master.
 */
export function storeKeyPrefix(env: Omit<RedisSettings, 'REDIS_URL'>): string {
  return isRedisCluster(env) ? `{${env.QUEUE_PREFIX}}:` : `${env.QUEUE_PREFIX}:`;
}

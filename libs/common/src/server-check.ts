import http from 'node:http';
import { Client } from 'pg';
import Redis, { Cluster } from 'ioredis';

/** Hides the password of a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  });
  redis.on('error', () => undefined); // the failed connect() below reports it
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/** A cluster answers when a client learns its slots from the seeds and a node answers PING. */
async function checkRedisCluster(seeds: string, url: string): Promise<void> {
  const nodes = seeds
    .split(',')
    .map((seed) => seed.trim())
    .filter(Boolean)
    .map((seed) => {
      const colon = seed.lastIndexOf(':');
      return { host: seed.slice(0, colon).replace(/^\[|\]$/g, ''), port: Number(seed.slice(colon + 1)) };
    });
  const u = new URL(url);
  const cluster = new Cluster(nodes, {
    lazyConnect: true,
    clusterRetryStrategy: () => null,
    redisOptions: {
      username: u.username || undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      connectTimeout: 3000,
      maxRetriesPerRequest: 0,
    },
  });
  cluster.on('error', () => undefined); // the failed connect() below reports it
  try {
    await cluster.connect();
    await cluster.ping();
  } finally {
    cluster.disconnect();
  }
}

function checkMeilisearch(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL('/health', url), { timeout: 3000 }, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve();
      else reject(new Error(`HTTP ${res.statusCode}`));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

export interface ServerUrls {
  DATABASE_URL: string;
  REDIS_URL: string;
  /** Set: a Redis Cluster's seed nodes, checked instead of REDIS_URL's server. */
  REDIS_CLUSTER_NODES?: string;
  MEILI_URL: string;
}

/** Exits with one clear line when a server the app needs does not answer. */
export async function assertServersReachable(env: ServerUrls): Promise<void> {
  const checks: [string, string, string, () => Promise<void>][] = [
    ['PostgreSQL', 'DATABASE_URL', env.DATABASE_URL, () => checkPostgres(env.DATABASE_URL)],
    env.REDIS_CLUSTER_NODES
      ? [
          'Redis Cluster',
          'REDIS_CLUSTER_NODES',
          env.REDIS_CLUSTER_NODES,
          () => checkRedisCluster(env.REDIS_CLUSTER_NODES!, env.REDIS_URL),
        ]
      : ['Redis', 'REDIS_URL', env.REDIS_URL, () => checkRedis(env.REDIS_URL)],
    ['Meilisearch', 'MEILI_URL', env.MEILI_URL, () => checkMeilisearch(env.MEILI_URL)],
  ];
  for (const [name, variable, url, check] of checks) {
    try {
      await check();
    } catch (err) {
      const reason = (err instanceof Error && err.message) || String(err);
      process.stderr.write(
        `Cannot reach ${name} at ${redactUrl(url)} (${reason}). Start the local stack with "npm start", or set ${variable} to a running server.\n`,
      );
      process.exit(1);
    }
  }
}

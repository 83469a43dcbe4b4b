import http from 'node:http';
import { Client } from 'pg';
import Redis from 'ioredis';

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
  MEILI_URL: string;
}

/** Exits with one clear line when a server the app needs does not answer. */
export async function assertServersReachable(env: ServerUrls): Promise<void> {
  const checks: [string, string, string, () => Promise<void>][] = [
    ['PostgreSQL', 'DATABASE_URL', env.DATABASE_URL, () => checkPostgres(env.DATABASE_URL)],
    ['Redis', 'REDIS_URL', env.REDIS_URL, () => checkRedis(env.REDIS_URL)],
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

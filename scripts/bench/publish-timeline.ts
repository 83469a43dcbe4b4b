/**
 * Where the time between publishing a need and its matches being ready goes, read from the records the path leaves:
 * the import call (client), the search-sync and matching jobs' BullMQ timestamps (queued, picked up, finished), the
 * run's own duration (`match_runs.duration_ms`) and the first poll that saw `ready` (every 20 ms, as the benchmark).
 * Against a running stack (`npm start`, or the benchmark's), as a coordinator who may import needs:
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/publish-timeline.ts \
 *     [--base http://127.0.0.1:3000] [--email coordinator@gdast.demo] [--password Demo@2026] [--n 20] [--prefix mkt]
 */
import Redis from 'ioredis';
import { needRow } from './generate';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const BASE = arg('base', 'http://127.0.0.1:3000');
const N = Number(arg('n', '20'));
const PREFIX = arg('prefix', 'mkt');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface JobTimes {
  timestamp: number;
  processedOn: number;
  finishedOn: number;
  name: string;
  data: string;
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The jobs of a queue that finished at or after `since` (the queue's keys, hash-tagged or not). */
async function jobsSince(redis: Redis, queue: string, since: number): Promise<JobTimes[]> {
  const keys: string[] = [];
  for (const pattern of [`${PREFIX}:${queue}:*`, `{${PREFIX}:${queue}}:${queue}:*`]) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      keys.push(
        ...found.filter(
          (k) =>
            !/:(meta|events|id|wait|active|completed|failed|delayed|prioritized|paused|stalled-check|marker|limiter|pc|repeat|de)$/.test(
              k,
            ),
        ),
      );
    } while (cursor !== '0');
  }
  const jobs: JobTimes[] = [];
  for (const key of keys) {
    if ((await redis.type(key)) !== 'hash') continue;
    const h = await redis.hgetall(key);
    if (!h.finishedOn || !h.name || Number(h.finishedOn) < since) continue;
    jobs.push({
      timestamp: Number(h.timestamp),
      processedOn: Number(h.processedOn),
      finishedOn: Number(h.finishedOn),
      name: h.name,
      data: h.data,
    });
  }
  return jobs;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main() {
  const { accessToken } = await call<{ accessToken: string }>('', 'POST', '/api/v1/auth/login', {
    email: arg('email', 'coordinator@gdast.demo'),
    password: arg('password', 'Demo@2026'),
  });
  const redis = new Redis(arg('redis', 'redis://127.0.0.1:63799'));
  const rows: Record<string, number>[] = [];
  const seed = Date.now() % 100000;
  for (let k = 0; k < N; k++) {
    const row = needRow(seed, k, 'fresh');
    const t0 = Date.now();
    const report = await call<{ ids: Record<string, string> }>(accessToken, 'POST', '/api/v1/import/needs', {
      items: [row],
    });
    const imported = Date.now();
    const id = report.ids[row.externalId];
    let ready = 0;
    while (!ready) {
      const res = await call<{ status: string }>(accessToken, 'GET', `/api/v1/needs/${id}/matches?limit=10`);
      if (res.status === 'ready') ready = Date.now();
      else await sleep(20);
    }
    await sleep(300); // the drain's later steps finish after the run
    const drains = (await jobsSince(redis, 'search-sync', t0)).filter((j) => j.timestamp >= t0 - 50);
    const drain = drains.sort((a, b) => a.processedOn - b.processedOn)[0];
    const matchingJobs = [...(await jobsSince(redis, 'matching-now', t0)), ...(await jobsSince(redis, 'matching', t0))];
    const runs = matchingJobs.filter((j) => j.data.includes(id));
    const run = runs.sort((a, b) => a.processedOn - b.processedOn)[0];
    rows.push({
      import: imported - t0,
      drainQueued: drain ? drain.timestamp - t0 : NaN,
      drainWait: drain ? drain.processedOn - drain.timestamp : NaN,
      runQueued: run ? run.timestamp - t0 : NaN,
      runWait: run ? run.processedOn - run.timestamp : NaN,
      runJob: run ? run.finishedOn - run.processedOn : NaN,
      runDone: run ? run.finishedOn - t0 : NaN,
      seenReady: ready - t0,
    });
    await sleep(100);
  }
  const keys = Object.keys(rows[0]);
  console.log(`${N} needs imported one at a time; ms from the import call (p50 / p95 / max):`);
  for (const key of keys) {
    const xs = rows.map((r) => r[key]).filter((x) => !Number.isNaN(x));
    console.log(`  ${key.padEnd(12)} ${pct(xs, 50)} / ${pct(xs, 95)} / ${Math.max(...xs)}  (${xs.length} samples)`);
  }
  redis.disconnect();
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

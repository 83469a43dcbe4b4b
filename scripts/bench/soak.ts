/**
 * `npm run bench:soak -- [--minutes 30] [--size demo] [--lanes 4] [--no-build] [--seed N]`
 *
 * Steady mixed traffic (searches, reads, match lists, need posting, imports, introductions and answers) against a
 * stack of its own, with each fault of docs/reliability.md injected once: the worker SIGKILLed, the deployment's Redis
 * keys deleted, Meilisearch killed, PostgreSQL stopped. PostgreSQL and Meilisearch are servers of the run's own (a
 * temporary data directory, a free port) so that stopping them disturbs nobody; Redis is the shared one under a
 * prefix of the run's own. Prints and writes (docs/benchmarks/soak-<size>.json) errors by kind inside and outside the
 * outages, p50/p95 per minute and the RSS of the API and the worker over time.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { DEFAULT_URLS, ensureServers, ROOT, startMeilisearch, Started, stopAll } from '../stack/local-servers';
import { API_NODE_FLAGS, WORKER_NODE_FLAGS } from '../stack/node-flags';
import { PrivatePostgres } from '../stack/private-postgres';
import { deletePrefixKeys } from '../stack/redis-keys';
import { needRow, searchQueries, SizeName, SIZES } from './generate';
import { percentile, round } from './measure';
import * as phase from './phases';
import { App, build, freePort, runOnce, sleep, startApp, stopApp, waitForHttp } from './stack';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const k = argv.indexOf(`--${name}`);
  return k >= 0 ? argv[k + 1] : fallback;
};
const log = (msg: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${msg}`);

type Kind = 'search' | 'need' | 'matches' | 'post-need' | 'import' | 'introduce';
/** How often each kind of request comes, per hundred. */
const MIX: [Kind, number][] = [
  ['search', 40],
  ['need', 20],
  ['matches', 15],
  ['post-need', 10],
  ['introduce', 12],
  ['import', 3],
];

interface Outcome {
  at: number;
  kind: Kind;
  status: number; // 0: no answer at all
  ms: number;
}
interface Fault {
  name: string;
  start: number;
  /** When the platform answered every kind again (or the run ended). */
  end: number;
}

async function main(): Promise<number> {
  const minutes = Number(opt('minutes', '30'));
  const sizeName = opt('size', 'demo') as SizeName;
  const size = SIZES[sizeName];
  const lanes = Number(opt('lanes', '4'));
  const seed = Number(opt('seed', '2026'));
  const runId = `soak${Date.now().toString(36)}`;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `${runId}-`));
  log(`${minutes} min at size ${sizeName}, ${lanes} lanes; logs in ${logDir}`);

  const pg = await PrivatePostgres.create();
  await pg.query('postgres', 'create database marketplace');
  const meiliDir = fs.mkdtempSync(path.join(os.tmpdir(), `${runId}-meili-`));
  const meiliUrl = `http://127.0.0.1:${await freePort()}`;
  let meili: Started = await startMeilisearch(meiliUrl, meiliDir);
  const servers = await ensureServers({ ...DEFAULT_URLS, DATABASE_URL: pg.url('marketplace'), MEILI_URL: meiliUrl });
  const env = {
    ...process.env,
    DATABASE_URL: pg.url('marketplace'),
    REDIS_URL: process.env.REDIS_URL ?? DEFAULT_URLS.REDIS_URL,
    MEILI_URL: meiliUrl,
    QUEUE_PREFIX: runId,
    INDEX_PREFIX: runId,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64'),
  };
  if (!argv.includes('--no-build')) build(logDir);
  runOnce(['dist/apps/api/main.js', 'migrate'], env, path.join(logDir, 'setup.log'));
  runOnce(['dist/apps/api/main.js', 'seed'], { ...env, NODE_ENV: 'development' }, path.join(logDir, 'setup.log'));
  const startWorker = () => startApp('worker', [...WORKER_NODE_FLAGS, 'dist/apps/worker/main.js'], env, logDir);
  const api = startApp('api', [...API_NODE_FLAGS, 'dist/apps/api/main.js'], env, logDir);
  let worker: App = startWorker();
  const base = `http://127.0.0.1:${env.PORT}`;
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  db.on('error', () => undefined); // the pool outlives the PostgreSQL stop below
  try {
    await waitForHttp(`${base}/api/v1/health`, 120000, api);
    const signIn = (email: string) =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Demo@2026' }),
      }).then(async (r) => ((await r.json()) as { accessToken: string }).accessToken);
    const tokens = { admin: await signIn('admin@platform.demo'), owner: await signIn('owner@ruifeng.demo') };
    const ctx: phase.Ctx = {
      api: base,
      token: tokens.admin,
      relogin: async () => {
        ctx.token = tokens.admin = await signIn('admin@platform.demo');
      },
      meiliUrl,
      indexPrefix: runId,
      queuePrefix: runId,
      redisUrl: env.REDIS_URL,
      db,
      size,
      seed,
      batch: 1000,
      seconds: 8,
      log,
    };
    log('loading the data through the import API');
    await phase.ingest(ctx, 1800_000);
    const needIds = (await db.query<{ id: string }>(`select id from needs where status = 'published'`)).rows.map(
      (r) => r.id,
    );
    const providerIds = (await db.query<{ id: string }>('select id from providers')).rows.map((r) => r.id);
    log(`traffic on ${needIds.length} published needs and ${providerIds.length} providers`);

    const outcomes: Outcome[] = [];
    const rss: { at: number; api: number | null; worker: number | null }[] = [];
    const faults: Fault[] = [];
    let fresh = 0;
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    const queries = searchQueries(seed, 200);

    const request = async (kind: Kind, method: string, url: string, token: string | null, body?: unknown) => {
      const started = Date.now();
      let status = 0;
      let json: unknown = null;
      try {
        const res = await fetch(`${base}${url}`, {
          method,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        status = res.status;
        json = await res.json().catch(() => null);
        if (status === 401 && token) {
          tokens.admin = await signIn('admin@platform.demo');
          tokens.owner = await signIn('owner@ruifeng.demo');
        }
      } catch {
        status = 0;
      }
      outcomes.push({ at: started, kind, status, ms: Date.now() - started });
      return { status, json: json as Record<string, unknown> | null };
    };

    const step: Record<Kind, () => Promise<unknown>> = {
      search: () => request('search', 'GET', `/api/v1/search/needs?q=${encodeURIComponent(pick(queries))}`, null),
      need: () => request('need', 'GET', `/api/v1/needs/${pick(needIds)}`, tokens.admin),
      matches: () => request('matches', 'GET', `/api/v1/needs/${pick(needIds)}/matches?limit=20`, tokens.admin),
      'post-need': async () => {
        const row = needRow(seed, 100_000 + fresh++, 'fresh');
        const created = await request('post-need', 'POST', '/api/v1/needs', tokens.owner, {
          title: row.title,
          description: row.description,
          keywords: row.keywords,
          region: '广东省佛山市',
        });
        const id = created.json?.id as string | undefined;
        if (created.status !== 201 || !id) return;
        if ((await request('post-need', 'POST', `/api/v1/needs/${id}/submit`, tokens.owner)).status !== 200) return;
        await request('post-need', 'POST', `/api/v1/needs/${id}/approve`, tokens.admin);
      },
      import: () =>
        request('import', 'POST', '/api/v1/import/needs', tokens.admin, {
          items: Array.from({ length: 20 }, () => needRow(seed, fresh++, 'fresh')),
        }),
      introduce: async () => {
        const made = await request('introduce', 'POST', `/api/v1/needs/${pick(needIds)}/introductions`, tokens.admin, {
          providerId: pick(providerIds),
        });
        const id = made.json?.id as string | undefined;
        if (made.status === 201 && id)
          await request('introduce', 'POST', `/api/v1/introductions/${id}/respond`, tokens.admin, {
            decision: 'decline',
            reasonCode: 'no_capacity',
            side: 'provider',
          });
      },
    };
    const weighted = MIX.flatMap(([kind, n]) => Array<Kind>(n).fill(kind));

    const started = Date.now();
    const endAt = started + minutes * 60_000;
    const lane = async () => {
      while (Date.now() < endAt) await step[pick(weighted)]();
    };
    const sampler = setInterval(
      () => rss.push({ at: Date.now(), api: rssMb(api.child.pid), worker: rssMb(worker.child.pid) }),
      10_000,
    );
    /** Recovered once a request of each kind that failed during the fault has succeeded after `since`. */
    const recovered = async (fault: Fault, kinds: Kind[]) => {
      while (Date.now() < endAt) {
        if (kinds.every((k) => outcomes.some((o) => o.kind === k && o.at > fault.start && okStatus(o.status)))) break;
        await sleep(500);
      }
      fault.end = Date.now();
      log(`  ${fault.name}: answered again after ${round((fault.end - fault.start) / 1000, 1)} s`);
    };
    const at = (share: number) => sleep(Math.max(0, started + share * (endAt - started) - Date.now()));
    const injector = async () => {
      await at(0.2);
      const killWorker: Fault = { name: 'worker SIGKILL', start: Date.now(), end: 0 };
      faults.push(killWorker);
      log('fault: worker SIGKILLed, restarted 5 s later');
      worker.child.kill('SIGKILL');
      await sleep(5000);
      worker = startWorker();
      await recovered(killWorker, ['post-need']);

      await at(0.35);
      const redisLoss: Fault = { name: 'Redis keys deleted', start: Date.now(), end: 0 };
      faults.push(redisLoss);
      log("fault: every Redis key of the deployment's prefix deleted");
      log(`  deleted ${await deletePrefixKeys(env.REDIS_URL, runId)} keys`);
      await recovered(redisLoss, ['post-need', 'import']);

      await at(0.5);
      const meiliKill: Fault = { name: 'Meilisearch killed', start: Date.now(), end: 0 };
      faults.push(meiliKill);
      log('fault: Meilisearch SIGKILLed, restarted 30 s later');
      meili.child.kill('SIGKILL');
      await sleep(30_000);
      meili = await startMeilisearch(meiliUrl, meiliDir);
      await recovered(meiliKill, ['search']);

      await at(0.65);
      const pgStop: Fault = { name: 'PostgreSQL stopped', start: Date.now(), end: 0 };
      faults.push(pgStop);
      log('fault: PostgreSQL stopped, started 20 s later');
      await pg.stop();
      await sleep(20_000);
      await pg.start();
      await recovered(pgStop, ['need', 'matches', 'post-need', 'search']);
    };
    const progress = setInterval(() => {
      const recent = outcomes.filter((o) => o.at > Date.now() - 60_000);
      log(`${recent.length} requests in the last minute, ${recent.filter((o) => !okStatus(o.status)).length} not ok`);
    }, 60_000);
    await Promise.all([...Array.from({ length: lanes }, lane), injector()]);
    clearInterval(sampler);
    clearInterval(progress);

    const settled = await settledWork(db);
    log(`after the traffic: ${JSON.stringify(settled)}`);
    const result = { ...summarise({ started, minutes, sizeName, lanes, outcomes, faults, rss }), settled };
    const out = path.join(ROOT, 'docs/benchmarks', `soak-${sizeName}.json`);
    fs.writeFileSync(out, JSON.stringify(result, null, 2));
    console.log(JSON.stringify({ ...result, perMinute: undefined }, null, 2));
    log(`wrote ${path.relative(ROOT, out)}`);
    return 0;
  } finally {
    await stopApp(api);
    await stopApp(worker);
    await db.end().catch(() => undefined);
    meili.child.kill('SIGTERM');
    await pg.destroy();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await deletePrefixKeys(env.REDIS_URL, runId).catch(() => 0);
    await stopAll(servers);
  }
}

/**
 * Once the traffic stops, the work every fault interrupted must finish by itself: no match run pending, no index change
 * waiting in the outbox, no reminder overdue. Waits up to ten minutes and says how long it took, or what was left.
 */
async function settledWork(db: Pool) {
  const started = Date.now();
  const owed = async () =>
    (
      await db.query<{ runs: number; outbox: number; reminders: number }>(
        `select (select count(*)::int from match_runs where status = 'pending') as runs,
                (select count(*)::int from outbox_events where processed_at is null) as outbox,
                (select count(*)::int from reminders where status = 'pending' and due_at < now() - interval '1 minute') as reminders`,
      )
    ).rows[0];
  let left = await owed();
  while (left.runs + left.outbox + left.reminders > 0 && Date.now() - started < 600_000) {
    await sleep(2000);
    left = await owed();
  }
  return { seconds: round((Date.now() - started) / 1000, 1), left };
}

/** 2xx, and the refusals a correct platform gives to some of the random traffic (a provider introduced twice …). */
const okStatus = (status: number) => status > 0 && status < 500;

function summarise(run: {
  started: number;
  minutes: number;
  sizeName: string;
  lanes: number;
  outcomes: Outcome[];
  faults: Fault[];
  rss: { at: number; api: number | null; worker: number | null }[];
}) {
  // A request under way when the fault struck belongs to it, whenever it began.
  const inFault = (o: Outcome) => run.faults.find((f) => o.at + o.ms >= f.start && o.at <= f.end);
  const errors: Record<string, Record<string, number>> = {};
  for (const o of run.outcomes.filter((x) => !okStatus(x.status))) {
    const where = inFault(o)?.name ?? 'outside any fault';
    const key = `${o.kind} ${o.status || 'no answer'}`;
    errors[where] = { ...errors[where], [key]: (errors[where]?.[key] ?? 0) + 1 };
  }
  const perMinute = Array.from({ length: run.minutes }, (_, m) => {
    const slice = run.outcomes
      .filter((o) => o.at >= run.started + m * 60_000 && o.at < run.started + (m + 1) * 60_000)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    return { minute: m + 1, requests: slice.length, p50: percentile(slice, 50), p95: percentile(slice, 95) };
  });
  const byKind = Object.fromEntries(
    MIX.map(([kind]) => {
      const ms = run.outcomes
        .filter((o) => o.kind === kind)
        .map((o) => o.ms)
        .sort((a, b) => a - b);
      const refused = run.outcomes.filter((o) => o.kind === kind && o.status >= 400 && o.status < 500).length;
      return [kind, { requests: ms.length, refused4xx: refused, p50: percentile(ms, 50), p95: percentile(ms, 95) }];
    }),
  );
  return {
    size: run.sizeName,
    minutes: run.minutes,
    lanes: run.lanes,
    machine: { cpus: os.cpus().length, load: os.loadavg().map((x) => round(x, 1)) },
    requests: run.outcomes.length,
    faults: run.faults.map((f) => ({
      name: f.name,
      atMinute: round((f.start - run.started) / 60_000, 1),
      secondsUntilAnsweredAgain: round((f.end - f.start) / 1000, 1),
    })),
    errors,
    byKind,
    rssGrowth: rssGrowth(run),
    perMinute,
  };
}

/**
 * RSS growth per process after warm-up: the mean of the last five minutes against the mean of the five minutes after
 * warm-up (the first 20 % of the run; for the worker, which is restarted by a fault, from its restart on).
 */
function rssGrowth(run: {
  started: number;
  minutes: number;
  faults: Fault[];
  rss: { at: number; api: number | null; worker: number | null }[];
}) {
  const end = run.started + run.minutes * 60_000;
  const warm = run.started + 0.2 * (end - run.started);
  const workerFrom = (run.faults.find((f) => f.name === 'worker SIGKILL')?.end ?? warm) + 2 * 60_000;
  const mean = (proc: 'api' | 'worker', from: number, to: number) => {
    const xs = run.rss.filter((s) => s.at >= from && s.at < to && s[proc] !== null).map((s) => s[proc]!);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const growth = (proc: 'api' | 'worker', from: number) => {
    const first = mean(proc, from, from + 5 * 60_000);
    const last = mean(proc, end - 5 * 60_000, end);
    return first && last
      ? {
          afterWarmUpMb: round(first, 0),
          lastFiveMinutesMb: round(last, 0),
          growthPct: round((100 * (last - first)) / first, 1),
        }
      : null;
  };
  return { api: growth('api', warm), worker: growth('worker', workerFrom) };
}

function rssMb(pid: number | undefined): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

void main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`soak run failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);

/**
 * `npm run bench -- --size tiny|demo|full [--seed N] [--no-docs] [--no-build] [--backlogS N] [--rematchS N] [--probes N] [--reminders N] [--workers N]
 *   [--phases ingest,backlog,search,latency,rematch,throughput,reminders]`
 *
 * Starts its own API and worker (built output, child processes) on a fresh database, Redis prefix and index
 * prefix, loads generated data through the import API and measures ingest, search, matching, API throughput,
 * reminders and memory. Prints one table; writes docs/benchmarks/<size>.json and docs/benchmarks.md (unless
 * --no-docs). Exits non-zero only when the harness itself breaks, never for a missed target.
 * Reuse a running stack instead: BENCH_API_URL plus its DATABASE_URL, INDEX_PREFIX and QUEUE_PREFIX (and
 * BENCH_API_PID / BENCH_WORKER_PID for memory). BENCH_CPU_PROF=1 writes V8 tick logs of both apps to the log dir.
 * `--phases` runs some phases only (say, `latency` against a reused stack that already holds the data); such a run
 * is for profiling and never writes docs/benchmarks.md.
 */
import 'reflect-metadata'; // before @app/config, whose settings class carries decorators
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET } from '@app/config';
import { Pool } from 'pg';
import { DEFAULT_URLS, ensureServers, ROOT, Started, stopAll } from '../stack/local-servers';
import { API_NODE_FLAGS, WORKER_NODE_FLAGS } from '../stack/node-flags';

/** The first worker process is `worker` (as in every report), the next ones `worker2`, `worker3`, … */
const workerName = (i: number) => (i === 1 ? 'worker' : `worker${i}`);
import { SizeName, SIZES } from './generate';
import * as phase from './phases';
import { reminderDispatch } from './reminders-phase';
import { machine, printTable, writeDocs } from './report';
import {
  App,
  BenchEnv,
  build,
  cleanUp,
  createDatabase,
  freePort,
  MemorySampler,
  runOnce,
  startApp,
  stopApp,
  waitForHttp,
} from './stack';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const k = argv.indexOf(`--${name}`);
  return k >= 0 ? argv[k + 1] : fallback;
};
const flag = (name: string) => argv.includes(`--${name}`);
const ALL_PHASES = ['ingest', 'backlog', 'search', 'latency', 'rematch', 'throughput', 'reminders'] as const;
const phases = new Set(opt('phases', ALL_PHASES.join(',')).split(','));
const runs = (name: (typeof ALL_PHASES)[number]) => phases.has(name);
const writesDocs = !flag('no-docs') && ALL_PHASES.every(runs);

/** Per size: time windows and bounds. Full scale is bounded so that a run ends in a known time. */
const PLAN: Record<
  SizeName,
  { seconds: number; probes: number; ingestTimeoutS: number; backlogS: number; rematchS: number }
> = {
  tiny: { seconds: 1, probes: 3, ingestTimeoutS: 120, backlogS: 60, rematchS: 60 },
  demo: { seconds: 8, probes: 20, ingestTimeoutS: 1800, backlogS: 900, rematchS: 600 },
  full: {
    seconds: 10,
    probes: 30,
    ingestTimeoutS: Number(process.env.BENCH_INGEST_LIMIT_S ?? 5400),
    backlogS: 180,
    rematchS: 180,
  },
};

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** The Meilisearch server's pid, when it runs on this machine (its memory is reported beside ours). */
function meiliPid(url: string): number | undefined {
  const port = new URL(url).port;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('meilisearch') && cmd.includes(`:${port}`)) return Number(pid);
    } catch {
      /* gone */
    }
  }
  return undefined;
}

async function main(): Promise<number> {
  const sizeName = opt('size', 'tiny') as SizeName;
  const workerCount = Math.max(1, Number(opt('workers', '1')) || 1);
  if (!SIZES[sizeName]) {
    console.error(`unknown size ${sizeName}; use tiny, demo or full`);
    return 2;
  }
  const size = SIZES[sizeName],
    seed = Number(opt('seed', '2026'));
  const plan = { ...PLAN[sizeName] };
  for (const k of ['backlogS', 'rematchS', 'probes', 'ingestTimeoutS'] as const)
    if (opt(k, '')) plan[k] = Number(opt(k, ''));
  const urls = {
    ...DEFAULT_URLS,
    ...Object.fromEntries(
      Object.keys(DEFAULT_URLS)
        .filter((k) => process.env[k])
        .map((k) => [k, process.env[k] as string]),
    ),
  };
  const reuse = process.env.BENCH_API_URL;
  const runId = `bench${Date.now().toString(36)}${process.pid}`;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `${runId}-`));
  log(
    `size ${sizeName}: ${size.providers} providers, ${size.capabilities} capabilities, ${size.needs} needs; logs in ${logDir}`,
  );

  let servers: Started[] = [];
  const apps: App[] = [];
  let database = '';
  let env: BenchEnv | null = null;
  let pool: Pool | null = null;
  const started = Date.now();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const app of apps) await stopApp(app);
    await pool?.end().catch(() => undefined);
    if (env && database) {
      log('cleaning up database, Redis keys and indexes');
      await cleanUp(env, urls.DATABASE_URL, database);
    }
    await stopAll(servers);
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));
  try {
    let api: string;
    if (reuse) {
      env = null;
      api = reuse.replace(/\/$/, '');
      const e = process.env;
      if (!e.INDEX_PREFIX || !e.QUEUE_PREFIX || !e.DATABASE_URL)
        throw new Error('BENCH_API_URL needs DATABASE_URL, INDEX_PREFIX and QUEUE_PREFIX of that stack');
      pool = new Pool({ connectionString: e.DATABASE_URL, max: 4 });
      Object.assign(urls, { DATABASE_URL: e.DATABASE_URL });
      env = { ...urls, QUEUE_PREFIX: e.QUEUE_PREFIX, INDEX_PREFIX: e.INDEX_PREFIX, PORT: new URL(api).port };
    } else {
      servers = await ensureServers(urls);
      if (!flag('no-build')) {
        log('building the API and the worker (nest build)');
        build(logDir);
      }
      database = `mkt_${runId}`;
      env = {
        ...urls,
        DATABASE_URL: await createDatabase(urls.DATABASE_URL, database),
        QUEUE_PREFIX: runId,
        INDEX_PREFIX: runId,
        PORT: String(await freePort()),
      };
      // The apps run as in production, which wants a secret of its own: one per run, unless the caller sets one.
      const childEnv = {
        ...process.env,
        ...env,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NODE_ENV: 'production',
        // Importing the queue's module loads the configuration, which sets the public development secret: not the caller's.
        JWT_SECRET:
          process.env.JWT_SECRET && process.env.JWT_SECRET !== DEV_JWT_SECRET
            ? process.env.JWT_SECRET
            : randomBytes(48).toString('base64'),
      };
      log('migrating and seeding the benchmark database');
      runOnce(['dist/apps/api/main.js', 'migrate'], childEnv, path.join(logDir, 'setup.log'));
      // The demo accounts (the harness signs in as one) load only outside production: this database is the run's own and dropped after it.
      runOnce(
        ['dist/apps/api/main.js', 'seed'],
        { ...childEnv, NODE_ENV: 'development' },
        path.join(logDir, 'setup.log'),
      );
      // V8 tick logs (read with `node --prof-process <file>`): written as the process runs, so a killed app keeps its profile.
      const prof = (name: string) =>
        process.env.BENCH_CPU_PROF
          ? ['--prof', '--no-logfile-per-isolate', `--logfile=${path.join(logDir, `${name}.v8.log`)}`]
          : [];
      apps.push(startApp('api', [...prof('api'), ...API_NODE_FLAGS, 'dist/apps/api/main.js'], childEnv, logDir));
      // --workers N: N worker processes side by side (each holds its own evidence index), to measure scale-out.
      for (let i = 1; i <= workerCount; i++)
        apps.push(
          startApp(
            workerName(i),
            [...prof(workerName(i)), ...WORKER_NODE_FLAGS, 'dist/apps/worker/main.js'],
            childEnv,
            logDir,
          ),
        );
      api = `http://127.0.0.1:${env.PORT}`;
      log(`starting the API on port ${env.PORT} and ${workerCount} worker process(es)`);
      await waitForHttp(`${api}/api/v1/health`, 120000, apps[0]);
      pool = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
    }
    const pid = (name: string, envName: string) =>
      apps.find((a) => a.name === name)?.child.pid ?? (Number(process.env[envName]) || undefined);
    const otherWorkers = Object.fromEntries(
      Array.from({ length: workerCount - 1 }, (_, i) => [workerName(i + 2), pid(workerName(i + 2), '')]),
    );
    const memory = new MemorySampler({
      api: pid('api', 'BENCH_API_PID'),
      worker: pid('worker', 'BENCH_WORKER_PID'),
      ...otherWorkers,
      meilisearch: meiliPid(urls.MEILI_URL),
    }).start();

    // The generated listings lie all over China, outside any one association's jurisdiction: a platform admin loads them.
    const signIn = async () => {
      const res = await fetch(`${api}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@platform.demo', password: 'Demo@2026' }),
      });
      if (!res.ok) throw new Error(`login as the demo platform admin failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const ctx: phase.Ctx = {
      api,
      token: await signIn(),
      relogin: async () => {
        ctx.token = await signIn();
      },
      meiliUrl: urls.MEILI_URL,
      meiliKey: process.env.MEILI_MASTER_KEY,
      indexPrefix: env.INDEX_PREFIX,
      queuePrefix: env.QUEUE_PREFIX,
      redisUrl: urls.REDIS_URL,
      db: pool,
      size,
      seed,
      batch: Number(opt('batch', '5000')),
      seconds: Number(opt('seconds', String(plan.seconds))),
      log,
    };
    const refresh = () => ctx.relogin();
    await phase.settleOutbox(ctx, 120000);

    const result: Record<string, unknown> = {
      size: sizeName,
      seed,
      counts: size,
      machine: machine(),
      workers: workerCount,
      notes: [] as string[],
    };
    const notes = result.notes as string[];
    // Written after every phase, so that a run stopped half-way still leaves its figures.
    const save = (partial: string | null) => {
      Object.assign(result, {
        partial,
        memory: memory.peek(),
        durationSeconds: Math.round((Date.now() - started) / 1000),
      });
      if (!partial) Object.assign(result, { memory: memory.stop() });
      fs.writeFileSync(path.join(logDir, `${sizeName}.json`), JSON.stringify(result, null, 2));
      if (writesDocs) writeDocs(ROOT, result);
    };
    if (runs('ingest')) {
      log('1. ingest through POST /api/v1/import/*');
      result.ingest = await phase.ingest(ctx, plan.ingestTimeoutS * 1000);
      for (const r of (result.ingest as { retries: string[] }).retries)
        notes.push(`An import request failed and was sent again (imports are idempotent): ${r}`);
      if (!(result.ingest as { complete: boolean }).complete)
        notes.push(
          `Ingest was not searchable within ${plan.ingestTimeoutS} s; the later rows ran on the part that was.`,
        );
      save('stopped after ingest');
    }
    const matching: Record<string, unknown> = {};
    if (runs('backlog')) {
      await refresh();
      log('3a. matching backlog left by the bulk import');
      const backlog = await phase.backlog(ctx, plan.backlogS, plan.probes);
      if (backlog.cancelled)
        notes.push(
          `The initial matching backlog was not finished after ${plan.backlogS} s; ${backlog.cancelled} runs were set aside so that the later rows run on an idle worker.`,
        );
      matching.backlog = backlog;
    }
    if (runs('search')) {
      log('2. search latency: API and raw Meilisearch, concurrency 1 and 16');
      await refresh();
      result.search = await phase.search(ctx);
      notes.push(...(result.search as { notes: string[] }).notes);
      save('stopped after search latency');
    }
    if (runs('latency')) {
      log('3b. matching latency of newly published needs');
      await refresh();
      const latency = await phase.matchLatency(ctx, plan.probes);
      log(`  p50 ${latency.p50} ms p95 ${latency.p95} ms`);
      matching.latency = latency;
    }
    if (runs('rematch')) {
      log('3c. full re-match of every need');
      await refresh();
      const rematch = await phase.rematch(ctx, plan.rematchS);
      if (rematch.done < rematch.requested)
        notes.push(
          `Full re-match stopped after ${plan.rematchS} s with ${rematch.done} of ${rematch.requested} needs done; the rate is over that window.`,
        );
      matching.rematch = rematch;
    }
    result.matching = matching;
    save('stopped after matching');
    if (runs('throughput')) {
      log('4. API throughput: read endpoints against GET /api/v1/ping');
      await refresh();
      result.throughput = await phase.throughput(ctx);
    }
    if (runs('reminders')) {
      log('5. reminders: dispatch of due reminders by the worker');
      result.reminders = await reminderDispatch(ctx, Number(opt('reminders', '0')) || undefined);
      save('stopped after reminders');
    }
    result.meiliTasks = await phase.meiliTasks(ctx);
    save(null);
    printTable(result);
    log(
      !writesDocs
        ? `results in ${logDir}/${sizeName}.json`
        : `wrote docs/benchmarks/${sizeName}.json and docs/benchmarks.md`,
    );
    return 0;
  } catch (err) {
    console.error(`benchmark harness failed: ${err instanceof Error ? err.stack : String(err)}`);
    for (const app of apps) console.error(`  ${app.name} log: ${app.log}`);
    return 1;
  } finally {
    await stop();
  }
}

void main().then((code) => process.exit(code));

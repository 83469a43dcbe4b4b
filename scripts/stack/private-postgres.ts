import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { asPostgresUser, postgresBin } from './local-servers';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL server of the test's own (Debian's binaries, a temporary data directory, a free port), so a test can
 * stop and restart it while the apps run without touching the server every other test uses.
 */
export class PrivatePostgres {
  private child: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-fault-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
    const [cmd, args] = asPostgresUser(postgresBin('initdb'), [
      '-D',
      dir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    execFileSync(cmd, args, { stdio: 'ignore' });
    const server = new PrivatePostgres(dir, await freePort());
    await server.start();
    return server;
  }

  /**
   * A streaming replica of `primary` (pg_basebackup with -R writes the standby settings), started on a free port; it
   * answers read-only queries and replays the primary's changes as they commit.
   */
  static async replicaOf(primary: PrivatePostgres): Promise<PrivatePostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-replica-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
    fs.chmodSync(dir, 0o700);
    const [cmd, args] = asPostgresUser(postgresBin('pg_basebackup'), [
      '-D',
      dir,
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-R',
      '-X',
      'stream',
      '--no-sync',
    ]);
    execFileSync(cmd, args, { stdio: 'ignore' });
    const replica = new PrivatePostgres(dir, await freePort());
    await replica.start();
    return replica;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server on its data directory (after a stop, as after a crash) and returns once it accepts a query. */
  async start(): Promise<void> {
    const [cmd, args] = asPostgresUser(postgresBin('postgres'), [
      '-D',
      this.dir,
      '-p',
      String(this.port),
      '-k',
      this.dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=100',
      '-c',
      'fsync=off',
    ]);
    const child = spawn(cmd, args, { stdio: 'ignore' });
    this.child = child;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the test's PostgreSQL exited with code ${child.exitCode}`);
      const client = new Client({ connectionString: this.url('postgres') });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('select 1');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200)); // the server is starting: ask again
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  }

  /** A fast shutdown: open sessions are cut off, in-flight transactions roll back, as on a restart. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const [cmd, args] = asPostgresUser(postgresBin('pg_ctl'), ['stop', '-D', this.dir, '-m', 'fast', '-w']);
    await new Promise<void>((resolve) => spawn(cmd, args, { stdio: 'ignore' }).once('exit', () => resolve()));
    await exited;
    this.child = null;
  }

  async query<T = Record<string, unknown>>(database: string, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

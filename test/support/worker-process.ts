import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

function startApp(entry: string, extra: Record<string, string> = {}): ChildProcess {
  const root = join(__dirname, '..', '..');
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * The worker (or the API, see startApi) as its own operating-system process, started the way production starts it
 * (from source here), with the test run's environment: its database, Redis prefix, index prefix, SMTP server and
 * platform clock.
 */
export class WorkerProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-20000);
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-20000);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(): WorkerProcess {
    return new WorkerProcess(startApp('apps/worker/src/main.ts'));
  }

  /**
   * The API as its own process (`apps/api/src/main.ts`, which also applies pending migrations) on this port; see
   * `baseUrl` and `ready`.
   */
  static startApi(port: number): WorkerProcess {
    const app = new WorkerProcess(startApp('apps/api/src/main.ts', { PORT: String(port) }));
    app.baseUrl = `http://127.0.0.1:${port}`;
    return app;
  }

  baseUrl = '';

  /** Whether the API process answers its health check (all servers up). */
  async ready(): Promise<boolean> {
    if (this.child.exitCode !== null)
      throw new Error(`the API process exited with ${this.child.exitCode}:\n${this.output}`);
    const res = await fetch(`${this.baseUrl}/api/v1/health`).catch(() => null);
    return res?.status === 200;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The last lines it wrote, for a failing test's message. */
  get log(): string {
    return this.output;
  }

  /** SIGKILL: no shutdown hook runs, in-flight transactions are cut off. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10000);
    await this.exited;
    clearTimeout(timer);
  }
}

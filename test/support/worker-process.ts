import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The worker as its own operating-system process, started the way production starts it (from source here), with the
 * test run's environment: its database, Redis prefix, index prefix, SMTP server and platform clock.
 */
export class WorkerProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => { this.output = (this.output + d.toString()).slice(-20000); });
    child.stderr?.on('data', (d: Buffer) => { this.output = (this.output + d.toString()).slice(-20000); });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(): WorkerProcess {
    const root = join(__dirname, '..', '..');
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: root, env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new WorkerProcess(child);
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

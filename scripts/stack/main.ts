import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { API_NODE_FLAGS, WORKER_NODE_FLAGS } from './node-flags';
import http from 'node:http';
import { DEFAULT_URLS, ensureServers, ROOT, Started, stopAll } from './local-servers';

/** `start`: the whole marketplace with demo data. `test`: the static checks, then every test against real servers. */

const env = {
  ...DEFAULT_URLS,
  ...Object.fromEntries(
    Object.keys(DEFAULT_URLS)
      .filter((k) => process.env[k])
      .map((k) => [k, process.env[k] as string]),
  ),
};
const port = Number(process.env.PORT ?? 3000);
const childEnv = { ...process.env, ...env, PORT: String(port) };

function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...childEnv, ...extraEnv } });
  return result.status ?? 1;
}

function must(cmd: string, args: string[]) {
  const code = run(cmd, args);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${code}`);
}

function waitForHealth(url: string, timeoutMs = 60000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      http
        .get(url, (res) => {
          res.resume();
          if (res.statusCode === 200) return resolve();
          retry();
        })
        .on('error', retry);
    };
    const retry = () =>
      Date.now() - start > timeoutMs ? reject(new Error(`${url} did not become healthy`)) : setTimeout(attempt, 300);
    attempt();
  });
}

async function start(servers: Started[]) {
  console.log('• Building the API, the worker and the web console…');
  must('npx', ['nest', 'build', 'api']);
  must('npx', ['nest', 'build', 'worker']);
  must('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn']);
  console.log('• Migrating and loading demo data…');
  must('node', ['dist/apps/api/main.js', 'migrate']);
  must('node', ['dist/apps/api/main.js', 'seed']);
  const apps: ChildProcess[] = [
    spawn('node', [...API_NODE_FLAGS, 'dist/apps/api/main.js'], { cwd: ROOT, stdio: 'inherit', env: childEnv }),
    spawn('node', [...WORKER_NODE_FLAGS, 'dist/apps/worker/main.js'], { cwd: ROOT, stdio: 'inherit', env: childEnv }),
  ];
  const managed: Started[] = [...servers, ...apps.map((child, i) => ({ name: i ? 'worker' : 'api', child }))];
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\n• Stopping…');
    await stopAll(managed);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  for (const child of apps)
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`A process exited (${code}); stopping.`);
        void stop(1);
      }
    });
  await waitForHealth(`http://127.0.0.1:${port}/api/v1/health`);
  console.log(`
  Marketplace is running.
    Web console:     http://127.0.0.1:${port}/
    API docs:        http://127.0.0.1:${port}/api/docs
    Health:          http://127.0.0.1:${port}/api/v1/health
    Queue dashboard: http://127.0.0.1:${port}/admin/queues  (sign in as admin)
    Coordinator:     coordinator@gdast.demo / Demo@2026   (广东省科协)
    Admin:           admin@platform.demo / Demo@2026
  Logs below show warnings and errors; LOG_LEVEL=debug npm start adds every request and job.
  Press Ctrl-C to stop.
`);
}

/** Typecheck (every tsconfig), lint and format check: they need no server, so a failure stops the run in seconds. */
function staticChecks(): number {
  const checks: [name: string, args: string[]][] = [
    ['typecheck: api, worker, libs, scripts, tests (tsconfig.json)', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['typecheck: web console (apps/web/tsconfig.json)', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']],
    // No --cache here: ESLint's cache ignores type information from other files, so only a full run is a verdict.
    ['lint (eslint.config.mjs)', ['eslint', '.', '--max-warnings', '0']],
    ['format (prettier --check)', ['prettier', '--check', '.', '--log-level', 'warn']],
  ];
  for (const [name, args] of checks) {
    console.log(`• Static checks: ${name}…`);
    const code = run('npx', args);
    if (code !== 0) {
      console.error(
        `✗ ${name} failed (exit code ${code}); no test ran. \`npm run check\` repeats the checks, \`npm run format\` fixes the formatting.`,
      );
      return code;
    }
  }
  return 0;
}

async function test(servers: Started[], extraArgs: string[]): Promise<number> {
  const jest = ['jest', '--ci', ...extraArgs];
  let code = run('npx', [...jest, '--selectProjects', 'unit']);
  if (code === 0) code = run('npx', [...jest, '--selectProjects', 'e2e', '--runInBand', '--forceExit']);
  if (code === 0) code = run('npx', [...jest, '--selectProjects', 'cluster', '--runInBand', '--forceExit']);
  if (code === 0) code = run('npx', [...jest, '--selectProjects', 'browser', '--runInBand', '--forceExit']);
  if (code === 0) code = run('npx', [...jest, '--selectProjects', 'quality', '--runInBand', '--forceExit']);
  // Benchmark smoke run (tiny size): fails only when the harness breaks, never for a missed target.
  if (code === 0)
    code = run('node', [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'scripts/bench/run.ts',
      '--size',
      'tiny',
      '--no-docs',
    ]);
  await stopAll(servers);
  return code;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'start' && command !== 'test') {
    console.error('usage: main.ts start|test');
    process.exit(2);
  }
  if (command === 'test') {
    const code = staticChecks();
    if (code !== 0) process.exit(code);
  }
  let servers: Started[] = [];
  try {
    servers = await ensureServers(env);
  } catch (err) {
    console.error(`Could not start the local servers: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll(servers);
    process.exit(1);
  }
  if (command === 'start') {
    try {
      await start(servers);
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      await stopAll(servers);
      process.exit(1);
    }
  } else {
    process.exit(await test(servers, rest));
  }
}

void main();

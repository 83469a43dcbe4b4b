import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function boot(app: 'api' | 'worker', env: NodeJS.ProcessEnv) {
  return spawnSync(
    'node',
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60000,
    },
  );
}

describe('boot', () => {
  it('exits with one clear line naming the unreachable server, the URL and how to start it', () => {
    const result = boot('api', { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*Start the local stack with "npm start", or set REDIS_URL/,
    );
  });

  it('names the Redis Cluster seeds when REDIS_CLUSTER_NODES is set and the cluster does not answer', () => {
    const result = boot('worker', { REDIS_CLUSTER_NODES: '127.0.0.1:1' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Cannot reach Redis Cluster at 127\.0\.0\.1:1 .*set REDIS_CLUSTER_NODES/);
  });

  it('hides the database password in that line', () => {
    const result = boot('worker', { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/x' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot reach PostgreSQL at postgres://u:***@127.0.0.1:1/x');
    expect(result.stderr).not.toContain('secret');
  });

  it('refuses an invalid configuration before touching any server', () => {
    const result = boot('api', { PORT: 'not-a-port' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });
});

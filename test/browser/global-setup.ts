import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import isolatedRun from '../support/global-setup';

const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'apps/web');

/** Newest modification time under the console's sources (src, index.html, vite.config.mts). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The run's own database, Redis prefix and indexes (as for e2e), and a built console no older than its sources. */
export default async function browserGlobalSetup(): Promise<void> {
  await isolatedRun();
  const index = path.join(WEB, 'dist/index.html');
  const sources = Math.max(
    newestSource(path.join(WEB, 'src')),
    statSync(path.join(WEB, 'index.html')).mtimeMs,
    statSync(path.join(WEB, 'vite.config.mts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('\nBuilding the web console (apps/web)…');
  // NODE_ENV=production: under Jest it is "test", which would bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build', 'apps/web', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) throw new Error(`vite build apps/web failed (exit ${result.status})`);
}

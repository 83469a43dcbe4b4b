import { IndexCheck } from '@app/search';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { postgresBin } from '../scripts/stack/local-servers';
import { needs, providers } from './support/fixtures';
import { isolatedRun } from './support/isolated-run';
import { ownDatabase } from './support/own-database';
import { waitUntil } from './support/settle';
import { PASSWORD, TestStack } from './support/stack';
import { withDatabase } from './support/test-env';

const COUNTS = `select (select count(*) from needs)::int as needs, (select count(*) from providers)::int as providers,
  (select count(*) from capabilities)::int as capabilities, (select count(*) from matches)::int as matches,
  (select count(*) from match_list_tails)::int as tails, (select count(*) from match_runs where status = 'ready')::int as "readyRuns",
  (select count(*) from reminders where status = 'pending')::int as "pendingReminders", (select count(*) from notifications)::int as notifications`;

/**
 * The drill of docs/operations.md: pg_dump of a populated deployment, pg_restore into a fresh database, the apps
 * started on it with an empty Redis and an empty Meilisearch (new prefixes). Without any manual step the worker
 * rebuilds the indexes from PostgreSQL; every listing is searchable, every match list and pending reminder is there,
 * and the counts equal the source's.
 */
describe('disaster recovery drill: pg_dump, restore into a fresh database with empty Redis and Meilisearch', () => {
  const tag = `dr${Date.now().toString(36)}`;
  const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dr-drill-')), 'marketplace.dump');
  const restoredName = `${process.env.E2E_DATABASE}_drrestored`;
  let source: Awaited<ReturnType<typeof ownDatabase>>;
  let before: Record<string, number>;
  let sample: { needId: string; title: string; matches: unknown };
  let stack: TestStack | null = null;
  let run: ReturnType<typeof isolatedRun> | null = null;

  afterAll(async () => {
    await stack?.stop();
    await run?.restore();
    await source?.drop();
    const admin = new Client({ connectionString: process.env.E2E_BASE_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${restoredName}" with (force)`);
    await admin.end();
    fs.rmSync(path.dirname(dump), { recursive: true, force: true });
  });

  it('populates a deployment and backs it up with pg_dump', async () => {
    source = await ownDatabase('drsource');
    run = isolatedRun('drs', source.url);
    stack = await TestStack.start();
    const coordinator = await stack.coordinator(`coord-${tag}@dr.test`, `${tag} 广东省科协`, '440000');
    const as = (req: import('supertest').Test) => req.auth(coordinator.token, { type: 'bearer' });
    expect((await as(stack.http.post('/api/v1/import/providers')).send({ items: providers(tag) })).body.failed).toEqual(
      [],
    );
    const imported = await as(stack.http.post('/api/v1/import/needs')).send({
      items: [1, 2].flatMap((i) => needs(`${tag}-${i}`)),
    });
    expect(imported.body.failed).toEqual([]);
    await stack.settle();
    const needId = imported.body.ids[`${tag}-1-n-battery`];
    sample = {
      needId,
      title: '锂电池正极材料研发',
      matches: (
        await stack.http.get(`/api/v1/needs/${needId}/matches?limit=50`).auth(coordinator.token, { type: 'bearer' })
      ).body,
    };
    expect((sample.matches as { status: string }).status).toBe('ready');
    [before] = await stack.db.query(COUNTS);
    expect(before).toMatchObject({ needs: 8, matches: expect.any(Number), pendingReminders: expect.any(Number) });
    expect(before.matches).toBeGreaterThan(0);
    expect(before.pendingReminders).toBeGreaterThan(0);
    await stack.stop();
    stack = null;
    await run.restore(); // the source's Redis keys and indexes are gone with it
    run = null;

    execFileSync(postgresBin('pg_dump'), ['--format=custom', `--file=${dump}`, source.url]);
    expect(fs.statSync(dump).size).toBeGreaterThan(0);
  });

  it('restores into a fresh database; the apps rebuild the index by themselves and every count is equal', async () => {
    const admin = new Client({ connectionString: process.env.E2E_BASE_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database "${restoredName}"`);
    await admin.end();
    const restored = withDatabase(process.env.E2E_BASE_DATABASE_URL!, restoredName);
    execFileSync(postgresBin('pg_restore'), [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${restored}`,
      dump,
    ]);

    run = isolatedRun('drr', restored); // an empty Redis prefix and no index at all
    stack = await TestStack.start();
    const check = stack.api.get(IndexCheck);
    await waitUntil(async () => (await check.check()).differences.length === 0, 500); // the worker's first sweep finds the lost indexes
    await stack.settle();

    const [after] = await stack.db.query(COUNTS);
    expect(after).toEqual(before);
    const found = await stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent(sample.title)}&limit=50`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(sample.needId);
    const login = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: `coord-${tag}@dr.test`, password: PASSWORD }); // the restored account
    expect(login.status).toBe(200);
    const matches = await stack.http
      .get(`/api/v1/needs/${sample.needId}/matches?limit=50`)
      .auth(login.body.accessToken, { type: 'bearer' });
    expect(matches.body).toEqual(sample.matches);
  });
});

import { JobDispatcher, QueueName } from '@app/queue';
import { SearchSyncService } from '@app/search';
import { randomUUID } from 'node:crypto';
import { needs, providers } from './support/fixtures';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';

/**
 * During a bulk load, a provider's run waits until the search index has caught up (its candidate needs come from the
 * index), and then goes on by itself: nothing asked for is lost. A need's run does not wait: its candidates come from
 * the evidence index, which reads PostgreSQL.
 */
describe('matching while the search index is behind', () => {
  let stack: TestStack;
  let coordinator: string;
  const tag = `w${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await TestStack.start();
    ({ token: coordinator } = await stack.coordinator('coord@wait.test', '广东省科协（等待测试）', '440000'));
  });
  afterAll(async () => {
    await stack.stop();
  });

  const runOf = async (needId: string) =>
    (await stack.db.query('select status from match_runs where subject_id = $1', [needId]))[0]?.status as string;

  it('holds a provider re-match while thousands of index changes are pending, ranks needs meanwhile, and runs it once they are indexed', async () => {
    const post = (path: string, body: object) => stack.http.post(path).auth(coordinator, { type: 'bearer' }).send(body);
    const importedProviders = await post('/api/v1/import/providers', { items: providers(tag) });
    const providerId = Object.values(importedProviders.body.ids as Record<string, string>)[0];
    const imported = await post('/api/v1/import/needs', { items: needs(tag).slice(0, 1) });
    const needId = imported.body.ids[`${tag}-n-battery`] as string;
    await stack.settle();
    expect([await runOf(needId), await runOf(providerId)]).toEqual(['ready', 'ready']);

    await stack.api.get(SearchSyncService).whileDrainPaused(async () => {
      // A bulk load's worth of index changes that the (paused) drain has not applied yet.
      const ghosts = Array.from({ length: 2500 }, () => randomUUID());
      await stack.db.query(
        `insert into outbox_events (aggregate_type, aggregate_id) select 'need', unnest($1::uuid[])`,
        [ghosts],
      );
      await stack.db.query(
        `update match_runs set status = 'pending', requested_at = now() where subject_id = any($1)`,
        [[needId, providerId]],
      );
      await stack.api.get(JobDispatcher).enqueue('matching.provider', { providerId });
      await stack.api.get(JobDispatcher).enqueue('matching.need', { needId });
      // The drain is held here, so nothing settles: wait on the run itself (the test's timeout guards a hang).
      await waitUntil(async () => (await runOf(needId)) === 'ready');
      expect(await runOf(providerId)).toBe('pending');
    });

    await stack.settle();
    expect(await runOf(providerId)).toBe('ready');
    const pending = await stack.db.query('select count(*)::int as n from outbox_events where processed_at is null');
    expect(pending[0].n).toBe(0);
  }, 900000);

  it('refreshes nightly the needs ranked by an older algorithm and those ranked longest ago, not the rest', async () => {
    const post = (path: string, body: object) => stack.http.post(path).auth(coordinator, { type: 'bearer' }).send(body);
    const imported = await post('/api/v1/import/needs', { items: needs(tag).slice(1) });
    const [old, outdated, fresh] = ['n-shrimp', 'n-welding', 'n-bamboo'].map(
      (k) => imported.body.ids[`${tag}-${k}`] as string,
    );
    await stack.settle();
    for (const id of [old, outdated, fresh]) expect(await runOf(id)).toBe('ready');
    const runs = async () =>
      Object.fromEntries(
        (
          await stack.db.query(
            'select subject_id, algorithm_version, finished_at from match_runs where subject_id = any($1)',
            [[old, outdated, fresh]],
          )
        ).map((r: { subject_id: string; algorithm_version: string; finished_at: Date }) => [r.subject_id, r]),
      );
    // The shared database's other needs count as ranked before this file's fresh one, whatever their number.
    await stack.db.query(`update match_runs set finished_at = now() where subject_type = 'need' and status = 'ready'`);
    await stack.db.query(`update match_runs set finished_at = now() + interval '1 hour' where subject_id = $1`, [
      fresh,
    ]);
    await stack.db.query(`update match_runs set finished_at = now() - interval '30 days' where subject_id = $1`, [old]);
    await stack.db.query(`update match_runs set algorithm_version = 'ranker-retired' where subject_id = $1`, [
      outdated,
    ]);
    const before = await runs();

    await stack.api.get(JobDispatcher).enqueue('matching.refresh-all', {});
    await stack.settle(); // the refresh job, then the runs it marked pending
    const after = await runs();
    expect(after[old].finished_at.getTime()).toBeGreaterThan(before[old].finished_at.getTime());
    expect(after[outdated].algorithm_version).not.toBe('ranker-retired');
    expect(after[fresh].finished_at).toEqual(before[fresh].finished_at);
  }, 900000);

  it('ranks a need published by hand at once, while the outbox drain is held up (say, behind Meilisearch tasks)', async () => {
    const post = (path: string, body: object) => stack.http.post(path).auth(coordinator, { type: 'bearer' }).send(body);
    const row = { ...needs(tag)[0], externalId: `${tag}-n-held`, title: '锂电池正极材料循环寿命提升' };
    await stack.api.get(SearchSyncService).whileDrainPaused(async () => {
      const imported = await post('/api/v1/import/needs', { items: [row] });
      expect(imported.status).toBe(200);
      const needId = imported.body.ids[row.externalId] as string;
      // Nothing drains while this callback runs: the run can only have been queued by the import itself.
      await waitUntil(async () => (await runOf(needId)) === 'ready');
      const pending = await stack.db.query(
        'select count(*)::int as n from outbox_events where processed_at is null and aggregate_id = $1',
        [needId],
      );
      expect(pending[0].n).toBeGreaterThan(0);
      const matches = await stack.http.get(`/api/v1/needs/${needId}/matches`).auth(coordinator, { type: 'bearer' });
      expect(matches.body.status).toBe('ready');
    });
    await stack.settle();
  }, 900000);

  it('ranks a need published by hand while every bulk matching job waits (its own queue, not behind a bulk job)', async () => {
    const post = (path: string, body: object) => stack.http.post(path).auth(coordinator, { type: 'bearer' }).send(body);
    const bulk = stack.api.get(JobDispatcher).queue(QueueName.Matching);
    const row = { ...needs(tag)[0], externalId: `${tag}-n-beside-bulk`, title: '储能电池热失控预警' };
    await bulk.pause();
    try {
      const imported = await post('/api/v1/import/needs', { items: [row] });
      const needId = imported.body.ids[row.externalId] as string;
      // The bulk queue takes nothing while paused: only the need's own queue can rank it.
      await waitUntil(async () => (await runOf(needId)) === 'ready');
      expect(await bulk.isPaused()).toBe(true);
      const matches = await stack.http.get(`/api/v1/needs/${needId}/matches`).auth(coordinator, { type: 'bearer' });
      expect(matches.body.items.length).toBeGreaterThan(0);
    } finally {
      await bulk.resume();
    }
    await stack.settle();
  }, 900000);
});

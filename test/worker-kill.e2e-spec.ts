import { ALL_QUEUES, JobDispatcher, QueueName } from '@app/queue';
import { IndexCheck } from '@app/search';
import { needs, providers } from './support/fixtures';
import { isolatedRun } from './support/isolated-run';
import { ownDatabase } from './support/own-database';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

/**
 * A bulk import's follow-up work (indexing, then matching) with the worker SIGKILLed in the middle of each kind of
 * job: first while it drains the outbox into Meilisearch, then while it ranks needs. Two fresh workers, side by side,
 * then finish it: the index equals PostgreSQL, every run is ready once, every list is whole. (Reminders and e-mail:
 * test/reminders-crash.e2e-spec.ts kills a worker mid-send.)
 */
describe('a worker SIGKILLed during indexing and during matching: the work completes exactly once after restart', () => {
  const tag = `wk${Date.now().toString(36)}`;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let run: ReturnType<typeof isolatedRun>;
  let stack: TestStack;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await ownDatabase('workerkill');
    run = isolatedRun('wk', database.url);
    stack = await TestStack.start({ worker: false });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await stack?.stop();
    await run?.restore();
    await database?.drop();
  });

  it('indexes and ranks a bulk import exactly once although two workers die mid-job', async () => {
    const jobs = stack.api.get(JobDispatcher);
    for (const name of ALL_QUEUES) await jobs.queue(name).pause(); // the import's jobs wait until a worker is there to die
    const coordinator = await stack.coordinator(`coord-${tag}@kill.test`, `${tag} 广东省科协`, '440000');
    const as = (req: import('supertest').Test) => req.auth(coordinator.token, { type: 'bearer' });
    const providerRows = Array.from({ length: 6 }, (_, i) => providers(`${tag}-${i}`)).flat();
    expect((await as(stack.http.post('/api/v1/import/providers')).send({ items: providerRows })).body.failed).toEqual(
      [],
    );
    const needRows = Array.from({ length: 30 }, (_, i) => needs(`${tag}-${i}`)).flat();
    const imported = await as(stack.http.post('/api/v1/import/needs')).send({ items: needRows });
    expect(imported.body.failed).toEqual([]);
    const needIds = Object.values<string>(imported.body.ids);
    const pendingOutbox = async () =>
      (await stack.db.query('select count(*)::int as n from outbox_events where processed_at is null'))[0].n as number;
    const pendingRuns = async () =>
      (await stack.db.query(`select count(*)::int as n from match_runs where status = 'pending'`))[0].n as number;
    const active = async (queue: QueueName) => (await jobs.queue(queue).getActiveCount()) > 0;

    // 1. Killed while draining the outbox into the index (matching still held back).
    await jobs.queue(QueueName.SearchSync).resume();
    const indexer = WorkerProcess.start();
    workers.push(indexer);
    await waitUntil(() => active(QueueName.SearchSync), 10);
    await indexer.kill();
    expect(await pendingOutbox()).toBeGreaterThan(0); // it died with indexing unfinished

    // 2. Killed while ranking needs.
    for (const name of ALL_QUEUES) await jobs.queue(name).resume();
    const ranker = WorkerProcess.start();
    workers.push(ranker);
    await waitUntil(async () => (await active(QueueName.Matching)) && (await pendingOutbox()) === 0, 10);
    await ranker.kill();
    expect(await pendingRuns()).toBeGreaterThan(0); // it died with ranking unfinished

    // 3. Two fresh workers side by side take over what the dead ones held.
    workers.push(WorkerProcess.start(), WorkerProcess.start());
    await stack.settle();

    const check = await stack.api.get(IndexCheck).check();
    expect(check.differences).toEqual([]);
    expect(check.counts.needs).toEqual({ database: needIds.length, index: needIds.length });
    const runs: { status: string; n: number }[] = await stack.db.query(
      `select status, count(*)::int as n from match_runs group by status`,
    );
    expect(runs).toEqual([{ status: 'ready', n: needIds.length + providerRows.length }]);
    // Each list is whole and computed for the need's current revision, with no pair twice.
    const lists: { need_id: string; pairs: number; distinct_pairs: number }[] = await stack.db.query(
      `select need_id, count(*)::int as pairs, count(distinct provider_id)::int as distinct_pairs from matches group by need_id`,
    );
    for (const list of lists) expect(list.pairs).toBe(list.distinct_pairs);
    expect(lists.length).toBeGreaterThan(needIds.length / 2);
    expect(workers.slice(2).every((w) => w.child.exitCode === null)).toBe(true);
  }, 600000);
});

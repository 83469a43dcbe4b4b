import { runPlatformMigrations } from '@app/platform';
import { needs, providers } from './support/fixtures';
import { isolatedRun } from './support/isolated-run';
import { PrivatePostgres } from './support/private-postgres';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';

/**
 * With DATABASE_REPLICA_URL set, match lists are read from a streaming replica of the test's own PostgreSQL. The
 * replica only takes load off the primary: a replica that lags behind (replay paused) or is gone altogether changes
 * no answer, and the API goes back to it by itself once it is up again.
 */
describe('a PostgreSQL read replica for match lists', () => {
  const tag = `rr${Date.now().toString(36)}`;
  let primary: PrivatePostgres;
  let replica: PrivatePostgres;
  let run: ReturnType<typeof isolatedRun>;
  let stack: TestStack;
  let coordinator: string;

  /** Index scans the replica itself has served on match_runs: every match list read asks that table once. */
  const replicaReads = async () =>
    Number(
      (
        await replica.query<{ n: string }>(
          'marketplace',
          `select coalesce(idx_scan, 0) + coalesce(seq_scan, 0) as n from pg_stat_user_tables where relname = 'match_runs'`,
        )
      )[0]?.n ?? 0,
    );
  const matchList = (needId: string) =>
    stack.http.get(`/api/v1/needs/${needId}/matches?limit=10`).auth(coordinator, { type: 'bearer' });
  const post = (path: string, body: object) => stack.http.post(path).auth(coordinator, { type: 'bearer' }).send(body);

  beforeAll(async () => {
    primary = await PrivatePostgres.create();
    await primary.query('postgres', 'create database marketplace');
    await runPlatformMigrations(primary.url('marketplace'));
    replica = await PrivatePostgres.replicaOf(primary);
    run = isolatedRun('rr', primary.url('marketplace'));
    process.env.DATABASE_REPLICA_URL = replica.url('marketplace');
    stack = await TestStack.start();
    ({ token: coordinator } = await stack.coordinator(`coord-${tag}@rr.test`, `${tag} 广东省科协`, '440000'));
    expect((await post('/api/v1/import/providers', { items: providers(tag) })).status).toBe(200);
  });

  afterAll(async () => {
    await stack?.stop();
    delete process.env.DATABASE_REPLICA_URL;
    await run?.restore();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('serves a ready match list from the replica once it has replayed the run', async () => {
    const imported = await post('/api/v1/import/needs', { items: needs(tag).slice(0, 1) });
    const needId = imported.body.ids[`${tag}-n-battery`] as string;
    await stack.settle();
    const fromPrimary = (await primary.query<{ n: string }>('marketplace', 'select count(*) as n from matches'))[0].n;
    expect(Number(fromPrimary)).toBeGreaterThan(0);

    // The replica answers once it has replayed the run; each poll before that fell back to the primary.
    const before = await replicaReads();
    await waitUntil(async () => (await matchList(needId)).body.status === 'ready' && (await replicaReads()) > before);
    const list = await matchList(needId);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });

  it('answers from the primary a need the replica has not replayed yet', async () => {
    await replica.query('marketplace', 'select pg_wal_replay_pause()');
    try {
      const imported = await post('/api/v1/import/needs', { items: needs(tag).slice(1, 2) });
      const needId = imported.body.ids[`${tag}-n-shrimp`] as string;
      await stack.settle();
      const onReplica = await replica.query('marketplace', `select 1 from needs where id = '${needId}'`);
      expect(onReplica).toEqual([]);
      const list = await matchList(needId);
      expect(list.status).toBe(200);
      expect(list.body.status).toBe('ready');
      expect(list.body.items.length).toBeGreaterThan(0);
    } finally {
      await replica.query('marketplace', 'select pg_wal_replay_resume()');
    }
  });

  it('keeps answering while the replica is down, and goes back to it once it is up', async () => {
    const needId = (await primary.query<{ id: string }>('marketplace', 'select id from needs limit 1'))[0].id;
    await replica.stop();
    for (let i = 0; i < 5; i++) {
      const list = await matchList(needId);
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThan(0);
    }
    await replica.start();
    const before = await replicaReads();
    // The API retries the replica a few seconds after it failed; until then the primary answers (checked each time).
    const statuses = new Set<number>();
    await waitUntil(async () => {
      statuses.add((await matchList(needId)).status);
      return (await replicaReads()) > before;
    });
    expect([...statuses]).toEqual([200]);
  });
});

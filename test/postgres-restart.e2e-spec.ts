import { IndexCheck } from '@app/search';
import { runPlatformMigrations } from '@app/platform';
import { isolatedRun } from './support/isolated-run';
import { PrivatePostgres } from './support/private-postgres';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

type Phase = 'before' | 'outage' | 'after';
interface Outcome {
  phase: Phase;
  what: string;
  status: number;
  code?: string;
}

/** Requests each phase must see (counted, not timed: a busy machine makes the phases longer, never shorter). */
const PER_PHASE = 24;

/**
 * PostgreSQL (a server of this test's own, so the one every other test uses stays up) is shut down while an enterprise
 * and a coordinator keep working through the API, then started again. During the outage every request that needs the
 * database answers 503 DATABASE_UNAVAILABLE, never 500; afterwards the API and the worker process carry on without a
 * restart, and nothing is lost or half-applied: every need is in the state its last answered step left it, and the
 * index and the match lists follow PostgreSQL.
 */
describe('PostgreSQL restarted mid-traffic: 503 with a code, never 500, and the apps reconnect by themselves', () => {
  const tag = `pg${Date.now().toString(36)}`;
  let pg: PrivatePostgres;
  let run: ReturnType<typeof isolatedRun>;
  let stack: TestStack;
  let worker: WorkerProcess;
  const t = { owner: '', coordinator: '' };

  beforeAll(async () => {
    pg = await PrivatePostgres.create();
    await pg.query('postgres', 'create database marketplace');
    await runPlatformMigrations(pg.url('marketplace'));
    run = isolatedRun('pg', pg.url('marketplace'));
    stack = await TestStack.start({ worker: false });
    worker = WorkerProcess.start();
    t.owner = (
      await stack.user(`owner-${tag}@pg.test`, {
        organization: { type: 'enterprise', name: `${tag} 韶关钢铁`, regionCode: '440200' },
      })
    ).token;
    t.coordinator = (await stack.coordinator(`coord-${tag}@pg.test`, `${tag} 韶关市科协`, '440200')).token;
  });

  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await run?.restore();
    await pg?.destroy();
  });

  it('answers 503 DATABASE_UNAVAILABLE during the outage, recovers without a restart, and loses or half-applies nothing', async () => {
    const outcomes: Outcome[] = [];
    /** Needs the traffic created, with the last step the API confirmed for each. */
    const confirmed = new Map<string, 'draft' | 'submitted' | 'published'>();
    let phase: Phase = 'before';
    let stopping = false;
    const call = async (what: string, req: import('supertest').Test) => {
      const started = phase;
      const res = await req;
      // A request under way when the server stopped belongs to the outage; 'after' ones began once it was back.
      const seenIn: Phase = started === 'after' ? 'after' : phase === 'before' ? 'before' : 'outage';
      outcomes.push({ phase: seenIn, what, status: res.status, code: res.body?.code });
      return res;
    };
    const as = (token: string, req: import('supertest').Test) => req.auth(token, { type: 'bearer' });
    let n = 0;
    const lane = async () => {
      while (!stopping) {
        const i = ++n;
        const created = await call(
          'create',
          as(t.owner, stack.http.post('/api/v1/needs')).send({
            title: `${tag} 高炉煤气余热回收 ${i}`,
            description: '高炉煤气余压余热利用效率偏低，寻求发电与换热优化方案。',
            keywords: [tag, '余热回收'],
            region: '韶关',
          }),
        );
        if (created.status === 201) {
          confirmed.set(created.body.id, 'draft');
          if (
            (await call('submit', as(t.owner, stack.http.post(`/api/v1/needs/${created.body.id}/submit`)))).status ===
            200
          ) {
            confirmed.set(created.body.id, 'submitted');
            if (
              (await call('approve', as(t.coordinator, stack.http.post(`/api/v1/needs/${created.body.id}/approve`))))
                .status === 200
            )
              confirmed.set(created.body.id, 'published');
          }
        }
        await call('list', as(t.owner, stack.http.get('/api/v1/needs?mine=true&limit=5')));
        await call('inbox', as(t.owner, stack.http.get('/api/v1/notifications/unread-count')));
        await call('public read', stack.http.get('/api/v1/needs?limit=5'));
      }
    };
    const seen = (p: Phase) => outcomes.filter((o) => o.phase === p).length;
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((r) => setTimeout(r, 20));
    };

    const lanes = [lane(), lane()];
    await until(() => seen('before') >= PER_PHASE);
    phase = 'outage';
    await pg.stop();
    await until(() => seen('outage') >= PER_PHASE);
    const en = await stack.http
      .get('/api/v1/needs?mine=true')
      .auth(t.owner, { type: 'bearer' })
      .set('Accept-Language', 'en');
    expect(en.status).toBe(503);
    expect(en.body).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is temporarily unavailable; please retry shortly',
    });
    expect(en.headers['retry-after']).toBe('5');
    await pg.start();
    phase = 'after';
    await until(() => seen('after') >= PER_PHASE);
    stopping = true;
    await Promise.all(lanes);

    const byPhase = (p: Phase) => outcomes.filter((o) => o.phase === p);
    expect(outcomes.filter((o) => o.status >= 500 && o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(byPhase('before').every((o) => o.status < 300)).toBe(true);
    const outage = byPhase('outage').filter((o) => o.status >= 300);
    expect(outage.length).toBeGreaterThan(0);
    expect(outage.every((o) => o.status === 503 && o.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    // Requests begun once PostgreSQL was back all succeed: no stale connection is handed out, nothing needs a restart.
    expect(byPhase('after').filter((o) => o.status >= 300)).toEqual([]);
    expect(worker.child.exitCode).toBeNull();

    // Nothing half-applied: each need is exactly where its last confirmed step left it, or one step further when the
    // answer was lost with the connection (its commit had happened); published ones have their outbox row and match run.
    const rows: { id: string; status: string; outbox: number; runs: number }[] = await stack.db.query(
      `select n.id, n.status, (select count(*) from outbox_events e where e.aggregate_id = n.id)::int as outbox,
              (select count(*) from match_runs r where r.subject_id = n.id)::int as runs
         from needs n where n.title like $1`,
      [`${tag} %`],
    );
    const order = ['draft', 'submitted', 'published'];
    for (const row of rows) {
      const last = confirmed.get(row.id);
      if (last) expect(order.indexOf(row.status) - order.indexOf(last)).toBeGreaterThanOrEqual(0);
      if (last) expect(order.indexOf(row.status) - order.indexOf(last)).toBeLessThanOrEqual(1);
      if (row.status === 'published') expect(row).toMatchObject({ runs: 1 });
      if (row.status === 'published') expect(row.outbox).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => !confirmed.has(r.id)).length).toBeLessThanOrEqual(2); // a create whose answer was lost, per lane

    // The worker reconnected by itself: the jobs that failed during the outage are redone from PostgreSQL.
    await stack.settle();
    expect((await stack.api.get(IndexCheck).check()).differences).toEqual([]);
    const published = rows.filter((r) => r.status === 'published').map((r) => r.id);
    expect(published.length).toBeGreaterThan(0);
    const runs: { status: string }[] = await stack.db.query(
      `select status from match_runs where subject_id = any($1)`,
      [published],
    );
    expect(runs.every((r) => r.status === 'ready')).toBe(true);
  });

  it('has the server end a transaction its client leaves idle, so a process waiting on something else cannot hold row locks for good', async () => {
    const [setting] = await stack.db.query<Record<string, string>[]>('show idle_in_transaction_session_timeout');
    expect(setting.idle_in_transaction_session_timeout).toBe('10min');
  });
});

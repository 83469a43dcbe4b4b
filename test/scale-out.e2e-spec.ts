import { DAY_MS } from '@app/common';
import { MatchingService } from '@app/matching';
import request from 'supertest';
import { testClock } from './support/brokerage-fixtures';
import { needs, providers } from './support/fixtures';
import { isolatedRun } from './support/isolated-run';
import { MailSink } from './support/mail-sink';
import { ownDatabase } from './support/own-database';
import { freePort } from './support/private-postgres';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

type Row = { need_id: string; provider_id: string; score: number };

/**
 * Two API processes and two worker processes on the same servers, as a deployment behind a load balancer runs them:
 * writes go through either API, jobs to either worker. The match lists are the ones a single process computes from
 * scratch, both APIs serve the same lists, and each due reminder sends one e-mail.
 */
describe('two API and two worker processes side by side: the same matches, one e-mail per reminder', () => {
  const tag = `sx${Date.now().toString(36)}`;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let run: ReturnType<typeof isolatedRun>;
  let sink: MailSink;
  let stack: TestStack;
  const apps: WorkerProcess[] = [];

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    testClock.advance(181 * DAY_MS); // listings imported now are due for re-confirmation by the platform clock
    database = await ownDatabase('scaleout');
    run = isolatedRun('sx', database.url);
    stack = await TestStack.start({ worker: false }); // in this process: accounts for the test, and a from-scratch ranking
    apps.push(
      WorkerProcess.startApi(await freePort()),
      WorkerProcess.startApi(await freePort()),
      WorkerProcess.start(),
      WorkerProcess.start(),
    );
    await waitUntil(async () => (await apps[0].ready()) && (await apps[1].ready()), 250);
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await stack?.stop();
    await run?.restore();
    await database?.drop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  it('ranks, serves and reminds as one process would, through either API', async () => {
    const [api1, api2] = [request(apps[0].baseUrl), request(apps[1].baseUrl)];
    const coordinator = await stack.coordinator(`coord-${tag}@scale.test`, `${tag} 广东省科协`, '440000');
    const owner = await stack.user(`owner-${tag}@scale.test`, {
      organization: { type: 'enterprise', name: `${tag} 佛山企业`, regionCode: '440600' },
    });
    const bearer = { type: 'bearer' as const };
    const providerRows = [1, 2].flatMap((i) => providers(`${tag}-${i}`));
    expect(
      (await api1.post('/api/v1/import/providers').auth(coordinator.token, bearer).send({ items: providerRows })).body
        .failed,
    ).toEqual([]);
    const needRows = [1, 2, 3]
      .flatMap((i) => needs(`${tag}-${i}`))
      .map((n) => ({ ...n, organizationName: undefined, organizationId: owner.organization!.id }));
    const half = Math.ceil(needRows.length / 2);
    const first = await api1
      .post('/api/v1/import/needs')
      .auth(coordinator.token, bearer)
      .send({ items: needRows.slice(0, half) });
    const second = await api2
      .post('/api/v1/import/needs')
      .auth(coordinator.token, bearer)
      .send({ items: needRows.slice(half) });
    expect([first.body.failed, second.body.failed]).toEqual([[], []]);
    const needIds = [...Object.values(first.body.ids), ...Object.values(second.body.ids)] as string[];

    await stack.settle();
    const workers: { processed_by: string }[] = await stack.db.query(
      `select distinct processed_by from reminders where processed_by is not null`,
    );
    const lists = async () =>
      (
        await stack.db.query<Row[]>(
          `select need_id, provider_id, score from matches where need_id = any($1) order by need_id, score desc, provider_id`,
          [needIds],
        )
      ).map((r) => `${r.need_id} ${r.provider_id} ${Number(r.score).toFixed(6)}`);
    const byTwoWorkers = await lists();
    expect(byTwoWorkers.length).toBeGreaterThan(needIds.length);

    // Both APIs serve the same list.
    for (const id of needIds.slice(0, 4)) {
      const [a, b] = await Promise.all(
        [api1, api2].map((api) => api.get(`/api/v1/needs/${id}/matches?limit=50`).auth(coordinator.token, bearer)),
      );
      expect(a.body.status).toBe('ready');
      expect(b.body).toEqual(a.body);
    }
    // One process ranking every need from scratch (its own evidence index, read from PostgreSQL) writes the same lists.
    await stack.api.get(MatchingService).matchNeeds(needIds);
    expect(await lists()).toEqual(byTwoWorkers);

    // Each due re-confirmation went out once, by whichever worker claimed it.
    const reminders: { id: string; status: string }[] = await stack.db.query(
      `select id, status from reminders where kind = 'listing.reconfirm'`,
    );
    expect(reminders).toHaveLength(needIds.length);
    expect(reminders.every((r) => r.status === 'sent')).toBe(true);
    const mails = sink.to(`owner-${tag}@scale.test`).filter((m) => m.kind === 'reminder.listing_reconfirm');
    expect(mails).toHaveLength(needIds.length);
    expect(new Set(sink.received.map((m) => m.key)).size).toBe(sink.received.length);
    expect(workers.length).toBeGreaterThanOrEqual(1);
  }, 600000);
});

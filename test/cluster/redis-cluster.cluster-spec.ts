import { assertServersReachable, DAY_MS } from '@app/common';
import { validateEnvironment } from '@app/config';
import { ALL_QUEUES, JobDispatcher, QueueName, RedisStore } from '@app/queue';
import { IndexCheck } from '@app/search';
import { Cluster } from 'ioredis';
import { testClock } from '../support/brokerage-fixtures';
import { needs, providers } from '../support/fixtures';
import { MailSink } from '../support/mail-sink';
import { waitUntil } from '../support/settle';
import { PASSWORD, TestStack } from '../support/stack';
import { WorkerProcess } from '../support/worker-process';

/** Every key of this run on the cluster's masters (the apps' own cluster client finds the masters). */
async function keysOnMasters(client: Cluster, pattern: string): Promise<{ key: string; node: string }[]> {
  const found: { key: string; node: string }[] = [];
  for (const node of client.nodes('master')) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      found.push(...keys.map((key) => ({ key, node: `${node.options.host}:${node.options.port}` })));
      cursor = next;
    } while (cursor !== '0');
  }
  return found;
}

/**
 * The platform on a three-master Redis Cluster (started by this project's global setup): needs imported through the
 * API are indexed and searchable, ranked, and their owner reminded once by e-mail, with every queue's keys in one
 * hash slot and the sign-in counters on the cluster too.
 */
describe('on a Redis Cluster: publish, index, match, remind once', () => {
  const tag = `rc${Date.now().toString(36)}`;
  const prefix = process.env.QUEUE_PREFIX!;
  let sink: MailSink;
  let stack: TestStack;
  let worker: WorkerProcess;

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    testClock.advance(181 * DAY_MS); // listings imported now are due for re-confirmation by the platform clock
    stack = await TestStack.start(); // the API and a worker in this process
    worker = WorkerProcess.start(); // and a second worker as its own process, booted as production boots it
    const matching = stack.api.get(JobDispatcher).queue(QueueName.Matching);
    await waitUntil(async () => {
      if (worker.child.exitCode !== null) throw new Error(`the worker process exited:\n${worker.log}`);
      return (await matching.getWorkersCount()) >= 2;
    }, 200);
  });

  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  it('runs on the cluster, not on the single Redis', async () => {
    expect(process.env.REDIS_CLUSTER_NODES?.split(',')).toHaveLength(3);
    expect(stack.api.get(RedisStore).client).toBeInstanceOf(Cluster);
    await assertServersReachable(validateEnvironment(process.env)); // the boot check asks the cluster (it exits if not)
    const health = await stack.http.get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body.details).toMatchObject({ redis: { status: 'up' }, queue: { status: 'up' } });
  });

  it('indexes, ranks and reminds as on one Redis, each e-mail sent once', async () => {
    const bearer = { type: 'bearer' as const };
    const coordinator = await stack.coordinator(`coord-${tag}@cluster.test`, `${tag} 广东省科协`, '440000');
    const owner = await stack.user(`owner-${tag}@cluster.test`, {
      organization: { type: 'enterprise', name: `${tag} 佛山企业`, regionCode: '440600' },
    });
    const imported = await stack.http
      .post('/api/v1/import/providers')
      .auth(coordinator.token, bearer)
      .send({ items: providers(tag) });
    expect(imported.body.failed).toEqual([]);
    const needRows = needs(tag).map((n) => ({
      ...n,
      organizationName: undefined,
      organizationId: owner.organization!.id,
    }));
    const posted = await stack.http
      .post('/api/v1/import/needs')
      .auth(coordinator.token, bearer)
      .send({ items: needRows });
    expect(posted.body.failed).toEqual([]);
    const needIds = Object.values<string>(posted.body.ids);

    await stack.settle();

    expect((await stack.api.get(IndexCheck).check()).differences).toEqual([]);
    const found = await stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent(needRows[0].title)}&limit=50`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(needIds[0]);
    for (const id of needIds) {
      const matches = await stack.http.get(`/api/v1/needs/${id}/matches?limit=50`).auth(coordinator.token, bearer);
      expect(matches.body.status).toBe('ready');
    }
    const [{ count: ranked }] = await stack.db.query<{ count: number }[]>(
      `select count(distinct need_id)::int as count from matches where need_id = any($1)`,
      [needIds],
    );
    expect(ranked).toBeGreaterThan(0);

    const reminders: { status: string }[] = await stack.db.query(
      `select r.status from reminders r where r.kind = 'listing.reconfirm' and r.subject_id = any($1)`,
      [needIds],
    );
    expect(reminders.map((r) => r.status)).toEqual(needIds.map(() => 'sent'));
    const mails = () => sink.to(`owner-${tag}@cluster.test`).filter((m) => m.kind === 'reminder.listing_reconfirm');
    expect(mails()).toHaveLength(needIds.length);
    await stack.settle(); // more sweeps and drains send nothing again
    expect(mails()).toHaveLength(needIds.length);
    expect(new Set(sink.received.map((m) => m.key)).size).toBe(sink.received.length);
  });

  it("keeps each queue's keys in one hash slot of the cluster, and the sign-in counters there too", async () => {
    const client = stack.api.get(RedisStore).client as Cluster;
    const keys = await keysOnMasters(client, `{${prefix}:*`);
    const queues = new Map<string, Set<number>>();
    for (const { key } of keys) {
      const queue = /^\{[^:}]+:([^}]+)\}:\1:/.exec(key)?.[1];
      expect([key, queue && (ALL_QUEUES as string[]).includes(queue)]).toEqual([key, true]);
      const slot = Number(await client.cluster('KEYSLOT', key));
      queues.set(queue!, (queues.get(queue!) ?? new Set()).add(slot));
    }
    expect([...queues.keys()].sort()).toEqual([...ALL_QUEUES].sort());
    for (const slots of queues.values()) expect(slots.size).toBe(1);

    const wrong = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: `owner-${tag}@cluster.test`, password: `${PASSWORD}-wrong` });
    expect(wrong.status).toBe(401);
    // A Lua script over keys of several slots would fail on a cluster (and the throttle would count in memory).
    const counters = await keysOnMasters(client, `{${prefix}}:login:*`);
    const failures = counters.filter(
      (c) => c.key.startsWith(`{${prefix}}:login:failures:`) && c.key.endsWith(`:owner-${tag}@cluster.test`),
    );
    expect(failures).toHaveLength(1);
  });
});

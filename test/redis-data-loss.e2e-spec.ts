import { DAY_MS } from '@app/common';
import { Notifier } from '@app/notifications';
import { ALL_QUEUES, JobDispatcher, QueueName } from '@app/queue';
import { ReminderHandlers, ReminderScheduler } from '@app/reminders';
import { IndexCheck } from '@app/search';
import { testClock } from './support/brokerage-fixtures';
import { needs, providers } from './support/fixtures';
import { isolatedRun } from './support/isolated-run';
import { MailSink } from './support/mail-sink';
import { ownDatabase } from './support/own-database';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

const SCHEDULERS: [QueueName, string][] = [
  [QueueName.Maintenance, 'sweep'],
  [QueueName.Matching, 'nightly-refresh'],
  [QueueName.Listings, 'expire-due'],
  [QueueName.Reminders, 'reminders-sweep'],
  [QueueName.Notifications, 'mail-drain'],
];
const PREWRITTEN_EMAILS = 5;

/**
 * Redis loses every key of the deployment (a FLUSHALL, a failover to an empty replica) while the API and a worker
 * process run, at a moment when PostgreSQL holds unindexed changes, pending match runs, due reminders with their
 * jobs queued and e-mails in the outbox. Everything is rebuilt from PostgreSQL, the repeating jobs come back by
 * themselves, and every reminder and e-mail goes out exactly once.
 */
describe('Redis data lost while the apps run: everything rebuilt from PostgreSQL, nothing lost, nothing twice', () => {
  const tag = `rl${Date.now().toString(36)}`;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let run: ReturnType<typeof isolatedRun>;
  let sink: MailSink;
  let stack: TestStack;
  let worker: WorkerProcess;

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    testClock.advance(181 * DAY_MS); // what is imported now is untouched for 181 days by the platform clock: reminders fall due
    database = await ownDatabase('redisloss');
    run = isolatedRun('rl', database.url);
    stack = await TestStack.start({ worker: false });
    worker = WorkerProcess.start();
  });

  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await run?.restore();
    await database?.drop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  it('rebuilds pending index changes, match runs, reminders and e-mails, and the repeating jobs come back', async () => {
    const jobs = stack.api.get(JobDispatcher);
    const schedulersPresent = async () =>
      (await Promise.all(SCHEDULERS.map(([q, id]) => jobs.queue(q).getJobScheduler(id)))).every(Boolean);
    await waitUntil(schedulersPresent); // the worker has registered them
    // Hold the queues so that the work below is still owed when Redis loses it (the pause itself lives in Redis).
    for (const name of ALL_QUEUES) await jobs.queue(name).pause();

    const coordinator = await stack.coordinator(`coord-${tag}@redis.test`, `${tag} 广东省科协`, '440000');
    const owner = await stack.user(`owner-${tag}@redis.test`, {
      organization: { type: 'enterprise', name: `${tag} 佛山企业`, regionCode: '440600' },
    });
    const as = (req: import('supertest').Test) => req.auth(coordinator.token, { type: 'bearer' });
    const importedProviders = await as(stack.http.post('/api/v1/import/providers')).send({ items: providers(tag) });
    expect(importedProviders.body.failed).toEqual([]);
    const needRows = [1, 2, 3, 4, 5].flatMap((i) =>
      needs(`${tag}-${i}`).map((n) => ({ ...n, organizationName: undefined, organizationId: owner.organization!.id })),
    );
    const importedNeeds = await as(stack.http.post('/api/v1/import/needs')).send({ items: needRows });
    expect(importedNeeds.body.failed).toEqual([]);
    const needIds = Object.values<string>(importedNeeds.body.ids);
    expect(needIds).toHaveLength(20);

    // Reminders derived and their jobs queued (by the API process here, as a worker's sweep would), and e-mails
    // written to the outbox without being sent yet.
    const now = testClock.now();
    for (const handler of stack.api.get(ReminderHandlers).all())
      if (handler.scan) await stack.api.get(ReminderScheduler).wake(await handler.scan(now));
    await stack.db.transaction((manager) =>
      stack.api.get(Notifier).notifyMany(
        manager,
        Array.from({ length: PREWRITTEN_EMAILS }, (_, i) => ({
          kind: 'reminder.listing_reconfirm' as const,
          recipients: [owner.user.id],
          dedupeKey: `${tag}-prewritten-${i}`,
          params: { listingTitle: `${tag} 预写邮件 ${i}`, days: 181, graceDays: 14 },
        })),
      ),
    );
    const owed = await stack.db.query(
      `select (select count(*) from outbox_events where processed_at is null)::int as outbox, (select count(*) from match_runs where status = 'pending')::int as runs,
              (select count(*) from reminders where status = 'pending' and due_at <= $1)::int as reminders, (select count(*) from email_outbox where status = 'pending')::int as emails`,
      [now],
    );
    expect(owed[0].outbox).toBeGreaterThan(0);
    expect(owed[0].runs).toBeGreaterThan(0);
    expect(owed[0].reminders).toBeGreaterThanOrEqual(needIds.length); // a re-confirmation per need, at least
    expect(owed[0].emails).toBe(PREWRITTEN_EMAILS);
    expect(await jobs.queue(QueueName.Reminders).count()).toBeGreaterThan(0); // their delivery jobs wait in the paused queue

    expect(await run.deleteRedisKeys()).toBeGreaterThan(0);
    expect(await schedulersPresent()).toBe(false);

    await waitUntil(schedulersPresent, 250); // the worker notices and registers them again, without a restart
    await stack.settle();

    const check = await stack.api.get(IndexCheck).check();
    expect(check.differences).toEqual([]);
    expect(check.pendingOutbox).toBe(0);
    const runs: { status: string; n: number }[] = await stack.db.query(
      `select status, count(*)::int as n from match_runs group by status`,
    );
    expect(runs).toEqual([{ status: 'ready', n: expect.any(Number) }]);
    const listed = await stack.db.query(
      `select count(distinct need_id)::int as n from matches where need_id = any($1)`,
      [needIds],
    );
    expect(listed[0].n).toBeGreaterThan(0);

    const reminders: { id: string; kind: string; status: string }[] = await stack.db.query(
      `select id, kind, status from reminders`,
    );
    expect(reminders.filter((r) => r.kind === 'listing.reconfirm').length).toBe(needIds.length);
    expect(reminders.filter((r) => r.status === 'pending' && r.kind !== 'listing.expire')).toEqual([]);
    // One e-mail per reminder recipient and per pre-written message: keys never repeat, and none is missing.
    const keys = sink.received.map((m) => m.key);
    expect(keys.length).toBe(new Set(keys).size);
    const prewritten = keys.filter((k) => k.startsWith(`${tag}-prewritten-`));
    expect(prewritten).toHaveLength(PREWRITTEN_EMAILS);
    const reconfirmMails = sink.received.filter(
      (m) => m.kind === 'reminder.listing_reconfirm' && !m.key.startsWith(`${tag}-prewritten-`),
    );
    expect(reconfirmMails).toHaveLength(needIds.length);
    const outbox = await stack.db.query(`select status, count(*)::int as n from email_outbox group by status`);
    expect(outbox).toEqual([{ status: 'sent', n: sink.received.length }]);
    expect(worker.child.exitCode).toBeNull();
  });
});

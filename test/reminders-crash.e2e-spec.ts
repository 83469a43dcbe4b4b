import { DAY_MS } from '@app/common';
import { ReminderHandlers, ReminderScheduler } from '@app/reminders';
import { hostname } from 'node:os';
import { testClock } from './support/brokerage-fixtures';
import { MailSink } from './support/mail-sink';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

const BATCH = 300;
const KILL_AT = 40;

/**
 * 300 reminders fall due at once. The worker process is killed (SIGKILL) while it sends them: at the moment the SMTP
 * server receives its 40th e-mail, before acknowledging it. Two fresh workers then run side by side. Each reminder
 * must end up sent, with exactly one e-mail received and one inbox entry.
 */
describe('reminders: a worker killed mid-batch, each reminder sent exactly once', () => {
  let stack: TestStack;
  let sink: MailSink;
  const workers: WorkerProcess[] = [];
  const tag = `k${Date.now().toString(36)}`;
  const ownerEmail = `owner-${tag}@crash.test`;

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start({ worker: false });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    // The 300 needs share the run's database with later test files: take them and their reminders away.
    await stack?.db.query(
      `delete from reminders where subject_id in (select n.id from needs n join organizations o on o.id = n.organization_id where o.name = $1)`,
      [`${tag} 企业`],
    );
    await stack?.db.query(`delete from needs where organization_id in (select id from organizations where name = $1)`, [
      `${tag} 企业`,
    ]);
    await stack?.stop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  it('sends each of 300 due reminders exactly once across a SIGKILL and two concurrent restarts', async () => {
    // One enterprise with 300 published needs nobody has touched for 181 days, stewarded by an association that
    // alerts about needs without introductions only after a year (so only the re-confirmation reminders are due).
    const coordinator = await stack.coordinator(`coord-${tag}@crash.test`, `${tag} 科协`, '430200');
    const owner = await stack.user(ownerEmail, {
      organization: { type: 'enterprise', name: `${tag} 企业`, regionCode: '430200' },
    });
    const settings = await stack.http
      .put(`/api/v1/associations/${coordinator.organization!.id}/reminder-settings`)
      .auth(coordinator.token, { type: 'bearer' })
      .send({ needWithoutIntroductionDays: 365 });
    expect(settings.body.periods).toMatchObject({ needWithoutIntroductionDays: 365, reconfirmAfterDays: 180 });
    const untouchedSince = new Date(testClock.now().getTime() - 181 * DAY_MS);
    await stack.db.query(
      `insert into needs (organization_id, status, title, description, region_code, steward_organization_id, published_at, created_at, updated_at)
       select $1, 'published', $2 || ' #' || g, '长期未更新的需求', '430200', $3, $4, $4, $4 from generate_series(1, $5) g`,
      [owner.organization!.id, `${tag} 待确认需求`, coordinator.organization!.id, untouchedSince, BATCH],
    );
    const listings = stack.api
      .get(ReminderHandlers)
      .all()
      .find((h) => h.kinds.includes('listing.reconfirm'))!;
    await stack.api.get(ReminderScheduler).wake(await listings.scan!(testClock.now()));
    const mine = async () =>
      stack.db.query<{ id: string; status: string; processed_by: string | null }[]>(
        `select r.id, r.status, r.processed_by from reminders r join needs n on n.id = r.subject_id
        where r.kind = 'listing.reconfirm' and n.organization_id = $1`,
        [owner.organization!.id],
      );
    const due = await mine();
    expect(due).toHaveLength(BATCH);
    expect(due.every((r) => r.status === 'pending')).toBe(true);

    const first = WorkerProcess.start();
    workers.push(first);
    let sentWhenKilled = -1;
    let killed = false;
    sink.setGate(async (mail) => {
      const accepted = sink.received.filter((m) => m.kind === 'reminder.listing_reconfirm').length;
      if (killed || mail.kind !== 'reminder.listing_reconfirm' || accepted < KILL_AT - 1) return 'accept';
      killed = true;
      await first.kill(); // the 40th e-mail is in the server, unacknowledged; the worker dies waiting for the reply
      sentWhenKilled = (await mine()).filter((r) => r.status === 'sent').length;
      return 'refuse';
    });
    await waitUntil(async () => (killed && sentWhenKilled >= 0) || first.child.exitCode !== null);
    if (!killed) throw new Error(`the first worker exited before the 40th e-mail:\n${first.log}`);
    expect(sink.received.filter((m) => m.kind === 'reminder.listing_reconfirm')).toHaveLength(KILL_AT - 1);
    expect(sentWhenKilled).toBeGreaterThanOrEqual(KILL_AT - 1);

    workers.push(WorkerProcess.start(), WorkerProcess.start());
    await stack.settle().catch(async (err: unknown) => {
      const state = await stack.db.query(
        `select 'reminder' as t, r.status, count(*)::int from reminders r join needs n on n.id = r.subject_id where n.organization_id = $1 and r.kind = 'listing.reconfirm' group by r.status
                                            union all select 'email', status, count(*)::int from email_outbox where user_id = $2 group by status`,
        [owner.organization!.id, owner.user.id],
      );
      throw new Error(
        `${String(err)}\n${JSON.stringify(state)} received=${sink.to(ownerEmail).length} killedWith=${sentWhenKilled}\n${workers[1].log}\n${workers[2].log}`,
      );
    });
    await stack.settle(); // more sweeps and drains, awaited: still nothing twice

    const reminders = await mine();
    const received = sink.to(ownerEmail).filter((m) => m.kind === 'reminder.listing_reconfirm');
    expect(received).toHaveLength(BATCH);
    const perReminder = new Map<string, number>();
    for (const m of received) {
      const id = /^reminder:([0-9a-f-]{36}):/.exec(m.key)?.[1] ?? m.key;
      perReminder.set(id, (perReminder.get(id) ?? 0) + 1);
    }
    expect([...perReminder.keys()].sort()).toEqual(reminders.map((r) => r.id).sort());
    expect([...perReminder.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(BATCH);

    const inbox = await stack.db.query(
      `select count(*)::int as n from notifications where user_id = $1 and kind = 'reminder.listing_reconfirm'`,
      [owner.user.id],
    );
    expect(inbox[0].n).toBe(BATCH);
    const outbox = await stack.db.query(
      `select status, count(*)::int as n from email_outbox where user_id = $1 group by status`,
      [owner.user.id],
    );
    expect(outbox).toEqual([{ status: 'sent', n: BATCH }]);
    // The killed worker delivered some reminders; the two that followed delivered the rest.
    const by = new Set(reminders.map((r) => r.processed_by));
    expect(by.has(`${hostname()}:${first.pid}`)).toBe(true);
    expect(
      [...by].some((w) => w === `${hostname()}:${workers[1].pid}` || w === `${hostname()}:${workers[2].pid}`),
    ).toBe(true);
  }, 900000); // a guard against a hang only: the waits are on the work (settle), and a loaded machine makes them long
});

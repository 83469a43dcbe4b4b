import { Clock } from '@app/common';
import { MailSender, Notifier } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import { ReminderDispatcher, ReminderHandlers, ReminderScheduler } from '@app/reminders';
import { loadListings } from '@app/reminders/listings/listing-facts';
import { TestStack } from './support/stack';

/**
 * Due reminders are delivered in batches (one transaction each, one savepoint per handler's share of it). A reminder
 * whose delivery fails is undone alone while the rest of its batch goes out; two dispatchers draining the same due
 * reminders at the same time deliver each exactly once. No worker runs here: the test drives the dispatchers itself.
 */
describe('reminders: batched delivery, a failure stays with its reminder, concurrent dispatchers', () => {
  let stack: TestStack;
  const tag = `b${Date.now().toString(36)}`;
  let orgId: string;
  let members: string[];

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const owner = await stack.user(`owner-${tag}@batch.test`, {
      organization: { type: 'enterprise', name: `${tag} 企业`, regionCode: '430200' },
    });
    const colleague = await stack.user(`colleague-${tag}@batch.test`, { organization: { name: `${tag} 企业` } });
    orgId = owner.organization!.id;
    members = [owner.user.id, colleague.user.id];
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    // No SMTP server here: the e-mails stay in the outbox of the run's shared database, where a later test's worker
    // would send them. They, the needs and their reminders go.
    await stack?.db.query(`delete from email_outbox where user_id = any($1)`, [members]);
    await stack?.db.query(
      `delete from reminders where subject_id in (select id from needs where organization_id = $1)`,
      [orgId],
    );
    await stack?.db.query(`delete from needs where organization_id = $1`, [orgId]);
    await stack?.stop();
  });

  /** `n` published needs of the enterprise, each with a re-confirmation reminder due now. */
  async function dueReconfirmations(
    n: number,
    label: string,
  ): Promise<{ id: string; subject_id: string; title: string }[]> {
    const needs: { id: string; title: string }[] = await stack.db.query(
      `insert into needs (organization_id, status, title, description, region_code, published_at)
       select $1, 'published', $2 || ' #' || g, '批量提醒测试', '430200', now() from generate_series(1, $3) g returning id, title`,
      [orgId, `${tag} ${label}`, n],
    );
    const facts = await loadListings(
      stack.db.manager,
      needs.map((x) => ({ type: 'need', id: x.id })),
    );
    const now = stack.api.get(Clock).now();
    await stack.api.get(ReminderScheduler).schedule(
      stack.db.manager,
      [...facts.values()].map((f) => ({
        kind: 'listing.reconfirm',
        subjectType: 'need',
        subjectId: f.id,
        dueAt: new Date(now.getTime() - 60000),
        dedupeKey: `listing.reconfirm:need:${f.id}:${f.touchKey}`,
        payload: { touchKey: f.touchKey },
      })),
    );
    return stack.db.query(
      `select r.id, r.subject_id, n.title from reminders r join needs n on n.id = r.subject_id where n.id = any($1) and r.kind = 'listing.reconfirm'`,
      [needs.map((x) => x.id)],
    );
  }

  const state = (ids: string[]) =>
    stack.db.query<
      { id: string; status: string; attempts: number; last_error: string | null; inbox: number; emails: number }[]
    >(
      `select r.id, r.status, r.attempts, r.last_error,
            (select count(*)::int from notifications n where n.dedupe_key like 'reminder:' || r.id || ':%') as inbox,
            (select count(*)::int from email_outbox e where e.dedupe_key like 'reminder:' || r.id || ':%') as emails
       from reminders r where r.id = any($1)`,
      [ids],
    );

  it('delivers the rest of a batch when one reminder fails, and undoes everything that one wrote', async () => {
    const due = await dueReconfirmations(20, '单条失败');
    const poisoned = due[7];
    // The notifier writes the poisoned reminder's inbox rows, then the database refuses a statement: its savepoint
    // must take those rows back with it, while the other 19 reminders are delivered.
    const notifier = stack.api.get(Notifier);
    const real = notifier.notifyMany.bind(notifier);
    const spy = jest.spyOn(notifier, 'notifyMany').mockImplementation(async (manager, inputs) => {
      const emailIds = await real(manager, inputs);
      if (inputs.some((i) => i?.params.listingTitle === poisoned.title)) await manager.query('select 1 / 0');
      return emailIds;
    });
    const dispatcher = stack.api.get(ReminderDispatcher);
    expect(await dispatcher.deliverDue()).toBeGreaterThanOrEqual(19);
    expect(spy.mock.calls[0][1].length).toBeGreaterThan(1); // tried as a batch first, then one by one

    const rows = await state(due.map((r) => r.id));
    const failed = rows.find((r) => r.id === poisoned.id)!;
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, inbox: 0, emails: 0 });
    expect(failed.last_error).toMatch(/division by zero/);
    const others = rows.filter((r) => r.id !== poisoned.id);
    expect(others).toHaveLength(19);
    expect(others.every((r) => r.status === 'sent' && r.attempts === 1 && r.inbox === 2 && r.emails === 2)).toBe(true);

    // The single delayed job fails the same way (BullMQ retries it); once the fault is gone it goes out once.
    await expect(dispatcher.deliver(poisoned.id)).rejects.toThrow(/could not be delivered/);
    spy.mockRestore();
    expect(await dispatcher.deliver(poisoned.id)).toBe('sent');
    expect(await dispatcher.deliver(poisoned.id)).toBe('none');
    expect((await state([poisoned.id]))[0]).toMatchObject({ status: 'sent', attempts: 3, inbox: 2, emails: 2 });
  });

  it('delivers each reminder exactly once when two dispatchers drain the same due reminders at once', async () => {
    const due = await dueReconfirmations(600, '并发');
    const api = stack.api;
    const first = api.get(ReminderDispatcher);
    const second = new ReminderDispatcher(
      stack.db,
      api.get(ReminderHandlers),
      api.get(ReminderScheduler),
      api.get(MailSender),
      api.get(JobDispatcher),
      api.get(Clock),
    );
    const [a, b] = await Promise.all([first.deliverDue(), second.deliverDue()]);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(a + b).toBeGreaterThanOrEqual(due.length);

    const rows = await state(due.map((r) => r.id));
    expect(rows.filter((r) => r.status === 'sent' && r.attempts === 1 && r.inbox === 2 && r.emails === 2)).toHaveLength(
      600,
    );
    const [inbox] = await stack.db.query(
      `select count(*)::int as n, count(distinct (n.user_id, n.params->>'listingTitle'))::int as distinct_pairs from notifications n
        where n.user_id = any($1) and n.kind = 'reminder.listing_reconfirm' and n.params->>'listingTitle' like $2`,
      [members, `${tag} 并发%`],
    );
    expect(inbox).toEqual({ n: 1200, distinct_pairs: 1200 });
    const [expiries] = await stack.db.query(
      `select count(*)::int as n, count(distinct subject_id)::int as listings from reminders where kind = 'listing.expire' and subject_id = any($1)`,
      [due.map((r) => r.subject_id)],
    );
    expect(expiries).toEqual({ n: 600, listings: 600 });
  });
});

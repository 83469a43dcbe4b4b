import { DAY_MS, HOUR_MS, nextShanghaiHour } from '@app/common';
import { testClock } from './support/brokerage-fixtures';
import { MailSink } from './support/mail-sink';
import { TestStack } from './support/stack';

type Item = { kind: string; title: string; subjectId: string | null };

/**
 * Listing reminders with an association's own periods: a listing waiting too long for review alerts the coordinators
 * (by e-mail only after quiet hours), a stale listing asks its owner to re-confirm, and expires when nobody does.
 */
describe('reminders: review overdue, re-confirmation and expiry, quiet hours, periods per association', () => {
  let stack: TestStack;
  let sink: MailSink;
  const tag = `r${Date.now().toString(36)}`;
  const mail = { coordinator: `coord-${tag}@reminders.test`, owner: `owner-${tag}@reminders.test` };
  const t = { coordinator: '', owner: '', foreign: '' };
  let associationId: string;
  let ownerOrgId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start();
    const coordinator = await stack.coordinator(mail.coordinator, `${tag} 衡阳市科协`, '430400');
    t.coordinator = coordinator.token;
    associationId = coordinator.organization!.id;
    const owner = await stack.user(mail.owner, {
      organization: { type: 'enterprise', name: `${tag} 衡阳机械厂`, regionCode: '430400' },
    });
    t.owner = owner.token;
    ownerOrgId = owner.organization!.id;
    t.foreign = (await stack.coordinator(`foreign-${tag}@reminders.test`, `${tag} 外地科协`, '440900')).token;
  });

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  const inbox = async (token: string): Promise<Item[]> =>
    (await stack.http.get('/api/v1/notifications?limit=100').auth(token, { type: 'bearer' })).body.items;
  const settingsPath = () => `/api/v1/associations/${associationId}/reminder-settings`;

  it('lets an association set its own periods over the defaults', async () => {
    const before = await stack.http.get(settingsPath()).auth(t.coordinator, { type: 'bearer' });
    expect(before.body).toMatchObject({
      overrides: {},
      periods: { reconfirmAfterDays: 180, expireAfterReconfirmDays: 14, agreementFollowUpDays: [30, 90] },
    });
    expect(
      (await stack.http.put(settingsPath()).auth(t.foreign, { type: 'bearer' }).send({ reconfirmAfterDays: 90 }))
        .status,
    ).toBe(403);
    expect(
      (await stack.http.put(settingsPath()).auth(t.owner, { type: 'bearer' }).send({ reconfirmAfterDays: 90 })).status,
    ).toBe(403);
    const bad = await stack.http
      .put(settingsPath())
      .auth(t.coordinator, { type: 'bearer' })
      .send({ reconfirmAfterDays: 1 });
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'reconfirmAfterDays', constraint: 'min' })]);
    const after = await stack.http
      .put(settingsPath())
      .auth(t.coordinator, { type: 'bearer' })
      .send({ reconfirmAfterDays: 90, expireAfterReconfirmDays: 7 });
    expect(after.body).toMatchObject({
      overrides: { reconfirmAfterDays: 90, expireAfterReconfirmDays: 7 },
      periods: { reconfirmAfterDays: 90, reviewWorkingDays: 2 },
    });
  });

  it('alerts the coordinators about a listing waiting for review, and e-mails them only after quiet hours', async () => {
    const night = nextShanghaiHour(testClock.now(), 23);
    testClock.advance(night.getTime() - testClock.now().getTime());
    const [need] = await stack.db.query(
      `insert into needs (organization_id, status, title, region_code, submitted_at) values ($1, 'submitted', $2, '430400', $3) returning id`,
      [ownerOrgId, `${tag} 齿轮热处理变形控制`, new Date(night.getTime() - 5 * DAY_MS)],
    );
    ids.submitted = need.id;
    await stack.settle(); // a sweep that began after the insert has derived and delivered what is due
    const alert = (await inbox(t.coordinator)).find(
      (i) => i.kind === 'reminder.review_overdue' && i.subjectId === need.id,
    )!;
    expect(alert.title).toBe(`待审核超时：${tag} 齿轮热处理变形控制`);
    const [queued] = await stack.db.query(
      `select status, not_before from email_outbox where user_id = (select id from users where email = $1) and kind = 'reminder.review_overdue'`,
      [mail.coordinator],
    );
    expect(queued.status).toBe('pending');
    expect(queued.not_before).toEqual(nextShanghaiHour(night, 8));
    await stack.settle(); // e-mail drains ran during quiet hours
    expect(sink.to(mail.coordinator)).toHaveLength(0);

    testClock.advance(nextShanghaiHour(testClock.now(), 8).getTime() - testClock.now().getTime() + 60000);
    await stack.settle();
    expect(sink.to(mail.coordinator)).toHaveLength(1);
    expect(sink.to(mail.coordinator)[0]).toMatchObject({ kind: 'reminder.review_overdue' });
  });

  it('asks the owner to re-confirm stale listings; a confirmed one stays, the other expires and leaves search', async () => {
    const imported = await stack.http
      .post('/api/v1/import/needs')
      .auth(t.coordinator, { type: 'bearer' })
      .send({
        items: [
          {
            externalId: `${tag}-kept`,
            title: '数控机床主轴温升控制',
            organizationId: ownerOrgId,
            region: '湖南省衡阳市',
            description: '主轴高速运转温升过高，影响加工精度。',
          },
          {
            externalId: `${tag}-stale`,
            title: '铸造砂型回收再利用',
            organizationId: ownerOrgId,
            region: '湖南省衡阳市',
            description: '废旧砂型堆积，希望找到再生利用技术。',
          },
        ],
      });
    ids.kept = imported.body.ids[`${tag}-kept`];
    ids.stale = imported.body.ids[`${tag}-stale`];
    const search = (q: string) => stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent(q)}`); // as the public sees it
    await stack.settle();
    expect((await search('铸造砂型')).body.items.map((n: { id: string }) => n.id)).toContain(ids.stale);
    // 91 days without a change: the re-confirmation reminders scheduled at import (90 days after it) fall due.
    expect(
      await stack.db.query(`select 1 from reminders where kind = 'listing.reconfirm' and subject_id = any($1)`, [
        [ids.kept, ids.stale],
      ]),
    ).toHaveLength(2);
    testClock.advance(91 * DAY_MS);

    await stack.settle();
    expect((await inbox(t.owner)).filter((i) => i.kind === 'reminder.listing_reconfirm')).toHaveLength(2);
    expect(
      (await stack.http.post(`/api/v1/needs/${ids.kept}/reconfirm`).auth(t.foreign, { type: 'bearer' })).status,
    ).toBe(403);
    const confirmed = await stack.http.post(`/api/v1/needs/${ids.kept}/reconfirm`).auth(t.owner, { type: 'bearer' });
    expect(confirmed.body).toMatchObject({ id: ids.kept, status: 'published' });
    const expiry = await stack.db.query(
      `select subject_id, status from reminders where kind = 'listing.expire' and subject_id = any($1) order by status`,
      [[ids.kept, ids.stale]],
    );
    expect(expiry).toEqual([
      { subject_id: ids.kept, status: 'cancelled' },
      { subject_id: ids.stale, status: 'pending' },
    ]);

    testClock.advance(7 * DAY_MS + HOUR_MS);
    await stack.settle(); // delivers the expiry, then indexes the expired listing and sends its e-mail
    const statuses = await stack.db.query(`select id, status from needs where id = any($1)`, [[ids.kept, ids.stale]]);
    expect(Object.fromEntries(statuses.map((s: { id: string; status: string }) => [s.id, s.status]))).toEqual({
      [ids.kept]: 'published',
      [ids.stale]: 'expired',
    });
    expect((await inbox(t.owner)).filter((i) => i.kind === 'reminder.listing_expired').map((i) => i.subjectId)).toEqual(
      [ids.stale],
    );
    expect((await search('铸造砂型')).body.items.map((n: { id: string }) => n.id)).not.toContain(ids.stale);
    const again = await stack.http.post(`/api/v1/needs/${ids.stale}/reconfirm`).auth(t.owner, { type: 'bearer' });
    expect(again.status).toBe(409);
    // E-mail leaves after the delivery commits (from the outbox); settled, every one has left, and none twice.
    await stack.settle();
    expect(countOf(sink.to(mail.owner).map((m) => m.kind))).toEqual({
      'reminder.listing_reconfirm': 2,
      'reminder.listing_expired': 1,
    });
  });
});

function countOf(kinds: string[]): Record<string, number> {
  return kinds.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
}

import { HOUR_MS, nextShanghaiHour } from '@app/common';
import { ReminderDispatcher } from '@app/reminders';
import { testClock } from './support/brokerage-fixtures';
import { MailSink } from './support/mail-sink';
import { eventually, TestStack } from './support/stack';

type Item = { kind: string; title: string; body: string; subjectId: string | null };

/**
 * Saved searches with alerts: a new listing reaches its subscriber once however often the sweep runs, never in quiet
 * hours, in the subscriber's language, with an unsubscribe link that works signed out; daily digests wait for the
 * morning; experts hear of needs matched to them above their score; nobody touches another user's saved searches.
 * The sweep is run by hand (no worker in this stack), so each step is what one sweep did.
 */
describe('alerts: saved searches and their digests', () => {
  let stack: TestStack;
  let sink: MailSink;
  const tag = `al${Date.now().toString(36)}`;
  const mail = {
    subscriber: `sub-${tag}@alerts.test`,
    other: `other-${tag}@alerts.test`,
    expert: `expert-${tag}@alerts.test`,
  };
  const t = { subscriber: '', other: '', expert: '' };
  let enterpriseId = '';
  let expertProviderId = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start({ worker: false });
    const subscriber = await stack.user(mail.subscriber);
    await stack.db.query(`update users set locale = 'en' where id = $1`, [subscriber.user.id]);
    t.subscriber = (await stack.user(mail.subscriber)).token;
    t.other = (await stack.user(mail.other)).token;
    const expert = await stack.user(mail.expert);
    t.expert = expert.token;
    const [provider] = await stack.db.query(
      `insert into providers (kind, name, region_code, user_id) values ('expert', $1, '440600', $2) returning id`,
      [`${tag} 陈教授`, expert.user.id],
    );
    expertProviderId = provider.id;
    enterpriseId = (
      await stack.user(`owner-${tag}@alerts.test`, {
        organization: { type: 'enterprise', name: `${tag} 佛山新能源公司`, regionCode: '440606' },
      })
    ).organization!.id;
  });

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  const as = (who: keyof typeof t) => ({
    get: (path: string) => stack.http.get(path).auth(t[who], { type: 'bearer' }),
    post: (path: string, body: object, lang = 'en') =>
      stack.http.post(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => stack.http.patch(path).auth(t[who], { type: 'bearer' }).send(body),
    delete: (path: string) => stack.http.delete(path).auth(t[who], { type: 'bearer' }),
  });
  const sweep = () => stack.api.get(ReminderDispatcher).sweep();
  const inbox = async (who: keyof typeof t, kind = 'alerts.digest'): Promise<Item[]> =>
    ((await as(who).get('/api/v1/notifications?limit=100')).body.items as Item[]).filter((i) => i.kind === kind);
  const outbox = async (email: string): Promise<{ text_body: string; status: string; not_before: Date }[]> =>
    stack.db.query(
      `select text_body, status, not_before from email_outbox where to_address = $1 and kind like 'alerts.%' order by created_at`,
      [email],
    );
  const publishNeed = async (key: string, title: string) => {
    const [row] = await stack.db.query(
      `insert into needs (organization_id, status, title, description, region_code, published_at) values ($1, 'published', $2, $3, '440606', now()) returning id`,
      [enterpriseId, title, `${title}：需要合作开发`],
    );
    ids[key] = row.id;
  };

  it('saves a search with the facets resolved, and names a wrong facet in the caller’s language', async () => {
    const saved = await as('subscriber').post('/api/v1/saved-searches', {
      name: 'Battery materials',
      kind: 'needs',
      q: `${tag} 电池材料`,
      region: '佛山',
      frequency: 'immediate',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      kind: 'needs',
      region: '440600',
      frequency: 'immediate',
      paused: false,
      waiting: 0,
      delivered: 0,
    });
    ids.search = saved.body.id;

    const badRegion = await as('subscriber').post(
      '/api/v1/saved-searches',
      { name: 'x', kind: 'needs', q: 'a', region: '火星' },
      'zh-CN',
    );
    expect(badRegion.status).toBe(400);
    expect(badRegion.body.errors).toEqual([
      expect.objectContaining({ field: 'region', message: '所在地区不是已知的行政区划' }),
    ]);
    const empty = await as('subscriber').post('/api/v1/saved-searches', { name: 'x', kind: 'needs' });
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'q', constraint: 'emptySavedSearch' })]);
    const notExpert = await as('subscriber').post('/api/v1/saved-searches', {
      name: 'x',
      kind: 'matches',
      minScore: 70,
    });
    expect(notExpert.status).toBe(400);
    expect(notExpert.body.errors).toEqual([expect.objectContaining({ field: 'kind', constraint: 'expertsOnly' })]);
    expect((await stack.http.post('/api/v1/saved-searches').send({ name: 'x', kind: 'needs', q: 'a' })).status).toBe(
      401,
    );
  });

  it('delivers a new matching listing once, in-app and by e-mail in the subscriber’s language, however often the sweep runs', async () => {
    await publishNeed('first', `${tag} 锂电池正极材料研发`);
    await publishNeed('unrelated', `${tag} 刀具热处理工艺`);
    await sweep();
    await sweep();
    const items = await inbox('subscriber');
    expect(items).toHaveLength(1);
    expect(items[0].title).toBe('1 new for your saved search "Battery materials"');
    expect(items[0].body).toContain(`· ${tag} 锂电池正极材料研发`);
    expect(items[0].body).not.toContain('刀具');
    const mails = await outbox(mail.subscriber);
    expect(mails).toHaveLength(1);
    await eventually(async () => sink.to(mail.subscriber).length === 1);
    expect(sink.to(mail.subscriber)[0]).toMatchObject({ kind: 'alerts.digest' });
    expect(sink.to(mail.subscriber)[0].text).toMatch(
      /Unsubscribe from this search \(no sign-in needed\): http:\/\/\S+\/unsubscribe\?token=/,
    );

    // The listing changes: it matched before, so it is not news again.
    await stack.db.query(`update needs set description = description || '（更新）', updated_at = now() where id = $1`, [
      ids.first,
    ]);
    await sweep();
    await sweep();
    expect(await inbox('subscriber')).toHaveLength(1);
    expect((await as('subscriber').get('/api/v1/saved-searches')).body.items[0]).toMatchObject({
      id: ids.search,
      waiting: 0,
      delivered: 1,
    });
  });

  it('sends nothing in quiet hours: a listing published at 23:00 arrives at 08:00, once; a daily search waits for the morning too', async () => {
    const daily = await as('subscriber').post('/api/v1/saved-searches', {
      name: 'Gear heat treatment',
      kind: 'needs',
      q: `${tag} 热处理`,
      frequency: 'daily',
    });
    expect(daily.status).toBe(201);
    const night = nextShanghaiHour(testClock.now(), 23);
    testClock.advance(night.getTime() - testClock.now().getTime());
    await publishNeed('night', `${tag} 固态电池材料中试`);
    await publishNeed('gears', `${tag} 齿轮热处理变形控制`);
    await sweep();
    await sweep();
    expect(await inbox('subscriber')).toHaveLength(1);
    expect(await outbox(mail.subscriber)).toHaveLength(1);
    const pending: { subject_id: string; due_at: Date }[] = await stack.db.query(
      `select subject_id, due_at from reminders where kind = 'alerts.digest' and status = 'pending' and subject_id = any($1)`,
      [[ids.search, daily.body.id]],
    );
    const morning = nextShanghaiHour(night, 8);
    expect(pending.map((p) => p.due_at)).toEqual([morning, morning]);

    testClock.advance(morning.getTime() - testClock.now().getTime() - HOUR_MS); // 07:00: still quiet
    await sweep();
    expect(await inbox('subscriber')).toHaveLength(1);

    testClock.advance(HOUR_MS + 60000); // 08:01
    await sweep();
    await sweep();
    const items = await inbox('subscriber');
    expect(items.map((i) => i.title).sort()).toEqual([
      '1 new for your saved search "Battery materials"',
      '1 new for your saved search "Battery materials"',
      '1 new for your saved search "Gear heat treatment"',
    ]);
    expect(items.filter((i) => i.body.includes('固态电池'))).toHaveLength(1);
    expect(items.filter((i) => i.body.includes('齿轮热处理'))).toHaveLength(1);
    const mails = await outbox(mail.subscriber);
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.not_before.getTime() >= morning.getTime() || m === mails[0])).toBe(true);
  });

  it('tells an expert about needs matched to them above the score they chose, once', async () => {
    const saved = await as('expert').post(
      '/api/v1/saved-searches',
      { name: '可能解决的需求', kind: 'matches', minScore: 70, frequency: 'immediate' },
      'zh-CN',
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ kind: 'matches', minScore: 70 });
    await publishNeed('strong', `${tag} 钠离子电池负极`);
    await publishNeed('weak', `${tag} 陶瓷釉料配方`);
    await stack.db.query(
      `insert into matches (need_id, provider_id, score, reasons, algorithm_version, need_revision, provider_revision)
       values ($1, $3, 86, '{}', 'test', 1, 1), ($2, $3, 40, '{}', 'test', 1, 1)`,
      [ids.strong, ids.weak, expertProviderId],
    );
    await sweep();
    await sweep();
    const items = await inbox('expert', 'alerts.needs_for_you');
    expect(items).toHaveLength(1);
    expect(items[0].title).toBe('1 项您可能解决的新需求');
    expect(items[0].body).toContain(`· ${tag} 钠离子电池负极 (86)`);
    expect(items[0].body).not.toContain('陶瓷');
  });

  it('keeps saved searches private: nobody else lists, edits or deletes them', async () => {
    expect((await as('other').get('/api/v1/saved-searches')).body.items).toEqual([]);
    expect((await as('other').patch(`/api/v1/saved-searches/${ids.search}`, { paused: true })).status).toBe(404);
    expect((await as('other').delete(`/api/v1/saved-searches/${ids.search}`)).status).toBe(404);
    expect(
      (await as('subscriber').get('/api/v1/saved-searches')).body.items.map(
        (s: { id: string; paused: boolean }) => s.paused,
      ),
    ).toEqual([false, false]);
    const edited = await as('subscriber').patch(`/api/v1/saved-searches/${ids.search}`, {
      frequency: 'daily',
      name: 'Battery (daily)',
    });
    expect(edited.body).toMatchObject({ frequency: 'daily', name: 'Battery (daily)' });
  });

  it('unsubscribes through the e-mail’s link without signing in; a forged token is refused', async () => {
    const text = (await outbox(mail.subscriber))[0].text_body;
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(text)![1]);
    const forged = await stack.http
      .post('/api/v1/saved-searches/unsubscribe')
      .set('Accept-Language', 'zh-CN')
      .send({ token: `${token.split('.')[0]}.AAAA` });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([
      expect.objectContaining({ field: 'token', message: '退订链接无效，请使用邮件中的完整链接' }),
    ]);
    const res = await stack.http.post('/api/v1/saved-searches/unsubscribe').send({ token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: ids.search, name: 'Battery (daily)', paused: true });
    expect((await as('subscriber').get('/api/v1/saved-searches')).body.items[0]).toMatchObject({
      id: ids.search,
      paused: true,
    });

    const before = (await inbox('subscriber')).length;
    await publishNeed('after', `${tag} 电池材料回收`);
    testClock.advance(24 * HOUR_MS);
    await sweep();
    await sweep();
    expect(await inbox('subscriber')).toHaveLength(before);
    expect((await as('subscriber').delete(`/api/v1/saved-searches/${ids.search}`)).status).toBe(204);
    expect((await as('subscriber').get('/api/v1/saved-searches')).body.items).toHaveLength(1);
  });
});

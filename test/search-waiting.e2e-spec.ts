import { SearchSyncService } from '@app/search';
import { needs } from './support/fixtures';
import { eventually, TestStack } from './support/stack';

/**
 * Issue 19, the coordinator's needs list: "waiting at least N days" (waitingDays) and "longest waiting first"
 * (sort=oldest) on the needs search, validated like every other parameter.
 */
describe('needs search by waiting time', () => {
  let stack: TestStack;
  let token: string;
  const tag = `wait${Date.now().toString(36)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    ({ token } = await stack.coordinator(`coord-${tag}@wait.test`, `广东省科协（等待时长 ${tag}）`, '440000'));
    const imported = await stack.http
      .post('/api/v1/import/needs')
      .auth(token, { type: 'bearer' })
      .send({ items: needs(tag) });
    expect(imported.status).toBeLessThan(300);
    const rows: { id: string; external_id: string }[] = await stack.db.query(
      'select id, external_id from needs where external_id like $1',
      [`${tag}-%`],
    );
    for (const row of rows) ids[row.external_id.slice(tag.length + 1)] = row.id;
    // Published 40 and 10 days ago; the others today.
    await stack.db.query(`update needs set published_at = now() - interval '40 days' where id = $1`, [
      ids['n-battery'],
    ]);
    await stack.db.query(`update needs set published_at = now() - interval '10 days' where id = $1`, [ids['n-shrimp']]);
    for (const id of Object.values(ids))
      await stack.db.query(`insert into outbox_events (aggregate_type, aggregate_id) values ('need', $1)`, [id]);
    const sync = stack.api.get(SearchSyncService);
    await eventually(async () => {
      await sync.drain();
      const res = await search({ q: tag, waitingDays: 30 });
      return res.status === 200 && res.body.items.length === 1;
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const search = (query: object, path = '/api/v1/search/needs', lang = 'zh-CN') =>
    stack.http.get(path).query(query).set('Accept-Language', lang).auth(token, { type: 'bearer' });
  const externalIds = (body: { items: { externalId: string }[] }) =>
    body.items.map((i) => i.externalId.slice(tag.length + 1));

  it('keeps only needs published at least waitingDays ago', async () => {
    expect(externalIds((await search({ q: tag, waitingDays: 30 })).body)).toEqual(['n-battery']);
    expect(externalIds((await search({ q: tag, waitingDays: 7 })).body).sort()).toEqual(['n-battery', 'n-shrimp']);
    expect((await search({ q: tag })).body.total).toBe(needs(tag).length);
  });

  it('sorts the longest waiting first with sort=oldest', async () => {
    const order = externalIds((await search({ q: tag, sort: 'oldest', limit: 20 })).body);
    expect(order.slice(0, 2)).toEqual(['n-battery', 'n-shrimp']);
    const newest = externalIds((await search({ q: tag, sort: 'newest', limit: 20 })).body);
    expect(newest.slice(-2)).toEqual(['n-shrimp', 'n-battery']);
  });

  it('rejects a bad waiting time with a 400 naming the field, in both languages', async () => {
    for (const bad of ['0', '-3', 'abc', '4000']) {
      const res = await search({ waitingDays: bad });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('waitingDays');
    }
    const zh = await search({ waitingDays: 5 }, '/api/v1/search/capabilities');
    expect(zh.status).toBe(400);
    expect(zh.body.errors).toEqual([
      expect.objectContaining({ field: 'waitingDays', message: 'waitingDays 只适用于需求搜索' }),
    ]);
    const en = await search({ waitingDays: 5 }, '/api/v1/search/providers', 'en');
    expect(en.body.errors[0].message).toBe('waitingDays applies to the needs search only');
    expect((await search({ sort: 'longest' })).status).toBe(400);
  });
});

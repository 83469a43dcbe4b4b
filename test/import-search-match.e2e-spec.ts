import { needs, providers } from './support/fixtures';
import { TestStack } from './support/stack';

type Hit = { externalId: string | null; reasons: { summary: { 'zh-CN': string; en: string } } };

/** Other test files share the run's database: look only at this file's records. */
const mineOf =
  (tag: string) =>
  <T extends Hit>(items: T[]) =>
    items.filter((m) => m.externalId?.startsWith(`${tag}-`));

describe('the pinned API: import, search and matches', () => {
  let stack: TestStack;
  let coordinator: string;
  const tag = `t${Date.now().toString(36)}`;
  const ids: Record<string, string> = {};
  const mine = mineOf(tag);

  beforeAll(async () => {
    stack = await TestStack.start();
    ({ token: coordinator } = await stack.coordinator('coord@gd.test', '广东省科协（测试）', '440000'));
  });
  afterAll(async () => {
    await stack.stop();
  });

  const post = (path: string, body: unknown) =>
    stack.http
      .post(path)
      .auth(coordinator, { type: 'bearer' })
      .send(body as object);
  /** The list once the workers have done every due run (settle), which must leave it ready. */
  const waitMatches = async (kind: 'needs' | 'providers', id: string) => {
    await stack.settle();
    const res = await stack.http.get(`/api/v1/${kind}/${id}/matches?limit=20`).auth(coordinator, { type: 'bearer' });
    expect(res.body.status).toBe('ready');
    return res.body;
  };

  it('refuses imports without a token, and from users who are not coordinators', async () => {
    expect((await stack.http.post('/api/v1/import/needs').send({ items: [] })).status).toBe(401);
    const { token } = await stack.user('member@enterprise.test', {
      organization: { type: 'enterprise', name: 'Some Co.' },
    });
    expect(
      (await stack.http.post('/api/v1/import/needs').auth(token, { type: 'bearer' }).send({ items: [] })).status,
    ).toBe(403);
  });

  it('imports providers, including very long texts and 500 publications', async () => {
    const long = {
      externalId: `${tag}-long`,
      kind: 'expert',
      name: 'Long Text',
      region: '440000',
      bio: '长'.repeat(20000),
      publications: Array.from({ length: 500 }, (_, i) => ({
        title: `Study ${i}`,
        abstract: 'x'.repeat(2000),
        year: 2000 + (i % 20),
      })),
    };
    const res = await post('/api/v1/import/providers', { items: [...providers(tag), long] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 5, updated: 0, failed: [] });
    Object.assign(ids, res.body.ids);
    expect(Object.keys(res.body.ids)).toHaveLength(5);
    const pubs = await stack.db.query('select count(*)::int as n from publications where provider_id = $1', [
      ids[`${tag}-long`],
    ]);
    expect(pubs[0].n).toBe(500);
  });

  it('imports needs; importing them again changes nothing; a changed row updates', async () => {
    const first = await post('/api/v1/import/needs', { items: needs(tag) });
    expect(first.body).toMatchObject({ created: 4, updated: 0, failed: [] });
    Object.assign(ids, first.body.ids);
    const again = await post('/api/v1/import/needs', { items: needs(tag) });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 4, ids: first.body.ids });
    const changed = needs(tag).map((n, i) => (i === 0 ? { ...n, description: `${n.description} 预算 50 万元。` } : n));
    const third = await post('/api/v1/import/needs', { items: changed });
    expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
  });

  it('reports bad rows by index and field, and imports the good ones', async () => {
    const rows = [
      { externalId: `${tag}-bad1`, description: 'no title' },
      { externalId: `${tag}-ok`, title: '水质在线监测设备选型', description: '' },
      { externalId: `${tag}-bad2`, title: 'x'.repeat(600), description: 'title too long' },
      { externalId: `${tag}-bad3`, title: '描述过长', description: '长'.repeat(20001) },
    ];
    const res = await post('/api/v1/import/needs', { items: rows });
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
    expect(res.body.failed.map((f: { index: number }) => f.index)).toEqual([0, 2, 3]);
    expect(res.body.failed[0].errors.map((e: { field: string }) => e.field)).toEqual(['title']);
    expect(res.body.failed[2].errors[0]).toMatchObject({ field: 'description', constraint: 'maxLength' });
  });

  it('ranks each need’s obvious provider first, across Chinese and English, with scores and reasons', async () => {
    const expected: [string, string][] = [
      ['n-battery', 'battery'],
      ['n-shrimp', 'shrimp'],
      ['n-welding', 'welding'],
      ['n-bamboo', 'bamboo'],
    ];
    for (const [need, provider] of expected) {
      const body = await waitMatches('needs', ids[`${tag}-${need}`]);
      expect(mine(body.items)[0]).toMatchObject({
        externalId: `${tag}-${provider}`,
        providerId: ids[`${tag}-${provider}`],
      });
      const scores = body.items.map((m: { score: number }) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((s: number) => s >= 0 && s <= 100)).toBe(true);
      expect(mine(body.items)[0].reasons.summary['zh-CN']).toContain('匹配度');
      expect(mine(body.items)[0].reasons.summary.en).toContain('Fit');
    }
  });

  it('shows a provider the needs it could solve', async () => {
    const body = await waitMatches('providers', ids[`${tag}-battery`]);
    expect(mine(body.items)[0]).toMatchObject({ needId: ids[`${tag}-n-battery`], externalId: `${tag}-n-battery` });
  });

  it('ranks with a capability as soon as it changes its provider, and names it as the evidence', async () => {
    const battery = ids[`${tag}-battery`];
    const res = await post('/api/v1/import/capabilities', {
      items: [
        {
          externalId: `${tag}-cap-pilot`,
          providerExternalId: `${tag}-battery`,
          title: '锂电池正极材料中试放大',
          description: 'Cathode material pilot line for lithium batteries',
        },
      ],
    });
    expect(res.body).toMatchObject({ created: 1, failed: [] });
    const list = await waitMatches('providers', battery);
    const pair = list.items.find((m: { needId: string }) => m.needId === ids[`${tag}-n-battery`]);
    expect(pair.reasons.matchedCapability.title).toBe('锂电池正极材料中试放大');
    expect(pair.reasons.evidence.map((e: { kind: string }) => e.kind)).toContain('capability');
  });

  it('answers 404 for an unknown need', async () => {
    const res = await stack.http
      .get('/api/v1/needs/00000000-0000-0000-0000-000000000000/matches')
      .auth(coordinator, { type: 'bearer' });
    expect(res.status).toBe(404);
  });

  it('searches without a login, finding Chinese text by a differently segmented query (电池材料)', async () => {
    const search = (q: string, extra = '') =>
      stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent(q)}&limit=10${extra}`);
    await stack.settle();
    const hit = await search('电池材料');
    expect(hit.body.items.map((h: Hit) => h.externalId)).toContain(`${tag}-n-battery`);
    expect(hit.body).toMatchObject({
      total: expect.any(Number),
      facets: expect.objectContaining({ region: expect.any(Object) }),
    });
    expect(hit.body.items[0].snippet).toEqual(expect.any(String));
    const english = await search('welding robot');
    expect(english.body.items.map((h: Hit) => h.externalId)).toContain(`${tag}-n-welding`);
    const shrimp = await search('对虾病害');
    expect(shrimp.body.items.slice(0, 5).map((h: Hit) => h.externalId)).toContain(`${tag}-n-shrimp`);
  });

  it('filters by region facet (a province includes its cities) and paginates', async () => {
    const inRegion = async (q: string, region: string) => {
      const res = await stack.http.get(
        `/api/v1/search/needs?q=${encodeURIComponent(q)}&region=${encodeURIComponent(region)}&limit=100`,
      );
      return mine(res.body.items as Hit[]).map((h) => h.externalId);
    };
    expect(await inRegion('锂电池正极材料研发', '广东省佛山市')).toContain(`${tag}-n-battery`);
    expect(await inRegion('锂电池正极材料研发', '广东省')).toContain(`${tag}-n-battery`);
    expect(await inRegion('对虾', '广东省佛山市')).not.toContain(`${tag}-n-shrimp`);
    expect(await inRegion('对虾', '茂名')).toContain(`${tag}-n-shrimp`);
    const twice = await stack.http.get('/api/v1/search/needs?limit=10&page=1&limit=1');
    expect(twice.body.items).toHaveLength(1);
    const page = await stack.http.get('/api/v1/search/needs?limit=1&page=2');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
    const bad = await stack.http.get('/api/v1/search/needs?limit=101');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('limit');
  });

  it('never puts a need’s confidential part into the index', async () => {
    await post('/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-secret`,
          title: '保密需求测试',
          description: '公开描述',
          confidentialDetails: '绝密配方XYZ123',
        },
      ],
    });
    await stack.settle();
    expect(
      (await stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent('保密需求测试')}`)).body.total,
    ).toBeGreaterThan(0);
    const leak = await stack.http.get(`/api/v1/search/needs?q=XYZ123`);
    expect(leak.body.total).toBe(0);
    expect(
      JSON.stringify((await stack.http.get(`/api/v1/search/needs?q=${encodeURIComponent('保密需求测试')}`)).body),
    ).not.toContain('XYZ123');
  });
});

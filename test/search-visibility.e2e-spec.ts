import { TestStack } from './support/stack';

type Hit = { id: string };

describe('search shows drafts to their owners and to the coordinators of their region only', () => {
  let stack: TestStack;
  const tag = `sv${Date.now().toString(36)}`;
  const tokens: Record<string, string> = {};
  let draftId: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    tokens.owner = (
      await stack.user(`owner-${tag}@foshan.test`, {
        organization: { type: 'enterprise', name: `${tag} 佛山陶瓷公司`, regionCode: '440604' },
      })
    ).token;
    tokens.otherEnterprise = (
      await stack.user(`other-${tag}@maoming.test`, {
        organization: { type: 'enterprise', name: `${tag} 茂名化工公司`, regionCode: '440902' },
      })
    ).token;
    tokens.foshanCoordinator = (await stack.coordinator(`fs-${tag}@fsast.test`, `${tag} 佛山市科协`, '440600')).token;
    tokens.provinceCoordinator = (await stack.coordinator(`gd-${tag}@gdast.test`, `${tag} 广东省科协`, '440000')).token;
    tokens.maomingCoordinator = (await stack.coordinator(`mm-${tag}@mmast.test`, `${tag} 茂名市科协`, '440900')).token;

    const draft = await stack.http
      .post('/api/v1/needs')
      .auth(tokens.owner, { type: 'bearer' })
      .send({
        title: '建筑陶瓷窑炉余热回收',
        description: '辊道窑排烟温度高，希望回收余热用于干燥工序。',
        keywords: [tag, '余热回收'],
        fields: ['陶瓷材料'],
      });
    expect(draft.status).toBe(201);
    draftId = draft.body.id;
    // Indexed once the owner finds it.
    await stack.settle();
    expect(await hits(tokens.owner)).toContain(draftId);
  });
  afterAll(async () => {
    await stack.stop();
  });

  const hits = async (token: string | null, extra = '') => {
    const req = stack.http.get(`/api/v1/search/needs?q=${tag}&limit=50${extra}`);
    const res = await (token ? req.auth(token, { type: 'bearer' }) : req);
    expect(res.status).toBe(200);
    return res.body.items.map((h: Hit) => h.id) as string[];
  };

  it('hides a draft from the public', async () => {
    expect(await hits(null)).not.toContain(draftId);
    expect(await hits(null, '&status=draft')).not.toContain(draftId);
  });

  it('hides it from members of another organisation', async () => {
    expect(await hits(tokens.otherEnterprise)).not.toContain(draftId);
  });

  it('shows it to its owner, with its status as a facet', async () => {
    const res = await stack.http
      .get(`/api/v1/search/needs?q=${tag}&status=draft`)
      .auth(tokens.owner, { type: 'bearer' });
    expect(res.body.items.map((h: Hit) => h.id)).toContain(draftId);
    expect(res.body.facets.status.draft).toBeGreaterThanOrEqual(1);
  });

  it('shows it to the coordinators whose jurisdiction contains its region (the city and the province)', async () => {
    expect(await hits(tokens.foshanCoordinator)).toContain(draftId);
    expect(await hits(tokens.provinceCoordinator)).toContain(draftId);
  });

  it('hides it from the coordinator of another city', async () => {
    expect(await hits(tokens.maomingCoordinator)).not.toContain(draftId);
  });

  it('shows it to everyone once published', async () => {
    expect(
      (await stack.http.post(`/api/v1/needs/${draftId}/submit`).auth(tokens.owner, { type: 'bearer' })).status,
    ).toBe(200);
    expect(
      (await stack.http.post(`/api/v1/needs/${draftId}/approve`).auth(tokens.foshanCoordinator, { type: 'bearer' }))
        .status,
    ).toBe(200);
    await stack.settle();
    expect(await hits(null)).toContain(draftId);
    expect(await hits(tokens.otherEnterprise)).toContain(draftId);
    expect(await hits(tokens.maomingCoordinator)).toContain(draftId);
  });
});

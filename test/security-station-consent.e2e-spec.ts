import { TestStack } from './support/stack';

/** Issue 17: a workstation lists an expert in station only with the expert's consent. */
describe('experts in station need their consent', () => {
  let stack: TestStack;
  const tag = `sc${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the entry as awaiting consent to the station’s managers only, until the expert consents', async () => {
    const owner = await stack.user(`owner-${tag}@station.test`, {
      organization: { type: 'enterprise', name: `${tag} 江门摩托有限公司`, regionCode: '440700' },
    });
    const expert = await stack.user(`expert-${tag}@station.test`);
    const outsider = await stack.user(`outsider-${tag}@station.test`);
    const as = (token: string) => ({
      get: (path: string) => stack.http.get(path).auth(token, { type: 'bearer' }),
      post: (path: string, body: object = {}) => stack.http.post(path).auth(token, { type: 'bearer' }).send(body),
      put: (path: string, body: object) => stack.http.put(path).auth(token, { type: 'bearer' }).send(body),
    });
    const station = await as(owner.token).post('/api/v1/organizations', {
      type: 'workstation',
      workstationKind: 'academician',
      name: `${tag} 摩托院士工作站`,
      region: '440703',
      hostOrganizationId: owner.organization!.id,
    });
    const profile = await as(expert.token).put('/api/v1/me/expert-profile', {
      name: '梁工',
      title: '教授',
      keywords: ['发动机'],
    });
    const experts = `/api/v1/organizations/${station.body.id}/experts`;

    const added = await as(owner.token).post(experts, { providerId: profile.body.id });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ providerId: profile.body.id, status: 'awaiting_consent' });
    expect((await as(outsider.token).get(experts)).body.items).toEqual([]);
    expect((await as(expert.token).get('/api/v1/me/expert-profile')).body.workstations).toEqual([
      { id: station.body.id, name: `${tag} 摩托院士工作站`, awaitingConsent: true },
    ]);

    expect((await as(owner.token).post(`${experts}/${profile.body.id}/consent`)).status).toBe(403);
    const consented = await as(expert.token).post(`${experts}/${profile.body.id}/consent`);
    expect(consented.status).toBe(200);
    expect(consented.body).toMatchObject({ providerId: profile.body.id, status: 'in_station' });
    expect((await as(outsider.token).get(experts)).body.items).toEqual([
      expect.objectContaining({ providerId: profile.body.id, status: 'in_station' }),
    ]);
    const [audit] = await stack.db.query(
      `select after from audit_entries where action = 'workstation.expert-consented' and target_id = $1`,
      [station.body.id],
    );
    expect(audit.after).toEqual({ providerId: profile.body.id });
  });
});

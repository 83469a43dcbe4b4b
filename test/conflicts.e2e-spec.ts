import { TestStack } from './support/stack';

/**
 * Conflict-of-interest screening in 揭阳 (a city no other test touches): an enterprise lists a competitor, experts are
 * tied to it by their profile, by a declared employer (matched through an English alias) and by an avoid-list naming
 * the enterprise's credit code. Flagged candidates show their reasons to the coordinator only and cannot be introduced
 * until a coordinator overrides the flag with a reason.
 */
describe('conflicts: flagged candidates are blocked until overridden', () => {
  let stack: TestStack;
  const tag = `c${Date.now().toString(36)}`;
  const t = { coordinator: '', foreign: '', owner: '', expert: '' };
  const id: Record<string, string> = {};
  const creditCode = '91445200MA4W7K3L2N'; // made up; its check character is right (GB 32100-2015)

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    t.coordinator = (await stack.coordinator(`coord-${tag}@conflicts.test`, `${tag} 揭阳市科协`, '445200')).token;
    t.foreign = (await stack.coordinator(`foreign-${tag}@conflicts.test`, `${tag} 肇庆市科协`, '441200')).token;
    const owner = await stack.user(`owner-${tag}@conflicts.test`, {
      organization: { type: 'enterprise', name: `揭阳市${tag}瑞丰五金制品有限公司`, regionCode: '445202' },
    });
    t.owner = owner.token;
    id.enterprise = owner.organization!.id;
    const expert = await stack.user(`expert-${tag}@conflicts.test`);
    t.expert = expert.token;
    const [need] = await stack.db.query(
      `insert into needs (organization_id, status, title, region_code, published_at) values ($1, 'published', $2, '445202', now()) returning id`,
      [id.enterprise, `${tag} 不锈钢厨具抛光工艺改进`],
    );
    id.need = need.id;
    await provider('competitorEngineer', { affiliation: `揭阳${tag}海湾厨具有限公司` });
    await provider('employee', { userId: expert.user.id, affiliation: '韩山师范学院' });
    await provider('avoider', {});
    await provider('clean', { affiliation: '广东工业大学' });
    for (const [key, score] of [
      ['competitorEngineer', 90],
      ['employee', 80],
      ['avoider', 70],
      ['clean', 60],
    ] as const) {
      await stack.db.query(
        `insert into matches (need_id, provider_id, score, reasons, algorithm_version, need_revision, provider_revision) values ($1, $2, $3, '{}', 'conflict-fixture', 1, 1)`,
        [id.need, id[key], score],
      );
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function provider(key: string, row: { affiliation?: string; userId?: string }) {
    const [p] = await stack.db.query(
      `insert into providers (kind, name, affiliation, region_code, user_id, contact_phone) values ('expert', $1, $2, '445202', $3, '0663-8800 0000') returning id`,
      [`${tag} ${key}`, row.affiliation ?? null, row.userId ?? null],
    );
    id[key] = p.id;
  }

  const as = (who: keyof typeof t, lang = 'zh-CN') => ({
    get: (path: string) => stack.http.get(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' }),
    put: (path: string, body: object) =>
      stack.http.put(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' }).send(body),
    post: (path: string, body: object = {}) =>
      stack.http.post(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' }).send(body),
  });
  type Item = {
    providerId: string;
    conflict?: { reasons: { code: string; matchedBy: string; providerRelation: string }[]; override: unknown };
  };
  const matches = async (who: keyof typeof t) =>
    (await as(who).get(`/api/v1/needs/${id.need}/matches?limit=10`)).body.items as Item[];

  it('stores what the enterprise and the experts declare, private to them and the coordinators in charge', async () => {
    const declared = await as('owner').put(`/api/v1/organizations/${id.enterprise}/conflict-declarations`, {
      creditCode,
      aliases: [`Ruifeng ${tag} Hardware`],
      competitors: [{ name: `${tag}海湾厨具`, aliases: [`Haiwan ${tag} Kitchenware`] }],
    });
    expect(declared.status).toBe(200);
    expect(declared.body).toEqual({
      creditCode,
      aliases: [`Ruifeng ${tag} Hardware`],
      avoid: [],
      competitors: [{ name: `${tag}海湾厨具`, aliases: [`Haiwan ${tag} Kitchenware`], creditCode: null }],
    });
    const own = await as('expert').put(`/api/v1/providers/${id.employee}/conflict-declarations`, {
      employers: [{ name: `Ruifeng ${tag} Hardware Co., Ltd.` }],
    });
    expect(own.status).toBe(200);
    const onBehalf = await as('coordinator').put(`/api/v1/providers/${id.avoider}/conflict-declarations`, {
      avoid: [{ name: '某五金企业', creditCode }],
    });
    expect(onBehalf.status).toBe(200);
    expect((await as('foreign').get(`/api/v1/organizations/${id.enterprise}/conflict-declarations`)).status).toBe(403);
    expect((await as('expert').get(`/api/v1/organizations/${id.enterprise}/conflict-declarations`)).status).toBe(403);
    const [audit] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'conflict-declarations.replaced' and target_id = any($1)`,
      [[id.enterprise, id.employee, id.avoider]],
    );
    expect(audit.n).toBe(3);
  });

  it('flags the conflicted candidates for the coordinator, with reasons, and shows the enterprise nothing', async () => {
    const items = await matches('coordinator');
    const flags = Object.fromEntries(
      items.map((i) => [
        i.providerId,
        i.conflict?.reasons.map((r) => `${r.code}/${r.providerRelation}/${r.matchedBy}`) ?? [],
      ]),
    );
    expect(flags).toEqual({
      [id.competitorEngineer]: ['tied_to_competitor/profile_affiliation/name'],
      [id.employee]: ['tied_to_enterprise/employer/name'],
      [id.avoider]: ['provider_avoids/avoid/credit_code'],
      [id.clean]: [],
    });
    const next = (await as('coordinator').get(`/api/v1/needs/${id.need}/next-candidates?limit=10`)).body
      .items as Item[];
    expect(
      next
        .filter((i) => i.conflict)
        .map((i) => i.providerId)
        .sort(),
    ).toEqual([id.competitorEngineer, id.employee, id.avoider].sort());
    const seenByOwner = await matches('owner');
    expect(seenByOwner).toHaveLength(4);
    expect(seenByOwner.some((i) => 'conflict' in i)).toBe(false);
  });

  it('refuses to introduce a conflicted candidate, by match or by hand, and approves the clean one', async () => {
    const byMatch = await as('coordinator', 'en').post(
      `/api/v1/needs/${id.need}/matches/${id.competitorEngineer}/approve`,
    );
    expect(byMatch.status).toBe(409);
    expect(byMatch.body.code).toBe('CONFLICT_OF_INTEREST');
    expect(byMatch.body.message).toContain('override');
    expect(byMatch.body.details.reasons[0]).toMatchObject({
      code: 'tied_to_competitor',
      enterpriseOrganization: `${tag}海湾厨具`,
    });
    expect(
      (await as('coordinator').post(`/api/v1/needs/${id.need}/introductions`, { providerId: id.employee })).status,
    ).toBe(409);
    expect((await as('coordinator').post(`/api/v1/needs/${id.need}/matches/${id.clean}/approve`)).status).toBe(201);
    const [{ n }] = await stack.db.query(`select count(*)::int as n from engagements where need_id = $1`, [id.need]);
    expect(n).toBe(1);
  });

  it('lets an enterprise ask for a conflicted expert, but the coordinator cannot approve the request until overriding', async () => {
    const request = await as('owner').post(`/api/v1/needs/${id.need}/introduction-requests`, {
      providerId: id.avoider,
    });
    expect(request.status).toBe(201);
    expect(JSON.stringify(request.body)).not.toContain('conflict');
    expect((await as('coordinator').post(`/api/v1/introductions/${request.body.id}/approve`)).status).toBe(409);
    await as('coordinator').post(`/api/v1/needs/${id.need}/conflicts/${id.avoider}/override`, {
      reason: '企业知情并书面同意',
    });
    expect((await as('coordinator').post(`/api/v1/introductions/${request.body.id}/approve`)).status).toBe(200);
  });

  it('overrides a flag with a recorded, audited reason; only the coordinator in charge may', async () => {
    const path = `/api/v1/needs/${id.need}/conflicts/${id.competitorEngineer}`;
    expect((await as('coordinator').get(path)).body).toMatchObject({
      flagged: true,
      introducible: false,
      override: null,
    });
    expect((await as('foreign').post(`${path}/override`, { reason: '试图越权' })).status).toBe(403);
    expect((await as('owner').post(`${path}/override`, { reason: '自己放行' })).status).toBe(403);
    const empty = await as('coordinator', 'en').post(`${path}/override`, { reason: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'reason', constraint: 'isNotEmpty' });
    const overridden = await as('coordinator').post(`${path}/override`, {
      reason: '该专家已离职竞争对手两年，企业同意',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({
      flagged: true,
      introducible: true,
      override: { reason: '该专家已离职竞争对手两年，企业同意' },
    });
    const [entry] = await stack.db.query(
      `select after from audit_entries where action = 'conflict.overridden' and target_id = $1 and after->>'providerId' = $2`,
      [id.need, id.competitorEngineer],
    );
    expect(entry.after).toMatchObject({
      reason: '该专家已离职竞争对手两年，企业同意',
      reasons: [{ code: 'tied_to_competitor' }],
    });
    expect(
      (await as('coordinator').post(`/api/v1/needs/${id.need}/matches/${id.competitorEngineer}/approve`)).status,
    ).toBe(201);
    const flagged = (await matches('coordinator')).find((i) => i.providerId === id.competitorEngineer)!;
    expect(flagged.conflict?.override).toMatchObject({ reason: '该专家已离职竞争对手两年，企业同意' });
  });

  it('names the field of a malformed declaration', async () => {
    const res = await as('owner', 'en').put(`/api/v1/organizations/${id.enterprise}/conflict-declarations`, {
      creditCode: '123',
      competitors: [{ aliases: ['x'] }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['competitors.0.name', 'creditCode']);
  });
});

import { PASSWORD, TestStack } from './support/stack';

type Session = { token: string; user: { id: string } };

describe('organisations: profiles, members and roles, workstations, the audit log', () => {
  let stack: TestStack;
  let owner: Session;
  let colleague: Session;
  let outsider: Session;
  let foshanCoordinator: Session;
  let maomingCoordinator: Session;
  let admin: Session;
  let enterpriseId: string;

  const as = (s: Session | null) => ({
    get: (path: string) => stack.http.get(path).auth(s?.token ?? '', { type: 'bearer' }),
    post: (path: string, body: object) =>
      stack.http
        .post(path)
        .auth(s?.token ?? '', { type: 'bearer' })
        .send(body),
    patch: (path: string, body: object) =>
      stack.http
        .patch(path)
        .auth(s?.token ?? '', { type: 'bearer' })
        .send(body),
    delete: (path: string) => stack.http.delete(path).auth(s?.token ?? '', { type: 'bearer' }),
  });

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    owner = await stack.user('owner@zhiqing.test');
    colleague = await stack.user('engineer@zhiqing.test');
    outsider = await stack.user('owner@elsewhere.test', {
      organization: { type: 'enterprise', name: '茂名某养殖场', regionCode: '440904' },
    });
    foshanCoordinator = await stack.coordinator('coord@fsast.test', '佛山市科协（测试）', '440600');
    maomingCoordinator = await stack.coordinator('coord@mmast.test', '茂名市科协（测试）', '440900');
    admin = await stack.user('admin@platform.test', { admin: true });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('lets any user create an enterprise and become its admin, but only platform admins create associations', async () => {
    const created = await as(owner).post('/api/v1/organizations', {
      type: 'enterprise',
      name: '佛山市南海区智擎机器人有限公司',
      region: '佛山市南海区',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'enterprise',
      regionCode: '440605',
      role: 'admin',
      region: { name: '南海区', nameEn: 'Nanhai' },
    });
    enterpriseId = created.body.id;
    const mine = await as(owner).get('/api/v1/organizations/mine');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: enterpriseId, role: 'admin' })]);

    const association = { type: 'association', name: '顺德区科协', region: '440606' };
    expect((await as(owner).post('/api/v1/organizations', association)).status).toBe(403);
    const byAdmin = await as(admin).post('/api/v1/organizations', association);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.jurisdictionRegionCode).toBe('440606');
  });

  it('names a bad region or a misplaced field, in Chinese by default and in English on request', async () => {
    const zh = await as(owner).post('/api/v1/organizations', {
      type: 'enterprise',
      name: 'X',
      region: '火星市',
      hostOrganizationId: enterpriseId,
    });
    expect(zh.status).toBe(400);
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'region', message: '所在地区不是已知的行政区划' }),
        expect.objectContaining({ field: 'hostOrganizationId', message: 'hostOrganizationId 不适用于此类组织' }),
      ]),
    );
    const en = await as(owner)
      .post('/api/v1/organizations', { type: 'enterprise', name: 'X', region: 'Atlantis' })
      .set('Accept-Language', 'en');
    expect(en.body.errors).toEqual([
      expect.objectContaining({ field: 'region', message: 'Region is not a known region' }),
    ]);
  });

  it('shows the public profile to anyone signed in, and the member list only to members, coordinators in charge and admins', async () => {
    expect((await stack.http.get(`/api/v1/organizations/${enterpriseId}`)).status).toBe(401);
    const profile = await as(outsider).get(`/api/v1/organizations/${enterpriseId}`);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      name: '佛山市南海区智擎机器人有限公司',
      viewer: { role: null, manages: false },
    });
    expect(profile.body).not.toHaveProperty('members');

    expect((await as(owner).get(`/api/v1/organizations/${enterpriseId}/members`)).status).toBe(200);
    expect((await as(foshanCoordinator).get(`/api/v1/organizations/${enterpriseId}/members`)).status).toBe(200);
    expect((await as(admin).get(`/api/v1/organizations/${enterpriseId}/members`)).status).toBe(200);
    expect((await as(outsider).get(`/api/v1/organizations/${enterpriseId}/members`)).status).toBe(403);
    const foreign = await as(maomingCoordinator)
      .get(`/api/v1/organizations/${enterpriseId}/members`)
      .set('Accept-Language', 'en');
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({
      code: 'OUTSIDE_JURISDICTION',
      message: "This record lies outside your association's jurisdiction",
    });
  });

  const signInAgain = async (who: typeof owner) => {
    const [{ email }] = await stack.db.query('select email from users where id = $1', [who.user.id]);
    who.token = (await stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD })).body.accessToken;
  };

  const join = async (who: typeof owner, invited: { status: number; body: { token: string } }) => {
    expect(invited.status).toBe(201);
    expect((await as(who).post('/api/v1/invitations/accept', { token: invited.body.token })).status).toBeLessThan(300);
  };

  it('lets organisation admins add members, change roles and remove them, keeping at least one admin', async () => {
    const members = `/api/v1/organizations/${enterpriseId}/members`;
    expect((await as(outsider).post(members, { email: 'engineer@zhiqing.test', role: 'member' })).status).toBe(403);
    // Issue 17: adding a member invites them; they join when they accept, and the answer is the same for an unknown address.
    await join(colleague, await as(owner).post(members, { email: 'engineer@zhiqing.test', role: 'member' }));
    const unknown = await as(owner).post(members, { email: 'nobody-registered@zhiqing.test', role: 'member' });
    expect(Object.keys(unknown.body).sort()).toEqual([
      'email',
      'expiresAt',
      'id',
      'mobile',
      'organizationId',
      'purpose',
      'role',
      'token',
    ]);
    expect((await as(owner).post(members, { email: 'engineer@zhiqing.test', role: 'member' })).body.code).toBe(
      'ALREADY_MEMBER',
    );
    expect((await as(colleague).patch(`${members}/${owner.user.id}`, { role: 'member' })).status).toBe(403);

    const lastAdmin = await as(owner)
      .patch(`${members}/${owner.user.id}`, { role: 'member' })
      .set('Accept-Language', 'en');
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.body.message).toBe('An organisation must keep at least one admin');

    expect((await as(owner).patch(`${members}/${colleague.user.id}`, { role: 'admin' })).body).toEqual({
      userId: colleague.user.id,
      role: 'admin',
    });
    expect((await as(colleague).patch(`${members}/${owner.user.id}`, { role: 'member' })).status).toBe(200);
    // Issue 17: losing rights ends the member's access tokens; they sign in (or refresh) again.
    expect((await as(owner).get(members)).status).toBe(401);
    await signInAgain(owner);
    const list = await as(colleague).get(members);
    expect(list.body.items.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [colleague.user.id, 'admin'],
      [owner.user.id, 'member'],
    ]);
    // A member may leave; the roles go back for the rest of the story.
    expect((await as(owner).delete(`${members}/${owner.user.id}`)).status).toBe(204);
    await signInAgain(owner);
    await join(owner, await as(colleague).post(members, { email: 'owner@zhiqing.test', role: 'admin' }));
  });

  it('keeps a workstation’s host and in-station experts, managed by its admins', async () => {
    const station = await as(owner).post('/api/v1/organizations', {
      type: 'workstation',
      workstationKind: 'academician',
      name: '智擎机器人院士专家工作站',
      region: '440605',
      hostOrganizationId: enterpriseId,
    });
    expect(station.status).toBe(201);
    expect(station.body.hostOrganization).toEqual({ id: enterpriseId, name: '佛山市南海区智擎机器人有限公司' });
    expect(
      (
        await as(outsider).post('/api/v1/organizations', {
          type: 'workstation',
          name: '借名工作站',
          hostOrganizationId: enterpriseId,
        })
      ).status,
    ).toBe(403);

    const imported = await as(admin).post('/api/v1/import/providers', {
      items: [
        {
          externalId: 'org-spec-ws-expert',
          kind: 'expert',
          name: '郑启航',
          title: '院士',
          affiliation: '华南理工大学',
          fields: ['机器人'],
        },
        { externalId: 'org-spec-ws-society', kind: 'society', name: '广东省机械工程学会' },
      ],
    });
    const { 'org-spec-ws-expert': expertId, 'org-spec-ws-society': societyId } = imported.body.ids;
    const experts = `/api/v1/organizations/${station.body.id}/experts`;
    expect((await as(outsider).post(experts, { providerId: expertId })).status).toBe(403);
    expect((await as(owner).post(experts, { providerId: societyId })).body.errors).toEqual([
      expect.objectContaining({ field: 'providerId', constraint: 'isExpert' }),
    ]);
    expect((await as(owner).post(experts, { providerId: expertId })).status).toBe(201);
    expect((await as(owner).post(experts, { providerId: expertId })).status).toBe(201);
    // Issue 17: listed in station only once the expert consents; an imported expert without an account stays awaiting.
    expect((await as(owner).get(experts)).body.items).toEqual([
      expect.objectContaining({ providerId: expertId, name: '郑启航', title: '院士', status: 'awaiting_consent' }),
    ]);
    expect((await as(outsider).get(experts)).body.items).toEqual([]);
    expect((await as(owner).get(`/api/v1/organizations/${enterpriseId}/experts`)).body.code).toBe('NOT_A_WORKSTATION');
    expect((await as(owner).delete(`${experts}/${expertId}`)).status).toBe(204);
    expect((await as(owner).delete(`${experts}/${expertId}`)).status).toBe(404);
  });

  it('serves regions and fields for pickers, in Chinese and English, without signing in', async () => {
    const provinces = await stack.http.get('/api/v1/regions');
    expect(provinces.body.items).toHaveLength(34);
    const foshan = await stack.http.get('/api/v1/regions?parentCode=440600');
    expect(foshan.body.items).toEqual(
      expect.arrayContaining([
        {
          code: '440605',
          name: '南海区',
          nameEn: 'Nanhai',
          fullName: '广东省佛山市南海区',
          level: 'county',
          parentCode: '440600',
        },
      ]),
    );
    const cities = await stack.http.get('/api/v1/regions?parentCode=440000&level=city');
    expect(cities.body.items.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['佛山市', '茂名市', '阳江市']),
    );
    const resolved = await stack.http.get('/api/v1/regions/resolve').query({ q: 'Maoming' });
    expect(resolved.body).toMatchObject({
      code: '440900',
      name: '茂名市',
      path: [expect.objectContaining({ code: '440000' }), expect.objectContaining({ code: '440900' })],
    });
    expect((await stack.http.get('/api/v1/regions/resolve').query({ q: '不存在的地方' })).status).toBe(404);
    expect((await stack.http.get('/api/v1/regions?parentCode=999999')).status).toBe(404);

    const top = await stack.http.get('/api/v1/fields');
    expect(top.body.items.length).toBeGreaterThan(10);
    expect(
      top.body.items.every(
        (f: { parentCode: string | null; name: string; nameEn: string }) => f.parentCode === null && f.name && f.nameEn,
      ),
    ).toBe(true);
    const parent = top.body.items.find((f: { hasChildren: boolean }) => f.hasChildren);
    const children = await stack.http.get('/api/v1/fields').query({ parentCode: parent.code });
    expect(children.body.items.length).toBeGreaterThan(0);
    expect(children.body.items.every((f: { parentCode: string }) => f.parentCode === parent.code)).toBe(true);
  });

  it('records sign-ins and role changes, with before and after, for admins to read back', async () => {
    const login = await stack.http.post('/api/v1/auth/login').send({ email: 'owner@zhiqing.test', password: PASSWORD });
    const session = { token: login.body.accessToken, user: { id: owner.user.id } };
    expect(
      (
        await as(session).patch(`/api/v1/organizations/${enterpriseId}/members/${colleague.user.id}`, {
          role: 'member',
        })
      ).status,
    ).toBe(200);

    expect((await as(owner).get('/api/v1/audit')).status).toBe(403);
    const logins = await as(admin).get(`/api/v1/audit?action=auth.login&actorId=${owner.user.id}`);
    expect(logins.status).toBe(200);
    expect(logins.body.items[0]).toMatchObject({
      action: 'auth.login',
      actorId: owner.user.id,
      targetType: 'user',
      targetId: owner.user.id,
    });

    const roles = await as(admin).get(`/api/v1/audit?action=membership.*&targetId=${enterpriseId}&limit=100`);
    const changes = roles.body.items.map((e: { action: string; actorId: string; before: unknown; after: unknown }) => [
      e.action,
      e.actorId,
      e.before,
      e.after,
    ]);
    expect(changes[0]).toEqual([
      'membership.role-changed',
      owner.user.id,
      { userId: colleague.user.id, role: 'admin' },
      { userId: colleague.user.id, role: 'member' },
    ]);
    expect(changes).toEqual(
      expect.arrayContaining([
        // The colleague joined by accepting the owner's invitation (issue 17), so the entry is theirs.
        ['membership.added', colleague.user.id, null, { userId: colleague.user.id, role: 'member' }],
        ['membership.removed', owner.user.id, { userId: owner.user.id, role: 'member' }, null],
      ]),
    );
    expect(roles.body.items.every((e: { createdAt: string }) => !Number.isNaN(Date.parse(e.createdAt)))).toBe(true);
  });
});

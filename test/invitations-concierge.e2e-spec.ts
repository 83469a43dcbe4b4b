import { hashInvitationToken } from '@app/identity';
import { PASSWORD, TestStack } from './support/stack';

type Session = { token: string; user: { id: string }; organization?: { id: string } | null };

describe('invitations, the concierge service and expert profiles', () => {
  let stack: TestStack;
  let owner: Session;
  let foshanCoordinator: Session;
  let maomingCoordinator: Session;
  let enterpriseId: string;
  const made: { inviteeId?: string; handedOverUserId?: string; expertProviderId?: string } = {};

  const as = (s: Session | { token: string }) => ({
    get: (path: string) => stack.http.get(path).auth(s.token, { type: 'bearer' }),
    post: (path: string, body: object) => stack.http.post(path).auth(s.token, { type: 'bearer' }).send(body),
    put: (path: string, body: object) => stack.http.put(path).auth(s.token, { type: 'bearer' }).send(body),
  });
  const invite = (body: object) => as(owner).post(`/api/v1/organizations/${enterpriseId}/invitations`, body);

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    owner = await stack.user('owner@haiyun.test', {
      organization: { type: 'enterprise', name: '佛山市海云氢能科技有限公司', regionCode: '440605' },
    });
    enterpriseId = owner.organization!.id;
    foshanCoordinator = await stack.coordinator('coord@fsast.inv.test', '佛山市科协（邀请测试）', '440600');
    maomingCoordinator = await stack.coordinator('coord@mmast.inv.test', '茂名市科协（邀请测试）', '440900');
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('lets the invited account accept once; the token is kept only as a hash', async () => {
    const invitation = await invite({ email: 'Li.Engineer@Haiyun.test', role: 'member' });
    expect(invitation.status).toBe(201);
    expect(invitation.body).toMatchObject({ purpose: 'join', email: 'li.engineer@haiyun.test', role: 'member' });
    const days = (Date.parse(invitation.body.expiresAt) - Date.now()) / 86400000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await stack.db.query('select token_hash from invitations where id = $1', [invitation.body.id]);
    expect(stored[0].token_hash).toBe(hashInvitationToken(invitation.body.token));
    expect(JSON.stringify(stored)).not.toContain(invitation.body.token);

    const stranger = await stack.user('someone@else.test');
    const mismatch = await as(stranger).post('/api/v1/invitations/accept', { token: invitation.body.token });
    expect(mismatch.status).toBe(403);
    expect(mismatch.body.code).toBe('INVITATION_ACCOUNT_MISMATCH');

    const invitee = await stack.user('li.engineer@haiyun.test');
    made.inviteeId = invitee.user.id;
    const accepted = await as(invitee).post('/api/v1/invitations/accept', { token: invitation.body.token });
    expect(accepted.body).toEqual({ organizationId: enterpriseId, role: 'member' });
    const again = await as(invitee)
      .post('/api/v1/invitations/accept', { token: invitation.body.token })
      .set('Accept-Language', 'en');
    expect(again.status).toBe(410);
    expect(again.body.message).toBe('This invitation is invalid, already used or expired; ask for a new one');
    expect((await invite({ email: 'li.engineer@haiyun.test', role: 'admin' })).body.code).toBe('ALREADY_MEMBER');
  });

  it('lets a newcomer register with the token, and refuses expired or revoked tokens', async () => {
    const invitation = await invite({ mobile: '13922223333', role: 'admin' });
    const registered = await stack.http
      .post('/api/v1/invitations/register')
      .send({ token: invitation.body.token, password: PASSWORD, displayName: '梁工' });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ mobile: '13922223333', displayName: '梁工' });
    const mine = await as({ token: registered.body.accessToken }).get('/api/v1/organizations/mine');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: enterpriseId, role: 'admin' })]);

    const expired = await invite({ email: 'late@haiyun.test', role: 'member' });
    await stack.db.query(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [
      expired.body.id,
    ]);
    expect(
      (
        await stack.http
          .post('/api/v1/invitations/register')
          .send({ token: expired.body.token, password: PASSWORD, displayName: 'Late' })
      ).status,
    ).toBe(410);

    const revoked = await invite({ email: 'revoked@haiyun.test', role: 'member' });
    expect(
      (
        await stack.http
          .delete(`/api/v1/organizations/${enterpriseId}/invitations/${revoked.body.id}`)
          .auth(owner.token, { type: 'bearer' })
      ).status,
    ).toBe(204);
    expect(
      (
        await stack.http
          .post('/api/v1/invitations/register')
          .send({ token: revoked.body.token, password: PASSWORD, displayName: 'R' })
      ).status,
    ).toBe(410);
    const statuses = (await as(owner).get(`/api/v1/organizations/${enterpriseId}/invitations`)).body.items.map(
      (i: { status: string }) => i.status,
    );
    expect(statuses).toEqual(['revoked', 'expired', 'accepted', 'accepted']);
  });

  it('lets a coordinator set up an organisation and an account in their jurisdiction and hand them over', async () => {
    const outside = await as(foshanCoordinator).post('/api/v1/concierge/organizations', {
      type: 'enterprise',
      name: '化州市橘香药业有限公司',
      region: '化州市',
    });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('OUTSIDE_JURISDICTION');
    const org = await as(maomingCoordinator).post('/api/v1/concierge/organizations', {
      type: 'enterprise',
      name: '化州市橘香药业有限公司',
      region: '化州市',
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({ regionCode: '440982', createdOnBehalf: true });
    const row = await stack.db.query('select created_on_behalf_by from organizations where id = $1', [org.body.id]);
    expect(row[0].created_on_behalf_by).toBe(maomingCoordinator.user.id);

    const account = { displayName: '黄橘香', email: 'huang@juxiang.test', organizationId: org.body.id, role: 'admin' };
    expect((await as(foshanCoordinator).post('/api/v1/concierge/accounts', account)).body.code).toBe(
      'OUTSIDE_JURISDICTION',
    );
    expect((await as(owner).post('/api/v1/concierge/accounts', account)).status).toBe(403);
    const created = await as(maomingCoordinator).post('/api/v1/concierge/accounts', account);
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'huang@juxiang.test',
      createdOnBehalfBy: maomingCoordinator.user.id,
    });
    expect(created.body.invitation).toMatchObject({
      purpose: 'set-password',
      organizationId: org.body.id,
      role: 'admin',
    });
    made.handedOverUserId = created.body.user.id;
    expect(
      (await stack.http.post('/api/v1/auth/login').send({ email: 'huang@juxiang.test', password: PASSWORD })).status,
    ).toBe(401);

    const handedOver = await stack.http
      .post('/api/v1/invitations/set-password')
      .send({ token: created.body.invitation.token, password: PASSWORD });
    expect(handedOver.status).toBe(200);
    const profile = await as({ token: handedOver.body.accessToken }).get(`/api/v1/organizations/${org.body.id}`);
    expect(profile.body.viewer).toEqual({ role: 'admin', manages: true });
    expect(
      (
        await stack.http
          .post('/api/v1/invitations/set-password')
          .send({ token: created.body.invitation.token, password: 'Another@2026' })
      ).status,
    ).toBe(410);
    expect(
      (await stack.http.post('/api/v1/auth/login').send({ email: 'huang@juxiang.test', password: PASSWORD })).status,
    ).toBe(200);
  });

  it('keeps an expert’s profile as a provider, re-indexed and re-matched on every approved change', async () => {
    const expert = await stack.user('lin.haifeng@scut.test');
    expect((await as(expert).get('/api/v1/me/expert-profile')).status).toBe(404);
    const body = {
      title: '教授',
      affiliation: '华南理工大学',
      region: '广州',
      fields: ['材料科学'],
      keywords: ['固态电解质', '正极材料'],
      bio: '从事锂电池材料研究。',
      publications: [
        { title: '硫化物固态电解质的界面稳定性', year: 2024 },
        { kind: 'patent', title: '一种高镍正极包覆方法' },
      ],
    };
    const first = await as(expert).put('/api/v1/me/expert-profile', body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'lin.haifeng',
      title: '教授',
      regionCode: '440100',
      revision: 1,
      reviewState: 'submitted',
    });
    expect(first.body.publications.map((p: { kind: string }) => p.kind)).toEqual(['publication', 'patent']);
    const provider = await stack.db.query('select kind, user_id from providers where id = $1', [first.body.id]);
    expect(provider[0]).toEqual({ kind: 'expert', user_id: expert.user.id });
    made.expertProviderId = first.body.id;
    expect((await as(expert).put('/api/v1/me/expert-profile', body)).body.revision).toBe(1);

    const runOf = async () =>
      (
        await stack.db.query(
          `select revision, status from match_runs where subject_type = 'provider' and subject_id = $1`,
          [first.body.id],
        )
      )[0];
    const outboxRows = async () =>
      (
        await stack.db.query(
          `select count(*)::int as n from outbox_events where aggregate_type = 'provider' and aggregate_id = $1`,
          [first.body.id],
        )
      )[0].n;
    // Unreviewed: indexed for its reviewers only, ranked against nothing.
    expect(await runOf()).toBeUndefined();
    await stack.approveExpertProfile(first.body.id);
    expect(await runOf()).toEqual({ revision: 2, status: 'pending' });
    expect(await outboxRows()).toBe(2);

    // An edit waits for review: the approved profile stays as it was until the edit is approved.
    const changed = await as(expert).put('/api/v1/me/expert-profile', {
      ...body,
      keywords: [...body.keywords, '钠离子电池'],
    });
    expect(changed.body).toMatchObject({ id: first.body.id, revision: 2, reviewState: 'revision_submitted' });
    expect(await outboxRows()).toBe(2);
    expect((await as(expert).get('/api/v1/me/expert-profile')).body.keywords).toContain('钠离子电池');
    await stack.approveExpertProfile(first.body.id);
    expect(await runOf()).toEqual({ revision: 3, status: 'pending' });
    expect(await outboxRows()).toBe(3);
  });

  it('leaves every step in the audit log, readable by admins', async () => {
    const admin = await stack.user('admin@inv.test', { admin: true });
    const actions = async (filter: string) =>
      (await as(admin).get(`/api/v1/audit?${filter}&limit=100`)).body.items.map((e: { action: string }) => e.action);
    expect(await actions(`action=invitation.*&actorId=${owner.user.id}`)).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.revoked']),
    );
    expect(await actions(`actorId=${made.inviteeId}`)).toEqual(
      expect.arrayContaining(['invitation.accepted', 'membership.added']),
    );
    expect(await actions(`actorId=${maomingCoordinator.user.id}`)).toEqual(
      expect.arrayContaining(['organization.created-on-behalf', 'user.created-on-behalf', 'invitation.created']),
    );
    expect(await actions(`action=auth.password-set&targetId=${made.handedOverUserId}`)).toEqual(['auth.password-set']);
    expect(await actions(`targetType=provider&targetId=${made.expertProviderId}&action=expert-profile.*`)).toEqual([
      'expert-profile.updated',
      'expert-profile.created',
    ]);
  });
});

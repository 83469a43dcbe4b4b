import 'reflect-metadata';
import { MailSink } from './support/mail-sink';
import { forgetSignInAttempts } from './support/sign-in-attempts';
import { PASSWORD, TestStack } from './support/stack';

/**
 * Issue 17, accounts: registration answers the same whether or not the address is taken; an account must confirm the
 * invited address with a code sent there before it can accept an invitation (so pre-registering `ceo@corp.cn` gains
 * nothing); access tokens die with their sign-in (logout, password change elsewhere, a replayed refresh token) and
 * when a member loses rights; the console's refresh token lives in an HttpOnly cookie while API clients keep the
 * pinned login answer.
 */
describe('account security', () => {
  let stack: TestStack;
  let sink: MailSink;
  const tag = `sacc${Date.now().toString(36)}`;

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    try {
      stack = await TestStack.start({ worker: false });
    } finally {
      delete process.env.SMTP_URL;
    }
    await forgetSignInAttempts(stack);
  });
  afterAll(async () => {
    await forgetSignInAttempts(stack);
    await stack?.stop();
    await sink?.stop();
  });

  const bearer = (token: string) => ({
    get: (path: string) => stack.http.get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => stack.http.post(path).auth(token, { type: 'bearer' }).send(body),
  });
  const signIn = async (email: string, password = PASSWORD) => {
    const res = await stack.http.post('/api/v1/auth/login').send({ email, password });
    expect(res.status).toBe(200);
    return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
  };
  const codeIn = (address: string) => {
    const mail = sink
      .to(address)
      .filter((m) => m.kind === 'confirmation.code')
      .at(-1);
    return mail?.text.match(/\b(\d{6})\b/)?.[1];
  };

  it('answers registration the same whether or not the address has an account, and tells only the mailbox', async () => {
    const taken = `taken-${tag}@corp.test`;
    const fresh = `fresh-${tag}@corp.test`;
    await stack.user(taken);
    const again = await stack.http
      .post('/api/v1/auth/register')
      .send({ email: taken, password: 'Other@2026pass', displayName: '冒名者' });
    const first = await stack.http
      .post('/api/v1/auth/register')
      .send({ email: fresh, password: PASSWORD, displayName: '新用户' });
    expect([again.status, first.status]).toEqual([201, 201]);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(first.body).sort());
    expect(again.body).toEqual({ status: 'confirmation-sent', email: taken, mobile: null });
    expect(first.body).toEqual({ status: 'confirmation-sent', email: fresh, mobile: null });
    // The existing account is untouched; its owner hears about the attempt, the newcomer gets a code.
    await signIn(taken);
    expect(
      (await stack.http.post('/api/v1/auth/login').send({ email: taken, password: 'Other@2026pass' })).status,
    ).toBe(401);
    expect(sink.to(taken).map((m) => m.kind)).toEqual(['confirmation.already-registered']);
    expect(codeIn(fresh)).toMatch(/^\d{6}$/);
  });

  it('keeps a pre-registered address from accepting an invitation until the mailbox confirms it', async () => {
    const target = `ceo-${tag}@corp.test`;
    // The attacker registers the company's address first and signs in with it.
    expect(
      (
        await stack.http
          .post('/api/v1/auth/register')
          .send({ email: target, password: PASSWORD, displayName: '假冒 CEO' })
      ).status,
    ).toBe(201);
    const attacker = await signIn(target);
    const owner = await stack.user(`owner-${tag}@corp.test`, {
      organization: { type: 'enterprise', name: `保密企业 ${tag}`, regionCode: '440605' },
    });
    const invitation = await bearer(owner.token).post(`/api/v1/organizations/${owner.organization!.id}/invitations`, {
      email: target,
      role: 'admin',
    });
    expect(invitation.status).toBe(201);

    const refused = await bearer(attacker.accessToken)
      .post('/api/v1/invitations/accept', { token: invitation.body.token })
      .set('Accept-Language', 'en');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CONTACT_UNCONFIRMED');
    expect(refused.body.message).toMatch(/Confirm the invited e-mail address/);
    expect((await bearer(attacker.accessToken).get('/api/v1/me/contact')).body).toEqual({
      email: target,
      emailConfirmed: false,
      mobile: null,
      mobileConfirmed: false,
    });

    // Guessing the code: five wrong tries spend it, and then even the right one no longer works.
    const sent = codeIn(target)!;
    const wrong = sent === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const guess = await bearer(attacker.accessToken).post('/api/v1/me/contact/confirm', {
        channel: 'email',
        code: wrong,
      });
      expect(guess.status).toBe(400);
      expect(guess.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    }
    expect(
      (await bearer(attacker.accessToken).post('/api/v1/me/contact/confirm', { channel: 'email', code: sent })).status,
    ).toBe(400);
    // A new code at once is refused (one a minute).
    expect(
      (await bearer(attacker.accessToken).post('/api/v1/me/contact/confirmations', { channel: 'email' })).status,
    ).toBe(429);
    expect(
      (await bearer(attacker.accessToken).post('/api/v1/invitations/accept', { token: invitation.body.token })).status,
    ).toBe(403);
    expect(
      (
        await stack.db.query('select count(*)::int as n from memberships where organization_id = $1', [
          owner.organization!.id,
        ])
      )[0].n,
    ).toBe(1);
    const [stored] = await stack.db.query('select code_hash from contact_confirmations where address = $1', [target]);
    expect(stored.code_hash).not.toContain(sent);
  });

  it('lets the owner of the mailbox confirm with the code it received, and then accept', async () => {
    const invitee = `engineer-${tag}@corp.test`;
    await stack.http.post('/api/v1/auth/register').send({ email: invitee, password: PASSWORD, displayName: '工程师' });
    const session = await signIn(invitee);
    const owner = await stack.user(`owner2-${tag}@corp.test`, {
      organization: { type: 'enterprise', name: `邀请企业 ${tag}`, regionCode: '440605' },
    });
    const invitation = await bearer(owner.token).post(`/api/v1/organizations/${owner.organization!.id}/invitations`, {
      email: invitee,
      role: 'member',
    });

    const confirmed = await bearer(session.accessToken).post('/api/v1/me/contact/confirm', {
      channel: 'email',
      code: codeIn(invitee),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ email: invitee, emailConfirmed: true });
    const accepted = await bearer(session.accessToken).post('/api/v1/invitations/accept', {
      token: invitation.body.token,
    });
    expect(accepted.body).toEqual({ organizationId: owner.organization!.id, role: 'member' });
    const [audit] = await stack.db.query(
      `select after from audit_entries where action = 'auth.contact-confirmed' and actor_id = $1`,
      [session.user.id],
    );
    expect(audit.after).toEqual({ channel: 'email', address: invitee });
  });

  it('ends the access token of a sign-in that logged out, and keeps the others', async () => {
    const email = `logout-${tag}@auth.test`;
    await stack.user(email);
    const [leaving, staying] = [await signIn(email), await signIn(email)];
    expect(
      (await bearer(leaving.accessToken).post('/api/v1/auth/logout', { refreshToken: leaving.refreshToken })).status,
    ).toBe(204);
    expect((await bearer(leaving.accessToken).get('/api/v1/me')).status).toBe(401);
    expect((await bearer(staying.accessToken).get('/api/v1/me')).status).toBe(200);
  });

  it('ends every other sign-in, access tokens included, when the password changes', async () => {
    const email = `password-${tag}@auth.test`;
    await stack.user(email);
    const [stolen, changing] = [await signIn(email), await signIn(email)];
    expect(
      (
        await bearer(changing.accessToken).post('/api/v1/auth/password', {
          currentPassword: PASSWORD,
          newPassword: `${PASSWORD}-new`,
        })
      ).status,
    ).toBe(204);
    expect((await bearer(stolen.accessToken).get('/api/v1/me')).status).toBe(401);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: stolen.refreshToken })).status).toBe(
      401,
    );
    expect((await bearer(changing.accessToken).get('/api/v1/me')).status).toBe(200);
  });

  it('ends the access tokens of a replayed refresh token’s sign-in', async () => {
    const email = `replay-${tag}@auth.test`;
    await stack.user(email);
    const login = await signIn(email);
    const rotated = (await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken })).body;
    expect((await bearer(rotated.accessToken).get('/api/v1/me')).status).toBe(200);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken })).status).toBe(401);
    expect((await bearer(rotated.accessToken).get('/api/v1/me')).status).toBe(401);
    expect((await bearer(login.accessToken).get('/api/v1/me')).status).toBe(401);
  });

  it('ends a demoted admin’s access tokens; a refresh brings a token with the new rights', async () => {
    const owner = await stack.user(`demoter-${tag}@corp.test`, {
      organization: { type: 'enterprise', name: `降级企业 ${tag}`, regionCode: '440605' },
    });
    const orgId = owner.organization!.id;
    const colleague = await stack.user(`demoted-${tag}@corp.test`, {
      organization: { name: `降级企业 ${tag}` },
      role: 'admin',
    });
    const session = await signIn(`demoted-${tag}@corp.test`);
    expect(
      (
        await bearer(session.accessToken).post(`/api/v1/organizations/${orgId}/invitations`, {
          email: `x-${tag}@corp.test`,
          role: 'member',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await stack.http
          .patch(`/api/v1/organizations/${orgId}/members/${colleague.user.id}`)
          .auth(owner.token, { type: 'bearer' })
          .send({ role: 'member' })
      ).status,
    ).toBe(200);
    expect((await bearer(session.accessToken).get('/api/v1/me')).status).toBe(401);
    const renewed = await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(renewed.status).toBe(200);
    expect(
      (
        await bearer(renewed.body.accessToken).post(`/api/v1/organizations/${orgId}/invitations`, {
          email: `y-${tag}@corp.test`,
          role: 'member',
        })
      ).status,
    ).toBe(403);
    // The admin who demoted is unaffected.
    expect((await bearer(owner.token).get('/api/v1/me')).status).toBe(200);
  });

  describe('the console’s refresh cookie', () => {
    const email = `console-${tag}@auth.test`;
    const cookieOf = (res: { headers: Record<string, unknown> }) =>
      ([] as string[])
        .concat((res.headers['set-cookie'] as string[] | undefined) ?? [])
        .find((c) => c.startsWith('mkt_refresh='));
    const valueOf = (cookie: string) => cookie.split(';')[0];

    beforeAll(async () => {
      await stack.user(email);
    });

    it('keeps the pinned login answer for API clients: refreshToken in the body, no cookie', async () => {
      const res = await stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
      expect(res.body).toEqual(
        expect.objectContaining({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
          tokenType: 'Bearer',
        }),
      );
      expect(cookieOf(res)).toBeUndefined();
    });

    it('puts the console’s refresh token in an HttpOnly, SameSite=Strict cookie and never in the body', async () => {
      const login = await stack.http
        .post('/api/v1/auth/login')
        .set('X-Session-Cookie', '1')
        .send({ email, password: PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body.refreshToken).toBeUndefined();
      expect(typeof login.body.accessToken).toBe('string');
      const cookie = cookieOf(login)!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/api\/v1\/auth/);

      // Without the console's header the cookie is ignored (a form posted from another site cannot add it).
      const forged = await stack.http.post('/api/v1/auth/refresh').set('Cookie', valueOf(cookie)).send({});
      expect(forged.status).toBe(400);
      expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'refreshToken' })]);

      const refreshed = await stack.http
        .post('/api/v1/auth/refresh')
        .set('X-Session-Cookie', '1')
        .set('Cookie', valueOf(cookie))
        .send({});
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refreshToken).toBeUndefined();
      const rotated = cookieOf(refreshed)!;
      expect(valueOf(rotated)).not.toBe(valueOf(cookie));
      expect((await bearer(refreshed.body.accessToken).get('/api/v1/me')).status).toBe(200);

      // A page reloaded while that refresh was under way never got the rotated cookie and sends the old one again:
      // the same sign-in goes on with a new cookie (the unused one it replaced is revoked), not a sign-out.
      const resumed = await stack.http
        .post('/api/v1/auth/refresh')
        .set('X-Session-Cookie', '1')
        .set('Cookie', valueOf(cookie))
        .send({});
      expect(resumed.status).toBe(200);
      const current = cookieOf(resumed)!;
      expect([valueOf(cookie), valueOf(rotated)]).not.toContain(valueOf(current));
      const [{ live }] = await stack.db.query<{ live: number }[]>(
        `select count(*)::int as live from refresh_tokens where revoked_at is null and family_id =
           (select family_id from refresh_tokens where token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex'))`,
        [valueOf(cookie).slice('mkt_refresh='.length)],
      );
      expect(live).toBe(1);

      // Logging out ends the cookie's sign-in and clears the cookie.
      const out = await stack.http
        .post('/api/v1/auth/logout')
        .auth(resumed.body.accessToken, { type: 'bearer' })
        .set('X-Session-Cookie', '1')
        .set('Cookie', valueOf(current))
        .send({});
      expect(out.status).toBe(204);
      expect(cookieOf(out)).toMatch(/^mkt_refresh=;/);
      expect(
        (
          await stack.http
            .post('/api/v1/auth/refresh')
            .set('X-Session-Cookie', '1')
            .set('Cookie', valueOf(rotated))
            .send({})
        ).status,
      ).toBe(401);
      expect((await bearer(refreshed.body.accessToken).get('/api/v1/me')).status).toBe(401);
    });
  });
});

import { PASSWORD, TestStack } from './support/stack';

describe('accounts: sign-in, tokens, lock-out', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('registers by e-mail or mobile and signs in with either', async () => {
    expect(
      (
        await stack.http
          .post('/api/v1/auth/register')
          .send({ email: 'Wang@Example.cn', password: PASSWORD, displayName: '王工' })
      ).status,
    ).toBe(201);
    expect(
      (
        await stack.http
          .post('/api/v1/auth/register')
          .send({ mobile: '13912345678', password: PASSWORD, displayName: '李工' })
      ).status,
    ).toBe(201);
    // A taken address gets the same answer as a new one (issue 17: no enumeration); the account is untouched.
    const dup = await stack.http
      .post('/api/v1/auth/register')
      .set('Accept-Language', 'en')
      .send({ email: 'wang@example.cn', password: PASSWORD, displayName: 'again' });
    expect(dup.status).toBe(201);
    expect(dup.body).toEqual({ status: 'confirmation-sent', email: 'wang@example.cn', mobile: null });

    const byEmail = await stack.http.post('/api/v1/auth/login').send({ email: 'wang@example.cn', password: PASSWORD });
    expect(byEmail.status).toBe(200);
    expect(typeof byEmail.body.accessToken).toBe('string');
    const byMobile = await stack.http.post('/api/v1/auth/login').send({ mobile: '13912345678', password: PASSWORD });
    expect(byMobile.status).toBe(200);
    const me = await stack.http.get('/api/v1/me').auth(byMobile.body.accessToken, { type: 'bearer' });
    expect(me.body.userId).toBe(byMobile.body.user.id);
  });

  it('rotates refresh tokens, and logout revokes them', async () => {
    const login = await stack.http.post('/api/v1/auth/login').send({ email: 'wang@example.cn', password: PASSWORD });
    const refreshed = await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken })).status).toBe(
      401,
    );
    // That replay ended the whole sign-in (issue 17: reuse detection); a new sign-in logs out.
    const again = await stack.http.post('/api/v1/auth/login').send({ email: 'wang@example.cn', password: PASSWORD });
    const out = await stack.http
      .post('/api/v1/auth/logout')
      .auth(again.body.accessToken, { type: 'bearer' })
      .send({ refreshToken: again.body.refreshToken });
    expect(out.status).toBe(204);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: again.body.refreshToken })).status).toBe(
      401,
    );
  });

  it('changes the password: the old one stops working', async () => {
    const { token } = await stack.user('pw@example.cn');
    const res = await stack.http
      .post('/api/v1/auth/password')
      .auth(token, { type: 'bearer' })
      .send({ currentPassword: PASSWORD, newPassword: 'N3w-password!' });
    expect(res.status).toBe(204);
    expect(
      (await stack.http.post('/api/v1/auth/login').send({ email: 'pw@example.cn', password: PASSWORD })).status,
    ).toBe(401);
    expect(
      (await stack.http.post('/api/v1/auth/login').send({ email: 'pw@example.cn', password: 'N3w-password!' })).status,
    ).toBe(200);
  });

  it('locks an account for a while after five wrong passwords, with a clear message', async () => {
    await stack.user('locked@example.cn');
    for (let i = 0; i < 5; i++) {
      expect(
        (await stack.http.post('/api/v1/auth/login').send({ email: 'locked@example.cn', password: 'wrong' })).status,
      ).toBe(401);
    }
    const locked = await stack.http
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en')
      .send({ email: 'locked@example.cn', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_LOCKED');
    expect(locked.body.message).toMatch(/Too many failed sign-ins; try again in \d+ seconds/);
  });

  it('refuses protected endpoints without a token, and with a forged one', async () => {
    expect((await stack.http.get('/api/v1/me')).status).toBe(401);
    expect((await stack.http.get('/api/v1/me').auth('forged.token.here', { type: 'bearer' })).status).toBe(401);
  });
});

import { DomainError } from '@app/common';
import { Environment } from '@app/config';
import { AuthService, LoginThrottle } from '@app/identity';
import { RedisStore } from '@app/queue';
import { sign } from 'jsonwebtoken';
import { forgetSignInAttempts } from './support/sign-in-attempts';
import { PASSWORD, TestStack } from './support/stack';

/**
 * Issue 17: tokens are HS256 only, a replayed refresh token revokes its family; sign-in throttling counts before it verifies (no parallel guesses past the limit),
 * is keyed on account and client address, limits each address with a growing block, and keeps counting when Redis is down.
 */
describe('authentication hardening', () => {
  let stack: TestStack;
  let env: Environment;
  const tag = `sa${Date.now().toString(36)}`;
  const PER_ADDRESS = 20;

  beforeAll(async () => {
    const runValue = process.env.LOGIN_MAX_PER_ADDRESS;
    process.env.LOGIN_MAX_PER_ADDRESS = String(PER_ADDRESS); // read once, when the stack boots
    try {
      stack = await TestStack.start({ worker: false });
    } finally {
      if (runValue === undefined) delete process.env.LOGIN_MAX_PER_ADDRESS;
      else process.env.LOGIN_MAX_PER_ADDRESS = runValue;
    }
    env = stack.api.get(Environment);
    await forgetSignInAttempts(stack); // earlier files' failed sign-ins from 127.0.0.1 must not count against this file's limit
  });
  afterAll(async () => {
    await forgetSignInAttempts(stack);
    await stack?.stop();
  });

  const auth = () => stack.api.get(AuthService);
  const lockedFor = async (work: Promise<unknown>): Promise<number | null> => {
    try {
      await work;
      return null;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'LOGIN_LOCKED') return Number(err.params.seconds);
      if (err instanceof DomainError && err.code === 'INVALID_CREDENTIALS') return 0;
      throw err;
    }
  };

  it('accepts only HS256 access tokens', async () => {
    const { user, token } = await stack.user(`jwt-${tag}@auth.test`);
    expect((await stack.http.get('/api/v1/me').auth(token, { type: 'bearer' })).status).toBe(200);
    const payload = { sub: user.id, typ: 'access' };
    const hs512 = sign(payload, env.JWT_SECRET, { algorithm: 'HS512', expiresIn: 300 });
    expect((await stack.http.get('/api/v1/me').auth(hs512, { type: 'bearer' })).status).toBe(401);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
    expect((await stack.http.get('/api/v1/me').auth(unsigned, { type: 'bearer' })).status).toBe(401);
  });

  it('revokes the whole token family when a rotated refresh token comes back, and keeps other sign-ins', async () => {
    const email = `family-${tag}@auth.test`;
    await stack.user(email);
    const login = (await stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD })).body;
    const elsewhere = (await stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD })).body;
    const rotated = (await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken })).body;
    // A copy of the first token is replayed: the rotated one (held by whoever refreshed first) dies with it.
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken })).status).toBe(401);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: rotated.refreshToken })).status).toBe(
      401,
    );
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: elsewhere.refreshToken })).status).toBe(
      200,
    );
    const [audit] = await stack.db.query(
      `select after from audit_entries where action = 'auth.refresh-token-reused' and target_id = $1`,
      [rotated.user.id],
    );
    expect(audit.after.revoked).toBe(1);
  });

  it('forgets a remembered queue-dashboard sign-in once the password changes or the account stops being an admin', async () => {
    const changing = await stack.user(`dash-pw-${tag}@auth.test`, { admin: true });
    expect((await stack.http.get('/admin/queues').auth(`dash-pw-${tag}@auth.test`, PASSWORD)).status).toBe(200);
    await auth().changePassword(changing.user.id, PASSWORD, `${PASSWORD}-next`);
    expect((await stack.http.get('/admin/queues').auth(`dash-pw-${tag}@auth.test`, PASSWORD)).status).toBe(401);

    const demoted = await stack.user(`dash-role-${tag}@auth.test`, { admin: true });
    expect((await stack.http.get('/admin/queues').auth(`dash-role-${tag}@auth.test`, PASSWORD)).status).toBe(200);
    await stack.db.query('update users set is_platform_admin = false where id = $1', [demoted.user.id]);
    expect((await stack.http.get('/admin/queues').auth(`dash-role-${tag}@auth.test`, PASSWORD)).status).toBe(403);
  });

  it('checks at most the limit of parallel wrong passwords against the hash', async () => {
    const email = `race-${tag}@auth.test`;
    await stack.user(email);
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        stack.http.post('/api/v1/auth/login').send({ email, password: 'wrong-password' }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(env.LOGIN_MAX_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - env.LOGIN_MAX_FAILURES);
    const [checked] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'auth.login-failed' and after->>'account' = $1`,
      [email],
    );
    expect(checked.n).toBe(env.LOGIN_MAX_FAILURES);
  });

  it('lets parallel sign-ins with the right password all through: they wait for a slot rather than being refused', async () => {
    const email = `parallel-${tag}@auth.test`;
    await stack.user(email);
    await forgetSignInAttempts(stack); // the race above left its failures on 127.0.0.1
    const answers = await Promise.all(
      Array.from({ length: 3 * env.LOGIN_MAX_FAILURES }, () =>
        stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
  });

  it('locks an account only for the address that guessed: its owner signs in from elsewhere', async () => {
    const email = `victim-${tag}@auth.test`;
    await stack.user(email);
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++)
      expect(await lockedFor(auth().login(email, 'guess', { address: '198.51.100.7' }))).toBe(0);
    expect(await lockedFor(auth().login(email, PASSWORD, { address: '198.51.100.7' }))).toBeGreaterThan(0);
    expect(await lockedFor(auth().login(email, PASSWORD, { address: '203.0.113.20' }))).toBeNull();
  });

  it('limits one address over many accounts, blocking it twice as long each time it trips again', async () => {
    const address = '192.0.2.44';
    for (let i = 0; i < PER_ADDRESS; i++)
      expect(await lockedFor(auth().login(`nobody-${i}-${tag}@auth.test`, 'guess', { address }))).toBe(0);
    const first = await lockedFor(auth().login(`nobody-x-${tag}@auth.test`, 'guess', { address }));
    expect(first).toBe(env.LOGIN_LOCK_S);
    // The block runs out (removed here rather than waited for); the next trip blocks twice as long.
    await stack.api.get(RedisStore).client.del(`login:address-block:${address}`);
    for (let i = 0; i < PER_ADDRESS; i++)
      await lockedFor(auth().login(`again-${i}-${tag}@auth.test`, 'guess', { address }));
    expect(await lockedFor(auth().login(`again-x-${tag}@auth.test`, 'guess', { address }))).toBe(2 * env.LOGIN_LOCK_S);
    // A correct password from another address is not affected.
    const email = `bystander-${tag}@auth.test`;
    await stack.user(email);
    expect(await lockedFor(auth().login(email, PASSWORD, { address: '192.0.2.45' }))).toBeNull();
  });

  it('keeps counting in the process when Redis does not answer, instead of letting every attempt through', async () => {
    const deadRedis = new RedisStore({ ...env, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const throttle = new LoginThrottle(deadRedis, env);
      const attempt = { account: `offline-${tag}@auth.test`, address: '198.51.100.99' };
      for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) {
        await throttle.begin(attempt);
        await throttle.failed(attempt);
      }
      await expect(throttle.begin(attempt)).rejects.toMatchObject({ code: 'LOGIN_LOCKED' });
    } finally {
      deadRedis.onApplicationShutdown();
    }
  });
});

import { TestStack } from './support/stack';

describe('platform: health, docs, validation and errors', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('reports database, Redis, Meilisearch and the queue as up, with queue details for admins only', async () => {
    const { token: admin } = await stack.user('admin@health.test', { admin: true });
    await stack.settle(); // the in-process worker has taken jobs, so it is registered with the queue
    const res = await stack.http.get('/api/v1/health').auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.info.queue.workers).toBeGreaterThanOrEqual(1);
    expect(Object.keys(res.body.info).sort()).toEqual(['database', 'meilisearch', 'queue', 'redis']);
    expect(Object.values(res.body.info).every((s) => (s as { status: string }).status === 'up')).toBe(true);
    // Issue 17: the public answer says what is up, not how many workers and jobs there are.
    const anonymous = await stack.http.get('/api/v1/health');
    expect(anonymous.body.info).toEqual({
      database: { status: 'up' },
      redis: { status: 'up' },
      meilisearch: { status: 'up' },
      queue: { status: 'up' },
    });
  });

  it('serves the OpenAPI document generated from the DTOs', async () => {
    const res = await stack.http.get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/import/needs',
        '/api/v1/search/needs',
        '/api/v1/needs/{id}/matches',
      ]),
    );
    expect(res.body.components.schemas.NeedRow.required).toEqual(expect.arrayContaining(['externalId', 'title']));
  });

  it('names the bad field, in Chinese by default and in English on request', async () => {
    const zh = await stack.http
      .post('/api/v1/auth/register')
      .send({ email: 'not-an-email', password: 'short', displayName: '' });
    expect(zh.status).toBe(400);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    const fields = zh.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'displayName']));
    expect(zh.body.errors.find((e: { field: string }) => e.field === 'password').message).toBe('密码长度不能少于 8');

    const en = await stack.http
      .post('/api/v1/auth/register')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ email: 'x@y.cn', password: 'short', displayName: 'X' });
    expect(en.body.errors).toEqual([
      expect.objectContaining({ field: 'password', message: 'Password must be at least 8 characters' }),
    ]);
  });

  it('tags every response with a request id, echoing the caller’s', async () => {
    const res = await stack.http.get('/api/v1/health').set('X-Request-Id', 'trace-42');
    expect(res.headers['x-request-id']).toBe('trace-42');
  });

  it('keeps the queue dashboard behind an admin sign-in', async () => {
    expect((await stack.http.get('/admin/queues')).status).toBe(401);
    await stack.user('member@dash.test');
    const member = await stack.http.get('/admin/queues').auth('member@dash.test', 'Test@2026pass');
    expect(member.status).toBe(403);
    await stack.user('admin@dash.test', { admin: true });
    const admin = await stack.http.get('/admin/queues').auth('admin@dash.test', 'Test@2026pass');
    expect(admin.status).toBe(200);
  });
});

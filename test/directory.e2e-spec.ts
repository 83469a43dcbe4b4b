import { TestStack } from './support/stack';

/** Issue 19: platform admins list every account and organisation with filters and pages; nobody else may. */
describe('platform directory of users and organisations', () => {
  let stack: TestStack;
  let admin: string;
  let coordinator: string;
  const tag = `dir${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    admin = (await stack.user(`admin-${tag}@dir.test`, { admin: true })).token;
    coordinator = (await stack.coordinator(`coord-${tag}@dir.test`, `佛山市科协 ${tag}`, '440600')).token;
    for (const [i, region] of ['440604', '440605', '440902'].entries()) {
      await stack.user(`owner${i}-${tag}@dir.test`, {
        organization: { type: 'enterprise', name: `${tag} 企业${i}`, regionCode: region },
      });
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const get = (path: string, query: object, token = admin) =>
    stack.http.get(path).query(query).set('Accept-Language', 'en').auth(token, { type: 'bearer' });

  it('finds users by part of the address, with their organisations counted, a page at a time', async () => {
    const all = await get('/api/v1/directory/users', { q: tag });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(5);
    const owner = all.body.items.find((u: { email: string }) => u.email === `owner0-${tag}@dir.test`);
    expect(owner).toMatchObject({ organizations: 1, isPlatformAdmin: false, emailConfirmed: true });
    expect(JSON.stringify(all.body)).not.toMatch(/password|tokenVersion/i);
    const admins = await get('/api/v1/directory/users', { q: tag, admin: 'true' });
    expect(admins.body.items.map((u: { email: string }) => u.email)).toEqual([`admin-${tag}@dir.test`]);
    const [first, second] = [
      await get('/api/v1/directory/users', { q: tag, limit: 2, page: 1 }),
      await get('/api/v1/directory/users', { q: tag, limit: 2, page: 2 }),
    ];
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(2);
    expect(new Set([...first.body.items, ...second.body.items].map((u: { id: string }) => u.id)).size).toBe(4);
  });

  it('finds organisations by name, type and region (the region and everything inside it)', async () => {
    const enterprises = await get('/api/v1/directory/organizations', { q: tag, type: 'enterprise' });
    expect(enterprises.body.total).toBe(3);
    const foshan = await get('/api/v1/directory/organizations', { q: tag, region: '440600' });
    expect(foshan.body.items.map((o: { name: string }) => o.name).sort()).toEqual(
      [`${tag} 企业0`, `${tag} 企业1`, `佛山市科协 ${tag}`].sort(),
    );
    expect(foshan.body.items.every((o: { members: number }) => o.members === 1)).toBe(true);
  });

  it('names the bad filter in a 400, and refuses everyone but platform admins', async () => {
    for (const [path, query, field] of [
      ['/api/v1/directory/organizations', { type: 'company' }, 'type'],
      ['/api/v1/directory/organizations', { region: 'Foshan' }, 'region'],
      ['/api/v1/directory/users', { admin: 'maybe' }, 'admin'],
      ['/api/v1/directory/users', { limit: 1000 }, 'limit'],
    ] as const) {
      const res = await get(path, query);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    expect((await get('/api/v1/directory/users', {}, coordinator)).status).toBe(403);
    expect((await stack.http.get('/api/v1/directory/organizations')).status).toBe(401);
  });
});

import { TestStack } from './support/stack';

/**
 * Issue 17: hostile input answers 4xx naming the field, never 500, and writes nothing; bodies are capped before they
 * are read (large ones only for importers on /import).
 */
describe('hostile input and body limits', () => {
  let stack: TestStack;
  const tag = `hi${Date.now().toString(36)}`;
  const t: Record<'owner' | 'coordinator', string> = { owner: '', coordinator: '' };

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    t.owner = (
      await stack.user(`owner-${tag}@input.test`, {
        organization: { type: 'enterprise', name: `${tag} 东莞模具厂`, regionCode: '441900' },
      })
    ).token;
    t.coordinator = (await stack.coordinator(`coord-${tag}@input.test`, `${tag} 东莞市科协`, '441900')).token;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const postNeed = (body: object) =>
    stack.http.post('/api/v1/needs').auth(t.owner, { type: 'bearer' }).set('accept-language', 'en').send(body);
  const needsTitled = async (title: string) =>
    (await stack.db.query('select count(*)::int as n from needs where title like $1', [`${title}%`]))[0].n;

  it.each([
    ['title', { title: `${tag} 模具\u0000寿命`, description: '模具寿命短。' }],
    ['description', { title: `${tag} 模具寿命`, description: '寿命\u0000短' }],
    ['confidentialDetails', { title: `${tag} 模具寿命`, description: '模具寿命短。', confidentialDetails: '\u0000' }],
    ['keywords.1', { title: `${tag} 模具寿命`, description: '模具寿命短。', keywords: ['模具', 'a\u0000'] }],
    [
      'confidentialAttachments.0.name',
      {
        title: `${tag} 模具寿命`,
        description: '模具寿命短。',
        confidentialAttachments: [{ name: 'x\u0000.pdf', url: 'https://files.example.com/a.pdf' }],
      },
    ],
  ])('refuses a NUL character in %s with a field-level 400', async (field, body) => {
    const res = await postNeed(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field,
          constraint: 'noNulCharacter',
          message: expect.stringMatching(/^\S.* contains a NUL character/),
        }),
      ]),
    );
    expect(await needsTitled(`${tag} 模具`)).toBe(0);
  });

  it('refuses half a surrogate pair in an e-mail address with a field-level 400, not a 500', async () => {
    // JSON can carry "\ud800"; the e-mail check threw on it (found by the fuzz test).
    const res = await stack.http
      .post('/api/v1/auth/register')
      .set('Accept-Language', 'en')
      .set('Content-Type', 'application/json')
      .send('{"email":"\\ud800@example.com","password":"Passw0rd!2026","displayName":"x"}');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'email',
        constraint: 'noLoneSurrogate',
        message: expect.stringMatching(/half of a UTF-16 surrogate pair/),
      },
    ]);
  });

  it('refuses a budget finer than a fen, written with an exponent, with a field-level 400, and takes yuan and fen', async () => {
    // class-validator's decimal check threw on 1e-7 ("1e-7" has no '.'): a 500 the fuzz test found with 8e-323.
    for (const budgetMin of [1e-7, 8e-323, 0.001]) {
      const res = await postNeed({ title: `${tag} 模具寿命`, description: '模具寿命短。', budgetMin });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        {
          field: 'budgetMin',
          constraint: 'isAmount',
          message: 'Budget from must be an amount in yuan with at most two decimals',
        },
      ]);
    }
    expect(await needsTitled(`${tag} 模具`)).toBe(0);
    const zh = await stack.http
      .post('/api/v1/needs')
      .auth(t.owner, { type: 'bearer' })
      .send({ title: `${tag} 模具寿命`, description: '模具寿命短。', budgetMax: 1e-7 });
    expect(zh.body.errors[0].message).toBe('预算上限须为金额（元，最多两位小数）');
    const ok = await postNeed({
      title: `${tag} 预算 模具寿命`,
      description: '模具寿命短。',
      budgetMin: 50000.5,
      budgetMax: 1e6,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ budgetMin: 50000.5, budgetMax: 1000000 });
  });

  it('refuses nested arrays in confidentialAttachments with a field-level 400', async () => {
    const res = await postNeed({
      title: `${tag} 模具寿命`,
      description: '模具寿命短。',
      confidentialAttachments: [[{ name: 'a.pdf', url: 'https://files.example.com/a.pdf' }]],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toMatch(/^confidentialAttachments/);
    expect(await needsTitled(`${tag} 模具`)).toBe(0);
  });

  it('refuses NUL characters in query parameters and fails an import row with one alone', async () => {
    const search = await stack.http.get('/api/v1/search/needs').query({ q: 'a\u0000b' });
    expect(search.status).toBe(400);
    expect(search.body.errors[0]).toMatchObject({ field: 'q', constraint: 'noNulCharacter' });
    const imported = await stack.http
      .post('/api/v1/import/needs')
      .auth(t.coordinator, { type: 'bearer' })
      .send({
        items: [
          { externalId: `${tag}-nul`, title: '模具\u0000寿命', description: 'x' },
          { externalId: `${tag}-ok`, title: '模具寿命提升', description: 'x', region: '东莞' },
        ],
      });
    expect(imported.body).toMatchObject({
      created: 1,
      failed: [{ index: 0, errors: [{ field: 'title', constraint: 'noNulCharacter' }] }],
    });
  });

  it('caps bodies before reading them: 100 kB anonymous, 1 MB signed in, 30 MB for importers on /import', async () => {
    const padding = (bytes: number) => 'x'.repeat(bytes);
    const anonymous = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.test', password: padding(150_000) });
    expect(anonymous.status).toBe(413);
    expect(anonymous.body.code).toBe('PAYLOAD_TOO_LARGE');
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        externalId: `${tag}-big-${i}`,
        title: `大批量导入 ${i}`,
        description: padding(10_000),
        region: '东莞',
      }));
    const bulk = { items: rows(200) }; // about 2 MB
    expect((await stack.http.post('/api/v1/import/needs').send(bulk)).status).toBe(413);
    expect((await stack.http.post('/api/v1/import/needs').auth(t.owner, { type: 'bearer' }).send(bulk)).status).toBe(
      413,
    );
    const importer = await stack.http.post('/api/v1/import/needs').auth(t.coordinator, { type: 'bearer' }).send(bulk);
    expect(importer.status).toBe(200);
    expect(importer.body).toMatchObject({ created: 200, failed: [] });
    // A signed-in owner may send a need with long Chinese texts, \u-escaped (about 240 kB).
    const long = JSON.stringify({ title: `${tag} 长文本需求`, description: '长'.repeat(20_000) }).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const res = await stack.http
      .post('/api/v1/needs')
      .auth(t.owner, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send(long);
    expect(res.status).toBe(201);
  });

  it('sends security headers: a Content-Security-Policy allowing scripts from this origin only, no framing, no sniffing', async () => {
    const res = await stack.http.get('/api/v1/health');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

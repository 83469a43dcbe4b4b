import { ListingExpiry } from '@app/listings';
import { TestStack } from './support/stack';

type FieldErrorBody = { field: string; constraint: string; message: string };

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

/**
 * Issue 19, "forms and language": a bad request answers with every bad field at once, each under its path and named
 * as the console's form labels it, in the caller's language; a 统一社会信用代码 must carry a valid check character;
 * a listing that leaves review by expiring or closing settles the coordinators' "to review" notices.
 */
describe('forms and language: field errors as the form labels them', () => {
  let stack: TestStack;
  const tag = `fl${Date.now().toString(36)}`;
  const t: Record<string, string> = {};
  let enterpriseId: string;
  let coordinatorId: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const owner = await stack.user(`owner-${tag}@jm.test`, {
      organization: { type: 'enterprise', name: `${tag} 江门五金制品`, regionCode: '440700' },
    });
    t.owner = owner.token;
    enterpriseId = owner.organization!.id;
    const coordinator = await stack.coordinator(`gd-${tag}@gdast.test`, `${tag} 广东省科协`, '440000');
    t.coordinator = coordinator.token;
    coordinatorId = coordinator.user.id;
  });
  afterAll(async () => {
    await stack.stop();
  });

  const as = (who: string, lang: 'zh-CN' | 'en' = 'zh-CN') => ({
    post: (path: string, body: object = {}) =>
      stack.http.post(`/api/v1${path}`).auth(t[who], { type: 'bearer' }).set('Accept-Language', lang).send(body),
    put: (path: string, body: object) =>
      stack.http.put(`/api/v1${path}`).auth(t[who], { type: 'bearer' }).set('Accept-Language', lang).send(body),
  });
  const messages = (errors: FieldErrorBody[]) => Object.fromEntries(errors.map((e) => [e.field, e.message]));

  it('answers every bad field of a need at once, named as the need form labels it, in Chinese and in English', async () => {
    const body = {
      title: '',
      budgetMin: 'many',
      confidentialAttachments: [{ name: '', url: 'ftp://files.example.com/a.pdf' }],
    };
    const zh = await as('owner').post('/needs', body);
    expect(zh.status).toBe(400);
    expect(zh.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: '请求数据校验失败' });
    expect(messages(zh.body.errors)).toEqual({
      title: '需求标题不能为空',
      budgetMin: expect.stringMatching(/^预算下限/),
      'confidentialAttachments.0.name': '附件名称不能为空',
      'confidentialAttachments.0.url': '附件链接必须是 http(s) 链接',
    });

    const en = await as('owner', 'en').post('/needs', body);
    expect(en.status).toBe(400);
    expect(en.body.message).toBe('The request did not pass validation');
    expect(messages(en.body.errors)).toEqual({
      title: 'Need title is required',
      budgetMin: expect.stringMatching(/^Budget from /),
      'confidentialAttachments.0.name': 'Attachment name is required',
      'confidentialAttachments.0.url': 'Attachment link must be an http(s) link',
    });
  });

  it('answers the rules the service checks all at once too, refusing a deadline more than five years ahead', async () => {
    const title = `${tag} 五金件自动抛光`;
    const body = { title, region: '火星', budgetMin: 500, budgetMax: 100, deadline: '2126-01-31' };
    const zh = await as('owner').post('/needs', body);
    expect(zh.status).toBe(400);
    expect(messages(zh.body.errors)).toEqual({
      region: '所在地区不是已知的行政区划',
      budgetMax: '预算上限不能小于预算下限',
      deadline: expect.stringMatching(/^截止日期不能晚于 \d{4}-\d{2}-\d{2}（最多 5 年后）$/),
    });
    // A field the DTO refuses (the title) and the rules the service checks come back together, in one answer.
    const mixed = await as('owner').post('/needs', { ...body, title: '' });
    expect(messages(mixed.body.errors)).toEqual({ title: '需求标题不能为空', ...messages(zh.body.errors) });
    const en = await as('owner', 'en').post('/needs', { ...body, region: '江门' });
    expect(messages(en.body.errors)).toEqual({
      budgetMax: 'Budget up to must not be less than Budget from',
      deadline: expect.stringMatching(/^Deadline must be no later than \d{4}-\d{2}-\d{2} \(at most 5 years ahead\)$/),
    });
    // Four years ahead is a plan, not a slip.
    const fine = await as('owner').post('/needs', { title, region: '江门', deadline: inDays(4 * 365) });
    expect(fine.status).toBe(201);
    expect(await stack.db.query('select count(*)::int as n from needs where title = $1', [title])).toEqual([{ n: 1 }]);
  });

  it('names the concierge form’s fields as the console labels them', async () => {
    const zh = await as('coordinator').post('/concierge/organizations', { type: 'enterprise', name: '', region: '' });
    expect(zh.status).toBe(400);
    expect(messages(zh.body.errors)).toEqual({ name: '机构名称不能为空', region: '所在地区不能为空' });
    const en = await as('coordinator', 'en').post('/concierge/organizations', {
      type: 'enterprise',
      name: '',
      region: '',
    });
    expect(messages(en.body.errors)).toEqual({ name: 'Organisation name is required', region: 'Region is required' });
  });

  it('refuses a 统一社会信用代码 whose check character is wrong, and keeps a right one', async () => {
    const path = `/organizations/${enterpriseId}/conflict-declarations`;
    const zh = await as('owner').put(path, { creditCode: '91440605MA4W00000B' });
    expect(zh.status).toBe(400);
    expect(zh.body.errors).toEqual([
      {
        field: 'creditCode',
        constraint: 'isCreditCode',
        message: '统一社会信用代码有误：应为 18 位数字或大写字母，且末位校验码正确，请核对营业执照',
      },
    ]);
    const en = await as('owner', 'en').put(path, { creditCode: '91440605MA4W0000A' });
    expect(en.body.errors[0].message).toMatch(/^Unified social credit code is wrong: it has 18 digits/);
    const ok = await as('owner').put(path, { creditCode: '91440605MA4W00000A' });
    expect(ok.status).toBe(200);
    expect(ok.body.creditCode).toBe('91440605MA4W00000A');
  });

  it('marks the coordinators’ “to review” notices done when a need under review expires or is closed', async () => {
    const submitted = async (title: string) => {
      const created = await as('owner').post('/needs', {
        title,
        description: '小批量五金件抛光依赖人工，希望引入自动抛光工艺。',
        region: '江门',
        deadline: inDays(30),
      });
      expect(created.status).toBe(201);
      expect((await as('owner').post(`/needs/${created.body.id}/submit`)).status).toBeLessThan(300);
      return created.body.id as string;
    };
    const notice = (needId: string) =>
      stack.db.query<{ done_at: Date | null }[]>(
        `select done_at from notifications where kind = 'listing.submitted' and subject_id = $1 and user_id = $2`,
        [needId, coordinatorId],
      );
    const expiring = await submitted(`${tag} 抛光（将过期）`);
    const closing = await submitted(`${tag} 抛光（将关闭）`);
    expect(await notice(expiring)).toEqual([{ done_at: null }]);
    expect(await notice(closing)).toEqual([{ done_at: null }]);

    await stack.db.query(`update needs set deadline = current_date - 2 where id = $1`, [expiring]);
    expect(await stack.api.get(ListingExpiry).expireDue()).toBeGreaterThanOrEqual(1);
    expect(await stack.db.query('select status from needs where id = $1', [expiring])).toEqual([{ status: 'expired' }]);
    expect(await notice(expiring)).toEqual([{ done_at: expect.any(Date) }]);

    expect((await as('owner').post(`/needs/${closing}/close`)).status).toBeLessThan(300);
    expect(await notice(closing)).toEqual([{ done_at: expect.any(Date) }]);
  });
});

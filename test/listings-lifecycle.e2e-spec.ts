import { AuditEntry } from '@app/audit';
import { Provider } from '@app/listings';
import { JobDispatcher } from '@app/queue';
import { TestStack } from './support/stack';

type Hit = { id: string };
type QueueItem = { id: string; type: string; state: string; submittedAt: string; waitingSeconds: number };

/** A future date (YYYY-MM-DD) some days ahead. */
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

describe('needs and capabilities: lifecycle, review, confidentiality', () => {
  let stack: TestStack;
  const tag = `lc${Date.now().toString(36)}`;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start();
    t.owner = (
      await stack.user(`owner-${tag}@ruifeng.test`, {
        organization: { type: 'enterprise', name: `${tag} 顺德锐锋五金`, regionCode: '440606' },
      })
    ).token;
    t.colleague = (
      await stack.user(`colleague-${tag}@ruifeng.test`, {
        organization: { type: 'enterprise', name: `${tag} 顺德锐锋五金` },
        role: 'member',
      })
    ).token;
    t.maoming = (
      await stack.user(`owner-${tag}@haiwan.test`, {
        organization: { type: 'enterprise', name: `${tag} 化州橘红药业公司`, regionCode: '440982' },
      })
    ).token;
    t.guangdong = (await stack.coordinator(`gd-${tag}@gdast.test`, `${tag} 广东省科协`, '440000')).token;
    t.foshan = (await stack.coordinator(`fs-${tag}@fsast.test`, `${tag} 佛山市科协`, '440600')).token;
    t.maomingCoordinator = (await stack.coordinator(`mm-${tag}@mmast.test`, `${tag} 茂名市科协`, '440900')).token;
    t.admin = (await stack.user(`admin-${tag}@platform.test`, { admin: true })).token;
  });
  afterAll(async () => {
    await stack.stop();
  });

  const as = (who: string | null) => {
    const auth = <T extends { auth: (token: string, options: { type: 'bearer' }) => T }>(req: T) =>
      who ? req.auth(t[who], { type: 'bearer' }) : req;
    return {
      get: (path: string) => auth(stack.http.get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => auth(stack.http.post(`/api/v1${path}`)).send(body),
      patch: (path: string, body: object) => auth(stack.http.patch(`/api/v1${path}`)).send(body),
    };
  };
  const draftNeed = (who: string, extra: object = {}) =>
    as(who).post('/needs', {
      title: '印染废水深度脱色处理',
      description: '印染车间废水经生化处理后色度仍超标，希望与水处理专家联合攻关深度脱色工艺。',
      fields: ['水处理'],
      keywords: [tag, '印染废水'],
      cooperationModes: ['联合攻关'],
      budgetMin: 200000,
      budgetMax: 800000,
      deadline: inDays(90),
      confidentialDetails: '现有工艺：芬顿氧化加生化，出水 COD 约 180 mg/L；日处理 2000 吨。',
      confidentialAttachments: [{ name: '水质检测报告.pdf', url: 'https://files.example.com/water.pdf' }],
      ...extra,
    });
  const published = async (who = 'owner', extra: object = {}) => {
    const { body } = await draftNeed(who, extra);
    await as(who).post(`/needs/${body.id}/submit`);
    const coordinator = who === 'maoming' ? 'maomingCoordinator' : 'foshan';
    expect((await as(coordinator).post(`/needs/${body.id}/approve`)).status).toBe(200);
    return body.id as string;
  };
  const outboxDrained = async () => {
    await stack.settle();
    expect((await stack.db.query('select count(*)::int as n from outbox_events where processed_at is null'))[0].n).toBe(
      0,
    );
  };
  const searchIds = async (q: string, who: string | null = null) => {
    const res = await as(who).get(`/search/needs?q=${encodeURIComponent(q)}&limit=50`);
    expect(res.status).toBe(200);
    return res.body.items.map((h: Hit) => h.id) as string[];
  };

  it('drafts a need, returns it with a reason the owner sees, and publishes it after a fix; then anyone finds it', async () => {
    const created = await draftNeed('owner');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      state: 'draft',
      revision: 1,
      regionCode: '440606',
      regionName: '广东省佛山市顺德区',
      cooperationModes: ['joint_rnd'],
      budgetMin: 200000,
    });
    expect(created.body.fieldCodes).toEqual(['environment.water-treatment']);
    expect(created.body.allowedActions.sort()).toEqual(['close', 'submit', 'update']);
    const id = created.body.id;

    expect((await as('owner').post(`/needs/${id}/submit`)).body).toMatchObject({
      status: 'submitted',
      allowedActions: ['close'],
    });
    const returned = await as('foshan').post(`/needs/${id}/return`, { reason: '请补充现有工艺的进出水指标。' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('draft');
    const seen = await as('colleague').get(`/needs/${id}`);
    expect(seen.body).toMatchObject({ status: 'draft', returnReason: '请补充现有工艺的进出水指标。' });

    const fixed = await as('colleague').patch(`/needs/${id}`, {
      description: `${created.body.description} 进水 COD 约 800 mg/L，色度 400 倍。`,
    });
    expect(fixed.body).toMatchObject({ status: 'draft', revision: 2 });
    expect((await as('owner').post(`/needs/${id}/submit`)).body).toMatchObject({
      status: 'submitted',
      returnReason: null,
    });
    const approved = await as('foshan').post(`/needs/${id}/approve`);
    expect(approved.body).toMatchObject({ status: 'published', revision: 2, publishedAt: expect.any(String) });

    await stack.settle();
    expect(await searchIds(tag)).toContain(id);
    const audit = await stack.db
      .getRepository(AuditEntry)
      .find({ where: { targetId: id }, order: { createdAt: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'need.create',
      'need.submit',
      'need.return',
      'need.update',
      'need.submit',
      'need.approve',
    ]);
    expect(audit[2]).toMatchObject({
      before: { state: 'submitted' },
      after: { state: 'draft', reason: '请补充现有工艺的进出水指标。' },
    });
    expect(audit[5]).toMatchObject({
      before: { status: 'submitted', revision: 2 },
      after: { status: 'published', revision: 2 },
    });
  });

  it('keeps the published text visible and searchable while an edit waits for review, and swaps it in on approval', async () => {
    const id = await published();
    await stack.settle();
    expect(await searchIds(tag)).toContain(id);
    const before = (await as(null).get(`/needs/${id}`)).body;

    const edit = await as('owner').patch(`/needs/${id}`, {
      title: '印染废水臭氧催化氧化脱色',
      keywords: [tag, 'quokka'],
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      status: 'published',
      state: 'revision_submitted',
      title: before.title,
      revision: before.revision,
    });
    expect(edit.body.pendingRevision).toMatchObject({
      status: 'submitted',
      title: '印染废水臭氧催化氧化脱色',
      baseRevision: before.revision,
    });
    const publicView = (await as(null).get(`/needs/${id}`)).body;
    expect(publicView.title).toBe(before.title);
    expect(publicView).not.toHaveProperty('pendingRevision');

    const returned = await as('guangdong').post(`/needs/${id}/return`, { reason: '标题请保留“深度脱色”。' });
    expect(returned.body).toMatchObject({
      status: 'published',
      state: 'revision_returned',
      pendingRevision: { status: 'returned', returnReason: '标题请保留“深度脱色”。' },
    });
    await outboxDrained();
    expect(await searchIds(tag)).toContain(id);
    expect(await searchIds('quokka')).not.toContain(id);

    const resubmitted = await as('owner').patch(`/needs/${id}`, { title: '印染废水深度脱色与中水回用' });
    expect(resubmitted.body.state).toBe('revision_submitted');
    const approved = await as('foshan').post(`/needs/${id}/approve`);
    expect(approved.body).toMatchObject({
      status: 'published',
      state: 'published',
      title: '印染废水深度脱色与中水回用',
      keywords: [tag, 'quokka'],
      revision: before.revision + 1,
      pendingRevision: null,
    });
    await stack.settle();
    expect(await searchIds('quokka')).toContain(id);
    const [run] = await stack.db.query(
      `select revision from match_runs where subject_type = 'need' and subject_id = $1`,
      [id],
    );
    expect(run.revision).toBe(before.revision + 1);
  });

  it('answers an invalid step with 409 and the allowed actions, in Chinese or English', async () => {
    const { body: draft } = await draftNeed('owner');
    const approve = await as('foshan').post(`/needs/${draft.id}/approve`);
    expect(approve.status).toBe(409);
    expect(approve.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'draft', action: 'approve', allowed: ['update', 'submit', 'close'] },
    });
    expect(approve.body.message).toContain('不能执行');
    const resolve = await as('owner').post(`/needs/${draft.id}/resolve`).set('Accept-Language', 'en');
    expect(resolve.status).toBe(409);
    expect(resolve.body.message).toBe('Cannot resolve from status "draft"; allowed: update, submit, close');

    expect((await as('owner').post(`/needs/${draft.id}/close`)).body.status).toBe('closed');
    const afterClose = await as('owner').patch(`/needs/${draft.id}`, { title: '还能改吗' });
    expect(afterClose.status).toBe(409);
    expect(afterClose.body.details.allowed).toEqual([]);
  });

  it('refuses steps that are not the caller’s to take', async () => {
    const { body: draft } = await draftNeed('owner');
    expect((await as('owner').post(`/needs/${draft.id}/submit`)).status).toBe(200);
    expect((await as('owner').post(`/needs/${draft.id}/approve`)).status).toBe(403); // owners do not review
    expect((await as('maomingCoordinator').post(`/needs/${draft.id}/approve`)).status).toBe(403); // another city's coordinator
    expect((await as('maoming').patch(`/needs/${draft.id}`, { title: '别人的需求' })).status).toBe(403);
    expect((await as(null).post(`/needs/${draft.id}/submit`)).status).toBe(401);
    expect((await as('admin').post(`/needs/${draft.id}/approve`)).status).toBe(200);
  });

  it('shows the confidential part only to the owner and the coordinators in charge', async () => {
    const id = await published();
    const hasSecret = async (who: string | null) => {
      const res = await as(who).get(`/needs/${id}`);
      expect(res.status).toBe(200);
      expect(res.body.title).toBe('印染废水深度脱色处理');
      return 'confidentialDetails' in res.body || JSON.stringify(res.body).includes('芬顿');
    };
    expect(await hasSecret(null)).toBe(false);
    expect(await hasSecret('maoming')).toBe(false);
    expect(await hasSecret('maomingCoordinator')).toBe(false);
    expect(await hasSecret('owner')).toBe(true);
    expect(await hasSecret('colleague')).toBe(true);
    expect(await hasSecret('foshan')).toBe(true);
    expect(await hasSecret('guangdong')).toBe(true);
    expect(await hasSecret('admin')).toBe(true);
    const owner = (await as('owner').get(`/needs/${id}`)).body;
    expect(owner.confidentialAttachments).toEqual([
      { name: '水质检测报告.pdf', url: 'https://files.example.com/water.pdf' },
    ]);

    const { body: draft } = await draftNeed('owner');
    expect((await as(null).get(`/needs/${draft.id}`)).status).toBe(401);
    expect((await as('maoming').get(`/needs/${draft.id}`)).status).toBe(403);
    expect((await as('maomingCoordinator').get(`/needs/${draft.id}`)).status).toBe(403);
    expect((await as('foshan').get(`/needs/${draft.id}`)).status).toBe(200);
  });

  it('queues submitted listings oldest first with their waiting time, each coordinator seeing their jurisdiction only', async () => {
    const { body: shrimp } = await draftNeed('maoming', { title: '化橘红提取车间废水处理', region: '茂名市化州市' });
    expect((await as('maoming').post(`/needs/${shrimp.id}/submit`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const { body: weld } = await draftNeed('owner', { title: '陶瓷抛光废水回用' });
    expect((await as('owner').post(`/needs/${weld.id}/submit`)).status).toBe(200);
    const revised = await published();
    await as('owner').patch(`/needs/${revised}`, { description: '补充说明：优先考虑产学研合作。' });

    const queue = async (who: string) => {
      const res = await as(who).get('/review/queue?type=need&limit=100');
      expect(res.status).toBe(200);
      return res.body.items as QueueItem[];
    };
    const province = await queue('guangdong');
    const ids = province.map((i) => i.id);
    expect(ids.indexOf(shrimp.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(shrimp.id)).toBeLessThan(ids.indexOf(weld.id));
    expect(province.find((i) => i.id === revised)).toMatchObject({ state: 'revision_submitted' });
    const times = province.map((i) => Date.parse(i.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(province.find((i) => i.id === shrimp.id)!.waitingSeconds).toBeGreaterThanOrEqual(1);
    expect(province.every((i) => Number.isInteger(i.waitingSeconds) && i.waitingSeconds >= 0)).toBe(true);

    const foshan = (await queue('foshan')).map((i) => i.id);
    expect(foshan).toEqual(expect.arrayContaining([weld.id, revised]));
    expect(foshan).not.toContain(shrimp.id);
    const maoming = (await queue('maomingCoordinator')).map((i) => i.id);
    expect(maoming).toContain(shrimp.id);
    expect(maoming).not.toContain(weld.id);

    expect((await as('owner').get('/review/queue')).status).toBe(403);
    expect((await as(null).get('/review/queue')).status).toBe(401);
  });

  it('names every bad field, in Chinese by default and in English on request', async () => {
    const body = {
      title: '',
      region: '火星',
      fields: ['电池材料', '风水堪舆'],
      cooperationModes: ['合资'],
      budgetMin: 500,
      budgetMax: 100,
      deadline: '2001-01-01',
      confidentialAttachments: [{ name: 'x', url: 'ftp://nope' }],
    };
    const zh = await as('owner').post('/needs', body);
    expect(zh.status).toBe(400);
    // Every bad field at once: those the DTO refuses and those the service's content rules find (issue 19).
    expect(zh.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'budgetMax',
      'confidentialAttachments.0.url',
      'cooperationModes[0]',
      'deadline',
      'fields[1]',
      'region',
      'title',
    ]);
    const en = await as('owner')
      .post('/needs', { ...body, title: '合规标题', confidentialAttachments: [] })
      .set('Accept-Language', 'en');
    expect(en.status).toBe(400);
    const byField = Object.fromEntries(
      en.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(byField).toEqual({
      region: 'Region is not a known region',
      'fields[1]': 'Fields "风水堪舆" is not in the field taxonomy (put free terms in keywords)',
      'cooperationModes[0]': expect.stringContaining('"合资" is not a cooperation mode'),
      budgetMax: 'Budget up to must not be less than Budget from',
      deadline: 'Deadline must not be in the past',
    });
    const zhRegion = await as('owner').post('/needs', { title: '合规标题', region: '火星' });
    expect(zhRegion.body.errors[0].message).toBe('所在地区不是已知的行政区划');

    const { body: draft } = await draftNeed('owner', { description: '' });
    const submit = await as('owner').post(`/needs/${draft.id}/submit`).set('Accept-Language', 'en');
    expect(submit.status).toBe(400);
    expect(submit.body.errors).toEqual([
      expect.objectContaining({ field: 'description', message: 'Description is required before review' }),
    ]);
    const noReason = await as('foshan').post(`/needs/${draft.id}/return`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
  });

  it('lists an organisation’s own needs by status, paginated', async () => {
    for (let i = 0; i < 3; i++) expect((await draftNeed('owner', { title: `草稿 ${i}` })).status).toBe(201);
    const mine = await as('colleague').get('/needs?mine=true&status=draft&limit=2&page=1');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.total).toBeGreaterThan(2);
    expect(
      mine.body.items.every(
        (n: { status: string; organizationName: string }) =>
          n.status === 'draft' && n.organizationName === `${tag} 顺德锐锋五金`,
      ),
    ).toBe(true);
    expect(mine.body.items[0]).toHaveProperty('confidentialDetails');
    const theirs = await as('maoming').get('/needs?mine=true&status=draft&limit=100');
    expect(
      theirs.body.items.every((n: { organizationName: string }) => n.organizationName === `${tag} 化州橘红药业公司`),
    ).toBe(true);
    expect((await as(null).get('/needs?mine=true')).status).toBe(401);
    const open = await as(null).get('/needs?limit=100');
    expect(open.body.items.length).toBeGreaterThan(0);
    expect(
      open.body.items.every(
        (n: object) => (n as { status: string }).status === 'published' && !('confidentialDetails' in n),
      ),
    ).toBe(true);
  });

  it('expires a need past its deadline, which takes it out of search and matching', async () => {
    const id = await published('owner', { deadline: inDays(3) });
    await stack.settle();
    expect(await searchIds(tag)).toContain(id);
    await stack.db.query(`update needs set deadline = current_date - 2 where id = $1`, [id]); // three days later…
    await stack.api.get(JobDispatcher).enqueue('listings.expire-due', {});
    await stack.settle(); // the expiry job, then the index and the match run it causes
    const expired = (await as('owner').get(`/needs/${id}`)).body;
    expect(expired).toMatchObject({ status: 'expired', allowedActions: [] });
    expect(await searchIds(tag)).not.toContain(id);
    const [audit] = await stack.db.getRepository(AuditEntry).find({ where: { targetId: id, action: 'need.expire' } });
    expect(audit).toMatchObject({ actorId: null, before: { status: 'published' }, after: { status: 'expired' } });
    const [run] = await stack.db.query(`select status from match_runs where subject_id = $1`, [id]);
    expect(run?.status).toBe('ready');
    expect((await stack.db.query('select count(*)::int as n from matches where need_id = $1', [id]))[0].n).toBe(0);
  });

  it('takes a society’s capability through review; publishing it re-indexes its provider', async () => {
    const society = await stack.user(`society-${tag}@ceramics.test`, {
      organization: { type: 'society', name: `${tag} 佛山市陶瓷学会`, regionCode: '440600' },
    });
    t.society = society.token;
    const provider = await stack.db.getRepository(Provider).save({
      kind: 'society',
      name: `${tag} 佛山市陶瓷学会`,
      regionCode: '440600',
      organizationId: society.organization!.id,
      fields: ['陶瓷材料'],
      keywords: ['陶瓷釉料'],
    });

    const created = await as('society').post('/capabilities', {
      title: '建筑陶瓷釉料配方优化服务',
      description: '为陶瓷企业提供釉料配方诊断与烧成曲线优化，两周内出具试验方案。',
      fields: ['陶瓷材料'],
      keywords: [tag, '釉料配方'],
      serviceModes: ['技术咨询', 'training'],
      regions: ['佛山', '440900'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      providerId: provider.id,
      providerType: 'society',
      serviceModes: ['consulting', 'training'],
      regionCodes: ['440600', '440900'],
    });
    const id = created.body.id;
    expect((await as('owner').patch(`/capabilities/${id}`, { title: '抢过来' })).status).toBe(403);
    expect((await as('society').post(`/capabilities/${id}/submit`)).status).toBe(200);
    expect((await as('maomingCoordinator').post(`/capabilities/${id}/approve`)).status).toBe(403); // reviewed where the society sits
    const approved = await as('foshan').post(`/capabilities/${id}/approve`);
    expect(approved.body).toMatchObject({ status: 'published', allowedActions: expect.arrayContaining(['close']) });
    expect(approved.body.allowedActions).not.toContain('resolve');
    expect((await as('society').post(`/capabilities/${id}/resolve`)).status).toBe(404);

    await stack.settle();
    const found = await as(null).get(`/search/capabilities?q=${tag}`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((h: Hit) => h.id)).toContain(id);
    expect((await stack.db.getRepository(Provider).findOneByOrFail({ id: provider.id })).revision).toBe(2);
    const queue = await as('foshan').get('/review/queue?type=capability');
    expect(queue.body.items.map((i: QueueItem) => i.id)).not.toContain(id);
    const mine = await as('society').get('/capabilities?mine=true');
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });
});

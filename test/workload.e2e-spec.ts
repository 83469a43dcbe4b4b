import { TestStack } from './support/stack';

/**
 * Broker workload in 云浮 (a city no other test touches): two coordinators of the city association, the items in
 * their jurisdiction written row by row at known ages, assignment between them (audited, notified once), and the
 * coordinators outside who may not look or assign.
 */
describe('workload: coordinators’ open items, load and assignment', () => {
  let stack: TestStack;
  const tag = `w${Date.now().toString(36)}`;
  const t = { first: '', second: '', province: '', foreign: '', member: '' };
  const user: Record<string, string> = {};
  const id: Record<string, string> = {};
  let associationId = '';
  const ago = (hours: number) => new Date(Date.now() - hours * 3600 * 1000);

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const name = `${tag} 云浮市科协`;
    const first = await stack.coordinator(`first-${tag}@workload.test`, name, '445300');
    associationId = first.organization!.id;
    const second = await stack.user(`second-${tag}@workload.test`, {
      organization: { type: 'association', name, regionCode: '445300', jurisdictionRegionCode: '445300' },
      role: 'member',
    });
    const province = await stack.coordinator(`province-${tag}@workload.test`, `${tag} 广东省科协`, '440000');
    const foreign = await stack.coordinator(`foreign-${tag}@workload.test`, `${tag} 潮州市科协`, '445100');
    const member = await stack.user(`member-${tag}@workload.test`, {
      organization: { type: 'enterprise', name: `${tag} 云浮石材公司`, regionCode: '445302' },
    });
    Object.assign(t, {
      first: first.token,
      second: second.token,
      province: province.token,
      foreign: foreign.token,
      member: member.token,
    });
    Object.assign(user, { first: first.user.id, second: second.user.id, foreign: foreign.user.id });
    await writeItems(member.organization!.id);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function insertNeed(key: string, orgId: string, status: string, submittedAt: Date | null) {
    const [row] = await stack.db.query(
      `insert into needs (organization_id, status, title, region_code, submitted_at, published_at) values ($1, $2, $3, '445302', $4, $5) returning id`,
      [orgId, status, `${tag} ${key}`, submittedAt, status === 'published' ? ago(400) : null],
    );
    id[key] = row.id;
  }

  async function insertEngagement(
    key: string,
    providerName: string,
    row: { status: string; since: Date; providerResponse?: string },
  ) {
    const [provider] = await stack.db.query(
      `insert into providers (kind, name, region_code) values ('expert', $1, '445302') returning id`,
      [`${tag} ${providerName}`],
    );
    const [engagement] = await stack.db.query(
      `insert into engagements (need_id, provider_id, status, origin, introduced_at, enterprise_response, provider_response, status_changed_at)
       values ($1, $2, $3, 'match', $4, 'accepted', $5, $4) returning id`,
      [id.published, provider.id, row.status, row.since, row.providerResponse ?? 'accepted'],
    );
    id[key] = engagement.id;
  }

  /** Oldest first: an invitation unanswered 10 days, a review waiting 5 days, a negotiation 2 days old, a review of an hour. */
  async function writeItems(orgId: string) {
    await insertNeed('published', orgId, 'published', ago(500));
    await insertNeed('oldReview', orgId, 'submitted', ago(5 * 24));
    await insertNeed('newReview', orgId, 'submitted', ago(1));
    await insertEngagement('invitation', '林工', {
      status: 'introduced',
      since: ago(10 * 24),
      providerResponse: 'pending',
    });
    await insertEngagement('negotiation', '黄工', { status: 'negotiating', since: ago(2 * 24) });
    await stack.db.query(
      `insert into audit_entries (actor_id, action, target_type, target_id, created_at) values (null, 'need.submit', 'need', $1, $2), ($3, 'need.approve', 'need', $1, $4)`,
      [id.published, ago(72), user.first, ago(66)],
    );
  }

  const get = (who: keyof typeof t, path: string, lang = 'zh-CN') =>
    stack.http.get(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' });
  const post = (who: keyof typeof t, path: string, body: object, lang = 'zh-CN') =>
    stack.http.post(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' }).send(body);
  const mine = async (who: keyof typeof t) =>
    (await get(who, '/api/v1/workload/me')).body.items as {
      itemId: string;
      kind: string;
      overdue: boolean;
      awaiting: string[];
      assignment: string;
      assigneeId: string;
    }[];
  const assignedNotices = async (who: keyof typeof t) =>
    ((await get(who, '/api/v1/notifications?limit=100')).body.items as { kind: string; subjectId: string }[]).filter(
      (n) => n.kind === 'workload.assigned',
    );

  it('gives every open item to the association’s first coordinator by default, oldest first, overdue ones flagged', async () => {
    const items = await mine('first');
    expect(items.map((i) => i.itemId)).toEqual([id.invitation, id.oldReview, id.negotiation, id.newReview]);
    expect(items.map((i) => i.kind)).toEqual(['introduction', 'review', 'engagement', 'review']);
    expect(items.map((i) => i.overdue)).toEqual([true, true, false, false]);
    expect(items[0].awaiting).toEqual(['provider']);
    expect(items.every((i) => i.assignment === 'default' && i.assigneeId === user.first)).toBe(true);
    expect(await mine('second')).toEqual([]);
  });

  it('reassigns a review to the second coordinator: recorded, audited and notified once', async () => {
    const res = await post('first', '/api/v1/workload/assignments', {
      itemType: 'need',
      itemId: id.oldReview,
      assigneeId: user.second,
      note: '请优先处理',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      itemType: 'need',
      itemId: id.oldReview,
      assigneeId: user.second,
      associationId,
      previousAssigneeId: null,
    });
    expect((await mine('first')).map((i) => i.itemId)).toEqual([id.invitation, id.negotiation, id.newReview]);
    const theirs = await mine('second');
    expect(theirs).toMatchObject([{ itemId: id.oldReview, assignment: 'explicit', overdue: true }]);
    expect((await assignedNotices('second')).map((n) => n.subjectId)).toEqual([id.oldReview]);
    const [entry] = await stack.db.query(
      `select actor_id, before, after from audit_entries where action = 'workload.assigned' and target_id = $1`,
      [id.oldReview],
    );
    expect(entry).toEqual({
      actor_id: user.first,
      before: null,
      after: { assigneeId: user.second, associationId, note: '请优先处理' },
    });
  });

  it('shows the association every coordinator’s load and review response time', async () => {
    const res = await get('first', `/api/v1/workload/associations/${associationId}`);
    expect(res.status).toBe(200);
    const byUser = Object.fromEntries((res.body.coordinators as { userId: string }[]).map((c) => [c.userId, c]));
    expect(byUser[user.first]).toMatchObject({
      review: 1,
      introduction: 1,
      engagement: 1,
      total: 3,
      overdue: 1,
      reviewDecisions90d: 1,
      reviewMedianSeconds90d: 6 * 3600,
    });
    expect(byUser[user.second]).toMatchObject({
      review: 1,
      introduction: 0,
      engagement: 0,
      total: 1,
      overdue: 1,
      reviewDecisions90d: 0,
      reviewMedianSeconds90d: null,
    });
    const items = await get('first', `/api/v1/workload/associations/${associationId}/items?assigneeId=${user.second}`);
    expect(items.body.items.map((i: { itemId: string }) => i.itemId)).toEqual([id.oldReview]);
  });

  it('lets the province above assign within the city, and moves an item back with one notice per assignment', async () => {
    expect((await get('province', `/api/v1/workload/associations/${associationId}`)).status).toBe(200);
    const res = await post('province', '/api/v1/workload/assignments', {
      itemType: 'engagement',
      itemId: id.invitation,
      assigneeId: user.second,
    });
    expect(res.status).toBe(200);
    expect(res.body.associationId).toBe(associationId);
    const back = await post('second', '/api/v1/workload/assignments', {
      itemType: 'engagement',
      itemId: id.invitation,
      assigneeId: user.first,
    });
    expect(back.body.previousAssigneeId).toBe(user.second);
    expect((await assignedNotices('second')).map((n) => n.subjectId).sort()).toEqual(
      [id.oldReview, id.invitation].sort(),
    );
    expect((await assignedNotices('first')).map((n) => n.subjectId)).toEqual([id.invitation]);
    expect((await mine('first')).find((i) => i.itemId === id.invitation)).toMatchObject({
      assignment: 'explicit',
      assigneeId: user.first,
    });
  });

  it('keeps coordinators outside the jurisdiction out, and names the field of a bad request', async () => {
    const looking = await get('foreign', `/api/v1/workload/associations/${associationId}`, 'en');
    expect(looking.status).toBe(403);
    expect(looking.body.code).toBe('OUTSIDE_JURISDICTION');
    expect(
      (
        await post('foreign', '/api/v1/workload/assignments', {
          itemType: 'need',
          itemId: id.newReview,
          assigneeId: user.foreign,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post('member', '/api/v1/workload/assignments', {
          itemType: 'need',
          itemId: id.newReview,
          assigneeId: user.first,
        })
      ).status,
    ).toBe(403);
    const outsider = await post(
      'first',
      '/api/v1/workload/assignments',
      { itemType: 'need', itemId: id.newReview, assigneeId: user.foreign },
      'en',
    );
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors).toEqual([
      {
        field: 'assigneeId',
        constraint: 'notACoordinatorInCharge',
        message: 'assigneeId is not a coordinator of an association in charge of this item',
      },
    ]);
    const kind = await post('first', '/api/v1/workload/assignments', {
      itemType: 'listing',
      itemId: id.newReview,
      assigneeId: user.first,
    });
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0]).toMatchObject({ field: 'itemType', constraint: 'isIn' });
    const missing = await post('first', '/api/v1/workload/assignments', {
      itemType: 'capability',
      itemId: id.newReview,
      assigneeId: user.first,
    });
    expect(missing.status).toBe(404);
  });
});

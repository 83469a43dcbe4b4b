import { eventually, TestStack } from './support/stack';

/**
 * Issue 17: a profile an expert writes is reviewed like a listing. Until a coordinator in charge of its region
 * approves it, it is in nobody's public search and in no match list; a coordinator elsewhere cannot approve it; the
 * reason of a return reaches the expert; an edit of an approved profile waits for review while the approved text
 * stays public.
 */
describe('experts’ own profiles go through review', () => {
  let stack: TestStack;
  const tag = `er${Date.now().toString(36)}`;
  // Words no other suite's fixtures use, so that search answers are about this expert alone.
  const word = `钒液流${tag}`;
  // A token sharing nothing with the tag: the index must not find the approved profile by the edit's word.
  const later = `zq${Math.random().toString(36).slice(2, 10)}`;
  const token: Record<'gz' | 'cs' | 'owner' | 'expert' | 'stranger', string> = {
    gz: '',
    cs: '',
    owner: '',
    expert: '',
    stranger: '',
  };
  let needId = '';
  let providerId = '';
  let expertUserId = '';
  let gzUserId = '';

  const as = (who: keyof typeof token | null) => {
    const auth = <T extends { auth: (t: string, o: { type: 'bearer' }) => T }>(r: T) =>
      who ? r.auth(token[who], { type: 'bearer' }) : r;
    return {
      get: (path: string) => auth(stack.http.get(path)),
      post: (path: string, body: object = {}) => auth(stack.http.post(path)).send(body),
      put: (path: string, body: object) => auth(stack.http.put(path)).send(body),
    };
  };
  const searchIds = async (who: keyof typeof token | null, q: string) => {
    const res = await as(who).get(`/api/v1/search/providers?q=${encodeURIComponent(q)}&limit=50`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };
  const matchIds = async () => {
    const res = await as('gz').get(`/api/v1/needs/${needId}/matches?limit=500`);
    expect(res.body.status).toBe('ready');
    return (res.body.items as { providerId: string }[]).map((i) => i.providerId);
  };
  const queueItem = async (who: keyof typeof token) => {
    const res = await as(who).get('/api/v1/review/queue?type=provider&limit=100');
    expect(res.status).toBe(200);
    return (res.body.items as { id: string; state: string; previousReturn: { reason: string } | null }[]).find(
      (i) => i.id === providerId,
    );
  };
  const notices = (userId: string, kind: string) =>
    stack.db.query<{ done_at: Date | null; params: Record<string, unknown> }[]>(
      `select done_at, params from notifications where user_id = $1 and kind = $2 and subject_id = $3 order by created_at`,
      [userId, kind, providerId],
    );
  const profile = {
    name: `冯立${tag}`,
    title: '教授',
    affiliation: '华南理工大学',
    region: '广东省广州市',
    keywords: [word, '液流电池', '电解液'],
    bio: `研究${word}储能电池的电解液配方与电堆密封，与多家储能企业开展联合攻关。`,
    contactEmail: `feng.${tag}@scut.example`,
  };

  beforeAll(async () => {
    stack = await TestStack.start();
    const gz = await stack.coordinator(`gz-${tag}@review.test`, `${tag} 广州市科协`, '440100');
    token.gz = gz.token;
    gzUserId = gz.user.id;
    token.cs = (await stack.coordinator(`cs-${tag}@review.test`, `${tag} 长沙市科协`, '430100')).token;
    const owner = await stack.user(`owner-${tag}@review.test`, {
      organization: { type: 'enterprise', name: `${tag} 广州储能科技有限公司`, regionCode: '440100' },
    });
    token.owner = owner.token;
    const expert = await stack.user(`expert-${tag}@review.test`);
    token.expert = expert.token;
    expertUserId = expert.user.id;
    token.stranger = (await stack.user(`stranger-${tag}@review.test`)).token;
    const imported = await as('gz').post('/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-need`,
          title: `${word}储能电池电解液稳定性提升`,
          organizationId: owner.organization!.id,
          region: '广东省广州市',
          description: `我们生产${word}储能电池，电解液在高温下析出，寻求液流电池电解液专家联合攻关。`,
          keywords: [word, '液流电池', '电解液'],
        },
      ],
    });
    expect(imported.body).toMatchObject({ created: 1, failed: [] });
    needId = imported.body.ids[`${tag}-need`];
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps a new profile out of public search and every match list until it is approved', async () => {
    const saved = await as('expert').put('/api/v1/me/expert-profile', profile);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ reviewState: 'submitted', published: false, returnReason: null, revision: 1 });
    providerId = saved.body.id;
    await stack.settle();

    expect(await searchIds(null, word)).not.toContain(providerId);
    expect(await searchIds('owner', word)).not.toContain(providerId);
    expect(await searchIds('expert', word)).not.toContain(providerId);
    expect(await searchIds('cs', word)).not.toContain(providerId);
    // The coordinators in charge find it, to review it.
    expect(await searchIds('gz', word)).toContain(providerId);

    expect(await matchIds()).not.toContain(providerId);
    const own = await as('expert').get(`/api/v1/providers/${providerId}/matches?limit=50`);
    expect(own.body.items).toEqual([]);
  });

  it('lets nobody get round the review by naming the profile: no introduction, request or offer of help', async () => {
    const notReviewed = { statusCode: 409, code: 'PROVIDER_NOT_REVIEWED', details: { providerId } };
    const byHand = await as('gz')
      .post(`/api/v1/needs/${needId}/introductions`, { providerId })
      .set('Accept-Language', 'en');
    expect(byHand.body).toMatchObject(notReviewed);
    expect(byHand.body.message).toBe(
      `"${profile.name}" has a profile that a coordinator has not approved yet; it can be introduced once approved`,
    );
    const asked = await as('owner').post(`/api/v1/needs/${needId}/introduction-requests`, { providerId });
    expect(asked.body).toMatchObject(notReviewed);
    expect(asked.body.message).toContain('尚未通过审核');
    expect((await as('expert').post(`/api/v1/needs/${needId}/interest`, {})).body).toMatchObject(notReviewed);
    const [{ n }] = await stack.db.query<{ n: number }[]>(
      'select count(*)::int as n from engagements where provider_id = $1',
      [providerId],
    );
    expect(n).toBe(0);
  });

  it('puts it in the review queue of the coordinators of its region only, and tells them', async () => {
    expect(await queueItem('gz')).toMatchObject({ state: 'submitted' });
    expect(await queueItem('cs')).toBeUndefined();
    expect(await notices(gzUserId, 'listing.submitted')).toHaveLength(1);

    const read = await as('gz').get(`/api/v1/review/expert-profiles/${providerId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ reviewState: 'submitted', published: null, regionCode: '440100' });
    expect(read.body.proposed).toMatchObject({ name: profile.name, contactEmail: profile.contactEmail });
    expect((await as('cs').get(`/api/v1/review/expert-profiles/${providerId}`)).status).toBe(403);
  });

  it('lets no coordinator outside its region, and nobody else, approve or return it', async () => {
    expect((await as('cs').post(`/api/v1/review/expert-profiles/${providerId}/approve`)).status).toBe(403);
    expect(
      (await as('cs').post(`/api/v1/review/expert-profiles/${providerId}/return`, { reason: '不在本会辖区' })).status,
    ).toBe(403);
    expect((await as('expert').post(`/api/v1/review/expert-profiles/${providerId}/approve`)).status).toBe(403);
    expect((await as('stranger').post(`/api/v1/review/expert-profiles/${providerId}/approve`)).status).toBe(403);
    expect((await as(null).post(`/api/v1/review/expert-profiles/${providerId}/approve`)).status).toBe(401);
    const [{ review_status }] = await stack.db.query<{ review_status: string }[]>(
      'select review_status from providers where id = $1',
      [providerId],
    );
    expect(review_status).toBe('submitted');
  });

  it('returns it with a reason the expert sees on the profile and in the inbox', async () => {
    const empty = await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/return`, { reason: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toContain('reason');

    const reason = '请补充代表性论文或专利，并写明所在单位的实验条件。';
    const returned = await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/return`, { reason });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ reviewState: 'returned', returnReason: reason });
    expect((await as('expert').get('/api/v1/me/expert-profile')).body).toMatchObject({
      reviewState: 'returned',
      returnReason: reason,
      published: false,
    });
    const [notice] = await notices(expertUserId, 'listing.returned');
    expect(notice.params).toMatchObject({ reason });
    // Someone acted: the coordinators' "to review" notice is done.
    expect((await notices(gzUserId, 'listing.submitted'))[0].done_at).not.toBeNull();
    expect(await queueItem('gz')).toBeUndefined();
  });

  it('sends the revised profile again, and publishes it once approved: search and matching take it up', async () => {
    const revised = await as('expert').put('/api/v1/me/expert-profile', {
      ...profile,
      publications: [{ kind: 'patent', title: `一种${word}电解液稳定剂`, year: 2024 }],
    });
    expect(revised.body).toMatchObject({ reviewState: 'submitted', returnReason: null, revision: 2 });
    expect(await queueItem('gz')).toMatchObject({
      state: 'submitted',
      previousReturn: { reason: expect.stringContaining('代表性论文') },
    });

    const approved = await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.reviewState).toBe('approved');
    expect((await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/approve`)).status).toBe(409);
    expect(await notices(expertUserId, 'listing.approved')).toHaveLength(1);
    await stack.settle();

    expect(await searchIds(null, word)).toContain(providerId);
    expect(await eventually(async () => (await matchIds()).includes(providerId))).toBe(true);
    expect((await as('expert').get('/api/v1/me/expert-profile')).body).toMatchObject({
      reviewState: 'approved',
      published: true,
      revision: 3,
    });
  });

  it('keeps the approved profile public while an edit waits; the edit replaces it once approved', async () => {
    const edited = await as('expert').put('/api/v1/me/expert-profile', {
      ...profile,
      keywords: [...profile.keywords, later],
      bio: `${profile.bio}近期转向${later}的系统集成。`,
    });
    expect(edited.body).toMatchObject({ reviewState: 'revision_submitted', published: true, revision: 3 });
    expect(edited.body.keywords).toContain(later);
    await stack.settle();
    expect(await searchIds(null, word)).toContain(providerId);
    expect(await searchIds(null, later)).not.toContain(providerId);
    expect(await matchIds()).toContain(providerId);
    expect(await queueItem('gz')).toMatchObject({ state: 'revision_submitted' });
    expect(await queueItem('cs')).toBeUndefined();

    const read = (await as('gz').get(`/api/v1/review/expert-profiles/${providerId}`)).body;
    expect(read.proposed.keywords).toContain(later);
    expect(read.published.keywords).not.toContain(later);

    const reason = '系统集成方向请注明合作单位。';
    const returned = await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/return`, { reason });
    expect(returned.body).toMatchObject({ reviewState: 'revision_returned', returnReason: reason });
    expect((await as('expert').get('/api/v1/me/expert-profile')).body).toMatchObject({
      reviewState: 'revision_returned',
      returnReason: reason,
      published: true,
    });
    expect(await searchIds(null, word)).toContain(providerId);

    const again = await as('expert').put('/api/v1/me/expert-profile', {
      ...profile,
      keywords: [...profile.keywords, later],
      bio: `${profile.bio}近期与广州储能研究院合作，转向${later}的系统集成。`,
    });
    expect(again.body.reviewState).toBe('revision_submitted');
    expect((await as('gz').post(`/api/v1/review/expert-profiles/${providerId}/approve`)).body.reviewState).toBe(
      'approved',
    );
    await stack.settle();
    expect(await searchIds(null, later)).toContain(providerId);
    expect((await as('expert').get('/api/v1/me/expert-profile')).body).toMatchObject({
      reviewState: 'approved',
      revision: 4,
    });
    expect(await matchIds()).toContain(providerId);
  });

  it('withdraws a waiting edit when the expert saves the approved profile again', async () => {
    const current = (await as('expert').get('/api/v1/me/expert-profile')).body;
    const body = { ...profile, keywords: current.keywords, bio: current.bio };
    expect((await as('expert').put('/api/v1/me/expert-profile', { ...body, title: '研究员' })).body.reviewState).toBe(
      'revision_submitted',
    );
    const back = await as('expert').put('/api/v1/me/expert-profile', body);
    expect(back.body).toMatchObject({ reviewState: 'approved', title: '教授' });
    expect(await queueItem('gz')).toBeUndefined();
  });

  it('counts providers a coordinator in charge imports as reviewed', async () => {
    const imported = await as('gz').post('/api/v1/import/providers', {
      items: [{ externalId: `${tag}-p`, kind: 'expert', name: `黄工${tag}`, region: '广州', keywords: [word] }],
    });
    const id = imported.body.ids[`${tag}-p`];
    await stack.settle();
    expect(await searchIds(null, word)).toContain(id);
  });
});

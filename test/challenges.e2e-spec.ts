import { DAY_MS, HOUR_MS } from '@app/common';
import { ReminderDispatcher } from '@app/reminders';
import { inboxKinds, testClock } from './support/brokerage-fixtures';
import { eventually, TestStack } from './support/stack';

/**
 * One open challenge (揭榜挂帅) from the call to its accepted final milestone: a coordinator raises a published need,
 * the enterprise approves the call, matching invites eligible experts, two apply, a reviewer declares a conflict,
 * everyone scores, the coordinator shortlists, the enterprise awards, and the winner's milestones are submitted,
 * returned once, accepted; the challenge closes. Bad input and callers without a part are refused on the way.
 */
describe('challenges: from the call to the accepted final milestone', () => {
  jest.setTimeout(240000); // the waits below end on the state they poll for; the ceilings are for a stuck run, not a slow one
  let stack: TestStack;
  const tag = `ch${Date.now().toString(36)}`;
  type Who =
    'coordinator' | 'foreignCoordinator' | 'owner' | 'expertA' | 'expertB' | 'expertC' | 'reviewer' | 'stranger';
  const token = {} as Record<Who, string>;
  const provider = {} as Record<'expertA' | 'expertB' | 'expertC', string>;
  let enterpriseId: string;
  let needId: string;
  let challengeId: string;
  let deadline: Date;
  const applicationOf = {} as Record<'expertA' | 'expertB', string>;

  const as = (w: Who | null, lang = 'zh-CN') => {
    const auth = <T extends { auth: (t: string, o: { type: 'bearer' }) => T; set: (k: string, v: string) => T }>(
      req: T,
    ) => {
      const withLang = req.set('Accept-Language', lang);
      return w ? withLang.auth(token[w], { type: 'bearer' }) : withLang;
    };
    return {
      get: (path: string) => auth(stack.http.get(path)),
      post: (path: string, body: object = {}) => auth(stack.http.post(path)).send(body),
      put: (path: string, body: object = {}) => auth(stack.http.put(path)).send(body),
    };
  };

  const expertProfiles = {
    expertA: {
      name: '罗振华',
      title: '教授',
      affiliation: '湘潭大学',
      region: '湖南省湘潭市',
      keywords: ['轨道交通', '牵引电机', '永磁同步电机', '温升控制'],
      contactEmail: 'luo.zhenhua@xtu.example',
    },
    expertB: {
      name: '唐敏',
      title: '研究员',
      affiliation: '中南大学',
      region: '湖南省长沙市',
      keywords: ['牵引电机', '永磁同步电机', '电机冷却'],
    },
    expertC: {
      name: '何家俊',
      title: '教授',
      affiliation: '华南理工大学',
      region: '广东省广州市',
      keywords: ['牵引电机', '永磁同步电机', '电机设计'],
    },
  };

  const call = (overrides: Record<string, unknown> = {}) => {
    const at = (days: number) => new Date(deadline.getTime() + days * DAY_MS).toISOString();
    return {
      callText: '面向全国张榜：研制轨道交通永磁牵引电机的高效冷却方案，连续满载运行温升不超过 80K。',
      deadline: deadline.toISOString(),
      rewardMin: 800000,
      rewardMax: 1500000,
      eligibleRegions: ['湖南省'],
      eligibleKinds: ['expert'],
      minQualifications: '具有高级职称，主持过省部级以上项目',
      fields: [],
      inviteCount: 30,
      criteria: [
        { name: '技术路线可行性', weight: 50 },
        { name: '团队能力', weight: 30 },
        { name: '报价合理性', weight: 20 },
      ],
      milestones: [
        { title: '冷却方案设计与仿真', acceptanceCriteria: '提交仿真报告，满载温升仿真值不超过 75K', dueAt: at(10) },
        {
          title: '样机台架试验',
          acceptanceCriteria: '第三方台架试验报告，连续满载 4 小时温升不超过 80K',
          dueAt: at(20),
        },
      ],
      ...overrides,
    };
  };

  const proposal = (price: number, extra: Record<string, unknown> = {}) => ({
    approach: '采用定子油冷与转子轴向风道相结合的复合冷却结构，先做三维温度场仿真再做样机验证。',
    team: [
      { name: '罗振华', role: '负责人', affiliation: '湘潭大学' },
      { name: '李倩', role: '仿真工程师' },
    ],
    schedule: [
      { milestone: 1, plannedDate: new Date(deadline.getTime() + 9 * DAY_MS).toISOString().slice(0, 10) },
      { milestone: 2, plannedDate: new Date(deadline.getTime() + 19 * DAY_MS).toISOString().slice(0, 10) },
    ],
    price,
    attachments: [{ name: '技术方案书', url: 'https://files.example/proposal.pdf' }],
    meetsQualifications: true,
    ...extra,
  });

  const sweepUntil = <T>(probe: () => Promise<T | undefined | null | false>) =>
    eventually(
      async () => {
        await stack.api.get(ReminderDispatcher).sweep();
        return probe();
      },
      { every: 500 },
    );

  beforeAll(async () => {
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start();
    token.coordinator = (await stack.coordinator(`coord-${tag}@challenges.test`, `${tag} 株洲市科协`, '430200')).token;
    token.foreignCoordinator = (
      await stack.coordinator(`fcoord-${tag}@challenges.test`, `${tag} 茂名市科协`, '440900')
    ).token;
    const owner = await stack.user(`owner-${tag}@challenges.test`, {
      organization: { type: 'enterprise', name: `${tag} 株洲轨道牵引电机有限公司`, regionCode: '430200' },
    });
    token.owner = owner.token;
    enterpriseId = owner.organization!.id;
    for (const w of ['expertA', 'expertB', 'expertC', 'reviewer', 'stranger'] as const)
      token[w] = (await stack.user(`${w.toLowerCase()}-${tag}@challenges.test`)).token;
    for (const w of ['expertA', 'expertB', 'expertC'] as const) {
      const res = await as(w).put('/api/v1/me/expert-profile', {
        ...expertProfiles[w],
        bio: `${expertProfiles[w].name}长期从事轨道交通永磁牵引电机的设计与冷却研究。`,
      });
      expect(res.status).toBe(200);
      provider[w] = res.body.id;
      await stack.approveExpertProfile(provider[w]);
    }
    await eventually(
      async () => {
        const res = await as('coordinator').get(
          `/api/v1/search/providers?q=${encodeURIComponent('牵引电机')}&limit=50`,
        );
        return ['expertA', 'expertB', 'expertC'].every((w) =>
          res.body.items?.some((p: { id: string }) => p.id === provider[w as 'expertA']),
        );
      },
      { every: 500 },
    );
    const imported = await as('coordinator').post('/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-need`,
          title: '永磁牵引电机高效冷却',
          organizationId: enterpriseId,
          region: '湖南省株洲市',
          fields: ['电气工程'],
          description: '我们生产轨道交通永磁同步牵引电机，满载运行温升偏高，寻求电机冷却方向的专家团队揭榜攻关。',
          keywords: ['牵引电机', '永磁同步电机', '电机冷却', '温升'],
        },
      ],
    });
    expect(imported.body).toMatchObject({ created: 1, failed: [] });
    needId = imported.body.ids[`${tag}-need`];
    await eventually(
      async () => {
        const res = await as('coordinator').get(`/api/v1/needs/${needId}/matches?limit=50`);
        return (
          res.body.status === 'ready' &&
          ['expertA', 'expertB'].every((w) =>
            res.body.items.some((m: { providerId: string }) => m.providerId === provider[w as 'expertA']),
          )
        );
      },
      { every: 500 },
    );
    deadline = new Date(testClock.now().getTime() + 4 * DAY_MS);
  }, 600000);

  afterAll(async () => {
    await stack?.stop();
    testClock.reset();
  });

  it('refuses a bad call naming each field, in the caller’s language, and anyone but a coordinator in charge', async () => {
    const bad = await as('coordinator', 'en').post(
      `/api/v1/needs/${needId}/challenges`,
      call({
        deadline: new Date(testClock.now().getTime() - HOUR_MS).toISOString(),
        criteria: [
          { name: '技术', weight: 60 },
          { name: '报价', weight: 30 },
        ],
        eligibleRegions: ['火星'],
        rewardMin: 10,
        rewardMax: 5,
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'criteria',
      'deadline',
      'eligibleRegions[0]',
      'rewardMax',
    ]);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'criteria').message).toBe(
      'the weights of criteria must sum to 100 (they sum to 90)',
    );
    const early = await as('coordinator').post(
      `/api/v1/needs/${needId}/challenges`,
      call({
        milestones: [
          { title: '方案', acceptanceCriteria: '报告', dueAt: new Date(deadline.getTime() - DAY_MS).toISOString() },
        ],
      }),
    );
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ field: 'milestones[0].dueAt', message: 'milestones[0].dueAt 不能早于揭榜截止时间' }),
    ]);
    expect((await as('foreignCoordinator').post(`/api/v1/needs/${needId}/challenges`, call())).status).toBe(403);
    expect((await as('owner').post(`/api/v1/needs/${needId}/challenges`, call())).status).toBe(403);
    expect(await stack.db.query('select id from challenges where need_id = $1', [needId])).toEqual([]);
  });

  it('raises the call; it stays private until the enterprise approves it, which opens it and invites eligible matches', async () => {
    const raised = await as('coordinator').post(`/api/v1/needs/${needId}/challenges`, call());
    expect(raised.status).toBe(201);
    challengeId = raised.body.id;
    expect(raised.body).toMatchObject({
      status: 'awaiting_approval',
      viewerRoles: ['coordinator'],
      title: '永磁牵引电机高效冷却',
      fields: ['energy-power'],
      eligibleRegions: ['430000'],
    });
    expect(raised.body.criteria.map((c: { key: string }) => c.key)).toEqual(['c1', 'c2', 'c3']);
    expect((await as(null).get(`/api/v1/challenges/${challengeId}`)).status).toBe(404);
    expect((await as('foreignCoordinator').get(`/api/v1/challenges/${challengeId}`)).status).toBe(404);
    expect((await as('owner').get('/api/v1/challenges/mine')).body.map((c: { id: string }) => c.id)).toContain(
      challengeId,
    );
    expect(await inboxKinds(stack, token.owner)).toMatchObject({ 'challenge.approval_requested': 1 });

    const returned = await as('owner').post(`/api/v1/challenges/${challengeId}/return`, {
      reason: '奖励上限请改为 150 万元以内并写明含税',
    });
    expect(returned.body).toMatchObject({ status: 'draft', returnReason: '奖励上限请改为 150 万元以内并写明含税' });
    expect((await as('owner').post(`/api/v1/challenges/${challengeId}/approve`)).body.code).toBe('INVALID_TRANSITION');
    const revised = await as('coordinator').put(
      `/api/v1/challenges/${challengeId}`,
      call({ callText: `${call().callText}奖励含税。` }),
    );
    expect(revised.body.status).toBe('awaiting_approval');
    expect((await as('coordinator').post(`/api/v1/challenges/${challengeId}/approve`)).status).toBe(403);

    const approved = await as('owner').post(`/api/v1/challenges/${challengeId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('open');
    const invited = (await as('coordinator').get(`/api/v1/challenges/${challengeId}/invitations`)).body;
    const invitedIds = invited.map((i: { providerId: string }) => i.providerId);
    expect(invitedIds).toEqual(expect.arrayContaining([provider.expertA, provider.expertB]));
    expect(invitedIds).not.toContain(provider.expertC); // Guangdong lies outside the call's eligible regions
    expect(
      invited.find((i: { providerId: string }) => i.providerId === provider.expertA).reasons['zh-CN'],
    ).toBeTruthy();
    expect(await inboxKinds(stack, token.expertA)).toMatchObject({ 'challenge.invited': 1 });
    expect((await as('expertA').get(`/api/v1/challenges/${challengeId}/invitations`)).status).toBe(403);
  });

  it('shows the open call on the public board, filtered by field and region, with its countdown', async () => {
    const board = await as(null).get('/api/v1/challenges?field=电气工程&region=湖南省');
    const item = board.body.items.find((c: { id: string }) => c.id === challengeId);
    expect(item).toMatchObject({
      status: 'open',
      enterpriseName: `${tag} 株洲轨道牵引电机有限公司`,
      rewardMin: 800000,
      rewardMax: 1500000,
    });
    expect(item.remainingMs).toBeGreaterThan(3 * DAY_MS);
    expect(
      (await as(null).get('/api/v1/challenges?region=广东省')).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(challengeId);
    expect(
      (await as(null).get('/api/v1/challenges?field=农业')).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(challengeId);
    expect((await as(null, 'en').get('/api/v1/challenges?region=Atlantis')).body.errors[0]).toMatchObject({
      field: 'region',
      constraint: 'isRegion',
    });
    const publicView = (await as(null).get(`/api/v1/challenges/${challengeId}`)).body;
    expect(publicView).not.toHaveProperty('inviteCount');
    expect(publicView.milestones[0]).not.toHaveProperty('evidence');
  });

  it('takes one application per eligible provider, editable until the deadline', async () => {
    const missing = await as('expertA', 'en').post(`/api/v1/challenges/${challengeId}/applications`, {
      ...proposal(1200000, { meetsQualifications: false }),
      providerId: provider.expertA,
      schedule: [],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['schedule', 'meetsQualifications']);
    expect(
      (
        await as('stranger').post(`/api/v1/challenges/${challengeId}/applications`, {
          ...proposal(1),
          providerId: provider.expertA,
        })
      ).status,
    ).toBe(403);
    expect((await as('expertC').get(`/api/v1/challenges/${challengeId}/my-providers`)).body).toEqual([
      expect.objectContaining({ id: provider.expertC, eligible: false, applicationId: null }),
    ]);
    const outside = await as('expertC').post(`/api/v1/challenges/${challengeId}/applications`, {
      ...proposal(900000),
      providerId: provider.expertC,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0]).toMatchObject({ field: 'providerId', constraint: 'notEligible' });

    const a = await as('expertA').post(`/api/v1/challenges/${challengeId}/applications`, {
      ...proposal(1300000),
      providerId: provider.expertA,
    });
    expect(a.status).toBe(201);
    applicationOf.expertA = a.body.id;
    expect(
      (
        await as('expertA').post(`/api/v1/challenges/${challengeId}/applications`, {
          ...proposal(1),
          providerId: provider.expertA,
        })
      ).body.code,
    ).toBe('ALREADY_APPLIED');
    const b = await as('expertB').post(`/api/v1/challenges/${challengeId}/applications`, {
      ...proposal(1000000),
      providerId: provider.expertB,
      team: [{ name: '唐敏', role: '负责人' }],
    });
    applicationOf.expertB = b.body.id;
    const edited = await as('expertA').put(
      `/api/v1/challenge-applications/${applicationOf.expertA}`,
      proposal(1250000),
    );
    expect(edited.body).toMatchObject({ price: 1250000, status: 'submitted' });
    expect(
      (await as('expertB').put(`/api/v1/challenge-applications/${applicationOf.expertA}`, proposal(1))).status,
    ).toBe(403);

    expect(
      (await as('expertB').get(`/api/v1/challenges/${challengeId}/applications`)).body.map((x: { id: string }) => x.id),
    ).toEqual([applicationOf.expertB]);
    expect((await as('owner').get(`/api/v1/challenges/${challengeId}/applications`)).body).toHaveLength(2);
    expect((await as('foreignCoordinator').get(`/api/v1/challenges/${challengeId}/applications`)).status).toBe(403);
    expect((await as('foreignCoordinator').get(`/api/v1/challenge-applications/${applicationOf.expertA}`)).status).toBe(
      403,
    );
    expect((await as('stranger').get(`/api/v1/challenges/${challengeId}/applications`)).status).toBe(403);
  });

  it('reminds invitees and applicants before the deadline, once', async () => {
    testClock.advance(2 * DAY_MS + HOUR_MS); // a four-day call is reminded halfway
    await sweepUntil(
      async () =>
        (await inboxKinds(stack, token.expertA))['challenge.deadline_soon'] === 1 &&
        (await inboxKinds(stack, token.expertB))['challenge.deadline_soon'] === 1,
    );
    await stack.api.get(ReminderDispatcher).sweep();
    expect((await inboxKinds(stack, token.expertA))['challenge.deadline_soon']).toBe(1);
    expect((await inboxKinds(stack, token.expertC))['challenge.deadline_soon']).toBeUndefined();
  });

  it('invites a reviewer who must declare conflicts before seeing or scoring anything', async () => {
    const added = await as('coordinator').post(`/api/v1/challenges/${challengeId}/reviewers`, {
      email: `reviewer-${tag}@challenges.test`,
    });
    expect(added.status).toBe(201);
    expect(
      (
        await as('foreignCoordinator').post(`/api/v1/challenges/${challengeId}/reviewers`, {
          email: `stranger-${tag}@challenges.test`,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await as('coordinator', 'en').post(`/api/v1/challenges/${challengeId}/reviewers`, {
          email: 'nobody@nowhere.test',
        })
      ).body.errors[0],
    ).toMatchObject({ field: 'email', constraint: 'notARegisteredUser' });
    expect((await as('reviewer').get(`/api/v1/challenges/${challengeId}/applications`)).status).toBe(403); // not before the deadline
    expect(
      (
        await as('owner').put(`/api/v1/challenge-applications/${applicationOf.expertA}/scores`, {
          scores: { c1: 80, c2: 80, c3: 80 },
        })
      ).body.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('closes applications at the deadline and opens evaluation', async () => {
    testClock.advance(2 * DAY_MS);
    expect(
      (await as('expertA').put(`/api/v1/challenge-applications/${applicationOf.expertA}`, proposal(1))).body.code,
    ).toBe('APPLICATIONS_CLOSED');
    await sweepUntil(
      async () =>
        (await inboxKinds(stack, token.owner))['challenge.evaluation_open'] === 1 &&
        (await inboxKinds(stack, token.reviewer))['challenge.evaluation_open'] === 1,
    );
    expect((await as(null).get(`/api/v1/challenges/${challengeId}`)).body.status).toBe('evaluation');

    const undeclared = (await as('reviewer').get(`/api/v1/challenges/${challengeId}/applications`)).body;
    expect(undeclared).toMatchObject({
      code: 'DECLARATION_REQUIRED',
      details: {
        applicants: [
          { applicationId: applicationOf.expertA, providerName: '罗振华' },
          { applicationId: applicationOf.expertB, providerName: '唐敏' },
        ],
      },
    });
    expect(undeclared.details.applicants[0]).not.toHaveProperty('approach');
    expect(
      (
        await as('reviewer').put(`/api/v1/challenge-applications/${applicationOf.expertA}/scores`, {
          scores: { c1: 90, c2: 85, c3: 70 },
        })
      ).body.code,
    ).toBe('DECLARATION_REQUIRED');
    const declared = await as('reviewer').put(`/api/v1/challenges/${challengeId}/declaration`, {
      conflictedApplicationIds: [applicationOf.expertB],
      statement: '本人曾与唐敏研究员合作发表论文，申请回避其方案。',
    });
    expect(declared.status).toBe(200);
    expect(
      (await as('reviewer').get(`/api/v1/challenges/${challengeId}/applications`)).body.map(
        (x: { id: string }) => x.id,
      ),
    ).toEqual([applicationOf.expertA]);
    expect(
      (
        await as('reviewer').put(`/api/v1/challenge-applications/${applicationOf.expertB}/scores`, {
          scores: { c1: 10, c2: 10, c3: 10 },
        })
      ).body.code,
    ).toBe('CONFLICTED_REVIEWER');

    // An applicant invited to review may declare nothing, yet never scores its own proposal.
    await as('coordinator').post(`/api/v1/challenges/${challengeId}/reviewers`, {
      email: `expertb-${tag}@challenges.test`,
    });
    await as('expertB').put(`/api/v1/challenges/${challengeId}/declaration`, {
      conflictedApplicationIds: [],
      statement: '无利益冲突。',
    });
    expect(
      (
        await as('expertB').put(`/api/v1/challenge-applications/${applicationOf.expertB}/scores`, {
          scores: { c1: 100, c2: 100, c3: 100 },
        })
      ).body.code,
    ).toBe('CONFLICTED_REVIEWER');
    expect((await as('expertB').get(`/api/v1/challenge-applications/${applicationOf.expertB}`)).status).toBe(200);
  });

  it('scores against the weighted criteria, ranks, and keeps the scores from applicants and foreign coordinators', async () => {
    const badScore = await as('owner', 'en').put(`/api/v1/challenge-applications/${applicationOf.expertA}/scores`, {
      scores: { c1: 120, c2: 80, c9: 1 },
    });
    expect(badScore.status).toBe(400);
    expect(badScore.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'scores.c9',
      'scores.c1',
      'scores.c3',
    ]);
    const scores: [Who, 'expertA' | 'expertB', Record<string, number>][] = [
      ['reviewer', 'expertA', { c1: 90, c2: 85, c3: 70 }],
      ['owner', 'expertA', { c1: 85, c2: 90, c3: 60 }],
      ['owner', 'expertB', { c1: 70, c2: 60, c3: 90 }],
      ['coordinator', 'expertA', { c1: 88, c2: 80, c3: 65 }],
      ['coordinator', 'expertB', { c1: 75, c2: 70, c3: 85 }],
    ];
    for (const [scorer, app, s] of scores)
      expect(
        (
          await as(scorer).put(`/api/v1/challenge-applications/${applicationOf[app]}/scores`, {
            scores: s,
            comment: '评审意见',
          })
        ).status,
      ).toBe(200);
    const again = await as('owner').put(`/api/v1/challenge-applications/${applicationOf.expertA}/scores`, {
      scores: { c1: 86, c2: 90, c3: 60 },
    });
    expect(again.body).toMatchObject({ scorerRole: 'enterprise', weightedTotal: 82 });

    const ranking = (await as('coordinator').get(`/api/v1/challenges/${challengeId}/ranking`)).body;
    expect(ranking.map((r: { applicationId: string; rank: number }) => [r.applicationId, r.rank])).toEqual([
      [applicationOf.expertA, 1],
      [applicationOf.expertB, 2],
    ]);
    expect(ranking[0]).toMatchObject({ scoreCount: 3, average: 82.5 }); // (84.5 + 82 + 81) / 3
    expect(ranking[1]).toMatchObject({ scoreCount: 2, average: 73.25 }); // (71 + 75.5) / 2
    expect(ranking[0]).toHaveProperty('conflict');
    expect((await as('owner').get(`/api/v1/challenges/${challengeId}/ranking`)).body[0]).not.toHaveProperty('conflict');
    for (const outsider of ['expertA', 'reviewer', 'foreignCoordinator', 'stranger'] as const) {
      expect((await as(outsider).get(`/api/v1/challenges/${challengeId}/ranking`)).status).toBe(403);
    }
    const audited = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'challenge.scored' and target_id = any($1)`,
      [[applicationOf.expertA, applicationOf.expertB]],
    );
    expect(audited[0].n).toBe(6);
  });

  it('shortlists and awards with a recorded reason; the others get a reason-coded notice', async () => {
    expect(
      (
        await as('owner').post(`/api/v1/challenges/${challengeId}/shortlist`, {
          applicationIds: [applicationOf.expertA],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await as('coordinator').post(`/api/v1/challenges/${challengeId}/award`, {
          applicationId: applicationOf.expertA,
          reason: '综合评分第一',
        })
      ).body.errors[0],
    ).toMatchObject({ field: 'applicationId', constraint: 'notShortlisted' });
    const shortlist = await as('coordinator').post(`/api/v1/challenges/${challengeId}/shortlist`, {
      applicationIds: [applicationOf.expertA, applicationOf.expertB],
    });
    expect(shortlist.body.map((r: { status: string }) => r.status)).toEqual(['shortlisted', 'shortlisted']);
    expect((await as('expertB').get(`/api/v1/challenge-applications/${applicationOf.expertB}`)).body.status).toBe(
      'submitted',
    ); // the shortlist is the evaluators'
    expect(
      (
        await as('foreignCoordinator').post(`/api/v1/challenges/${challengeId}/award`, {
          applicationId: applicationOf.expertA,
          reason: 'x',
        })
      ).status,
    ).toBe(403);

    const awarded = await as('owner').post(`/api/v1/challenges/${challengeId}/award`, {
      applicationId: applicationOf.expertA,
      reason: '技术路线成熟、团队仿真与试验能力强，综合评分第一。',
      unsuccessful: [{ applicationId: applicationOf.expertB, reasonCode: 'approach' }],
    });
    expect(awarded.body).toMatchObject({ status: 'in_progress', awardedApplicationId: applicationOf.expertA });
    const audit = await stack.db.query(
      `select actor_id, after from audit_entries where action = 'challenge.awarded' and target_id = $1`,
      [challengeId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({
      applicationId: applicationOf.expertA,
      reason: '技术路线成熟、团队仿真与试验能力强，综合评分第一。',
      unsuccessful: [{ applicationId: applicationOf.expertB, reasonCode: 'approach' }],
    });
    const loser = (await as('expertB', 'en').get(`/api/v1/challenge-applications/${applicationOf.expertB}`)).body;
    expect(loser).toMatchObject({ status: 'unsuccessful', outcome: { reasonCode: 'approach' } });
    expect(await inboxKinds(stack, token.expertB)).toMatchObject({ 'challenge.unsuccessful': 1 });
    expect(await inboxKinds(stack, token.expertA)).toMatchObject({ 'challenge.awarded': 1 });
    const publicView = (await as('stranger').get(`/api/v1/challenges/${challengeId}`)).body;
    expect(publicView.award).toEqual({ providerName: '罗振华', awardedAt: expect.any(String) });
    const winnerView = (await as('expertA').get(`/api/v1/challenges/${challengeId}`)).body;
    expect(winnerView.award.reason).toContain('综合评分第一');
    expect(winnerView.contacts).toEqual({
      provider: { name: '罗振华', email: 'luo.zhenhua@xtu.example', phone: null },
      enterprise: [{ displayName: expect.any(String), email: `owner-${tag}@challenges.test` }],
    });
    expect((await as('owner').get(`/api/v1/challenges/${challengeId}`)).body.contacts.provider.email).toBe(
      'luo.zhenhua@xtu.example',
    );
    expect(publicView).not.toHaveProperty('contacts');
    expect((await as('expertB').get(`/api/v1/challenges/${challengeId}`)).body).not.toHaveProperty('contacts');
    expect((await as('foreignCoordinator').get(`/api/v1/challenges/${challengeId}`)).body).not.toHaveProperty(
      'contacts',
    );
    expect(
      await stack.db.query(
        `select after from audit_entries where action = 'challenge.contacts-revealed' and target_id = $1`,
        [challengeId],
      ),
    ).toEqual([{ after: { providerId: provider.expertA, organizationId: enterpriseId } }]);
  });

  it('tracks the milestones to acceptance: overdue reminder, a return, acceptance, and the challenge closes', async () => {
    const view = (await as('expertA').get(`/api/v1/challenges/${challengeId}`)).body;
    expect(view.viewerRoles).toEqual(['applicant', 'winner']);
    const [m1, m2] = view.milestones.map((m: { id: string }) => m.id);
    expect(
      (
        await as('expertB').post(`/api/v1/challenge-milestones/${m1}/submit`, {
          evidence: [{ name: '仿真报告', url: 'https://files.example/sim.pdf' }],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await as('expertA', 'en').post(`/api/v1/challenge-milestones/${m1}/submit`, {
          evidence: [{ name: '仿真报告', url: 'ftp://files.example/sim.pdf' }],
        })
      ).body.errors[0].field,
    ).toBe('evidence.0.url');

    testClock.advance(10 * DAY_MS + HOUR_MS); // milestone 1 falls due unaccepted
    await sweepUntil(async () => (await inboxKinds(stack, token.expertA))['challenge.milestone_overdue'] === 1);
    expect((await as('owner').get(`/api/v1/challenges/${challengeId}`)).body.milestones[0]).toMatchObject({
      status: 'planned',
      overdue: true,
    });

    const evidence = {
      evidence: [{ name: '温度场仿真报告', url: 'https://files.example/sim.pdf' }],
      note: '满载温升仿真值 72K',
    };
    expect(
      (await as('expertA').post(`/api/v1/challenge-milestones/${m1}/submit`, evidence)).body.milestones[0].status,
    ).toBe('submitted');
    expect((await as('expertA').post(`/api/v1/challenge-milestones/${m1}/accept`)).status).toBe(403);
    expect((await as('coordinator').post(`/api/v1/challenge-milestones/${m1}/accept`)).status).toBe(403);
    const back = await as('owner').post(`/api/v1/challenge-milestones/${m1}/return`, { reason: '请补充边界条件说明' });
    expect(back.body.milestones[0]).toMatchObject({ status: 'returned', reviewNote: '请补充边界条件说明' });
    await as('expertA').post(`/api/v1/challenge-milestones/${m1}/submit`, { ...evidence, note: '已补充边界条件' });
    expect(
      (await as('owner').post(`/api/v1/challenge-milestones/${m1}/accept`, { note: '验收通过' })).body,
    ).toMatchObject({ status: 'in_progress', milestones: [{ status: 'accepted' }, { status: 'planned' }] });
    expect((await as('owner').post(`/api/v1/challenge-milestones/${m1}/accept`)).body.code).toBe('INVALID_TRANSITION');

    await as('expertA').post(`/api/v1/challenge-milestones/${m2}/submit`, {
      evidence: [{ name: '台架试验报告', url: 'https://files.example/bench.pdf' }],
    });
    const closed = await as('owner').post(`/api/v1/challenge-milestones/${m2}/accept`, {
      note: '第三方报告温升 76K，验收通过',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      milestones: [{ status: 'accepted' }, { status: 'accepted' }],
    });
    expect(closed.body.closedAt).toBeTruthy();
    const m2Overdue = await stack.db.query(
      `select status from reminders where subject_id = $1 and kind = 'challenge.milestone-overdue'`,
      [m2],
    );
    expect(m2Overdue).toEqual([{ status: 'cancelled' }]);
    for (const w of ['owner', 'expertA', 'coordinator'] as const)
      expect((await inboxKinds(stack, token[w]))['challenge.closed']).toBe(1);
    expect(
      (await as(null).get('/api/v1/challenges?phase=all&region=430200&limit=100')).body.items.find(
        (c: { id: string }) => c.id === challengeId,
      ).status,
    ).toBe('closed');
  });
});

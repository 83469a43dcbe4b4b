import { DAY_MS, HOUR_MS } from '@app/common';
import { countBy, inboxKinds, testClock } from './support/brokerage-fixtures';
import { MailSink } from './support/mail-sink';
import { TestStack } from './support/stack';

/**
 * One need from publication to the 30-day follow-up after its agreement: matching, the coordinator's approval, both
 * acceptances, the contact reveal (audited), a meeting, negotiation, the agreement, and time moved on by the clock.
 * Every notification arrives exactly once, in the inbox and over SMTP, in each person's language.
 */
describe('brokerage: a need from publication to the 30-day follow-up', () => {
  let stack: TestStack;
  let sink: MailSink;
  const tag = `b${Date.now().toString(36)}`;
  const emails = {
    coordinator: `coord-${tag}@brokerage.test`,
    owner: `owner-${tag}@brokerage.test`,
    expert: `expert-${tag}@brokerage.test`,
  };
  const tokens: Record<keyof typeof emails, string> = { coordinator: '', owner: '', expert: '' };
  let needId: string;
  let providerId: string;
  let enterpriseId: string;
  let engagementId: string;

  beforeAll(async () => {
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start();
    // An association for Zhuzhou (株洲), an enterprise there with one member, and an expert with an account (English).
    tokens.coordinator = (await stack.coordinator(emails.coordinator, `${tag} 株洲市科协`, '430200')).token;
    const owner = await stack.user(emails.owner, {
      organization: { type: 'enterprise', name: `${tag} 株洲动力电池有限公司`, regionCode: '430200' },
    });
    tokens.owner = owner.token;
    enterpriseId = owner.organization!.id;
    const expert = await stack.user(emails.expert);
    await stack.db.query(`update users set locale = 'en' where id = $1`, [expert.user.id]);
    tokens.expert = (await stack.user(emails.expert)).token;
  });

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
    testClock.reset();
    delete process.env.SMTP_URL;
  });

  const as = (who: keyof typeof emails) => ({
    get: (path: string) => stack.http.get(path).auth(tokens[who], { type: 'bearer' }),
    post: (path: string, body: object = {}) => stack.http.post(path).auth(tokens[who], { type: 'bearer' }).send(body),
  });

  it('publishes a need (import by the coordinator) and matches the expert to it', async () => {
    const profile = await stack.http
      .put('/api/v1/me/expert-profile')
      .auth(tokens.expert, { type: 'bearer' })
      .send({
        name: '周立新',
        title: '教授',
        affiliation: '中南大学',
        region: '湖南省长沙市',
        keywords: ['锂离子电池', '正极材料', '高镍三元'],
        bio: '研究锂离子电池高镍正极材料的掺杂改性与循环寿命提升，与多家电池企业开展联合攻关。',
        contactEmail: 'zhou.lixin@csu.example',
        contactPhone: '+86 731 8888 0000',
      });
    expect(profile.status).toBe(200);
    providerId = profile.body.id;
    await stack.approveExpertProfile(providerId);
    await stack.settle();
    expect(
      (await as('coordinator').get(`/api/v1/search/providers?q=${encodeURIComponent('正极材料')}`)).body.items.map(
        (p: { id: string }) => p.id,
      ),
    ).toContain(providerId);

    const imported = await as('coordinator').post('/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-need`,
          title: '动力电池正极材料循环寿命提升',
          organizationId: enterpriseId,
          region: '湖南省株洲市',
          description: '我们生产磷酸铁锂和三元动力电池，高镍正极循环寿命达不到客户要求，寻求正极材料专家联合攻关。',
          keywords: ['锂电池', '正极材料', '循环寿命'],
          confidentialDetails: '现有配方：NCM811，掺杂 2% 镁；目标 2000 次循环容量保持率 80%。',
        },
      ],
    });
    expect(imported.body).toMatchObject({ created: 1, failed: [] });
    needId = imported.body.ids[`${tag}-need`];
    await stack.settle();
    const matches = (await as('coordinator').get(`/api/v1/needs/${needId}/matches?limit=20`)).body;
    expect(matches.status).toBe('ready');
    // The run's shared database holds every suite's copy of the fixtures' battery-cathode expert (the same text, so the same
    // score): the expert's rank depends on how many ran before, so what this asserts is the evidence the match carries.
    const match = matches.items.find((m: { providerId: string }) => m.providerId === providerId);
    expect(match.reasons.evidence.length).toBeGreaterThan(0);
    expect(match.reasons.matchedKeywords.length).toBeGreaterThan(0);
  });

  it('the coordinator approves the match: both sides are invited, and see only the public parts', async () => {
    const approved = await as('coordinator').post(`/api/v1/needs/${needId}/matches/${providerId}/approve`, {
      note: '周教授团队在高镍正极方面经验丰富。',
    });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({
      status: 'introduced',
      origin: 'match',
      contacts: null,
      viewerRoles: ['coordinator'],
    });
    engagementId = approved.body.id;
    expect((await as('coordinator').post(`/api/v1/needs/${needId}/matches/${providerId}/approve`)).body.code).toBe(
      'ALREADY_INTRODUCED',
    );

    const seenByExpert = await as('expert').get(`/api/v1/engagements/${engagementId}`);
    expect(seenByExpert.body).toMatchObject({
      viewerRoles: ['provider'],
      contacts: null,
      enterprise: { name: `${tag} 株洲动力电池有限公司` },
    });
    expect(seenByExpert.body.need.title).toBe('动力电池正极材料循环寿命提升');
    expect(seenByExpert.body.need).not.toHaveProperty('confidentialDetails');
    const seenByOwner = await as('owner').get(`/api/v1/engagements/${engagementId}`);
    expect(seenByOwner.body.provider).toMatchObject({ name: '周立新', affiliation: '中南大学' });
    expect(seenByOwner.body.provider).not.toHaveProperty('contactEmail');
    expect((await as('expert').post(`/api/v1/engagements/${engagementId}/messages`, { body: 'Hello' })).body.code).toBe(
      'ENGAGEMENT_NOT_ACCEPTED',
    );

    const pending = await as('expert').get('/api/v1/engagements?awaitingMe=true');
    expect(pending.body.items.map((i: { id: string }) => i.id)).toEqual([engagementId]);
    await stack.settle();
    // Besides the approval of their own profile (issue 17), the expert has the introduction only.
    const expertMail = sink.to(emails.expert).filter((m) => m.kind !== 'listing.approved');
    expect([sink.to(emails.owner).length, expertMail.length]).toEqual([1, 1]);
    expect(sink.to(emails.owner)[0]).toMatchObject({
      kind: 'introduction.invited',
      subject: '【科技供需对接平台】对接邀请：动力电池正极材料循环寿命提升',
    });
    expect(expertMail[0].subject).toBe('[Tech Matchmaking] Introduction: 动力电池正极材料循环寿命提升');
    expect(expertMail[0].text).toContain(`${tag} 株洲动力电池有限公司`);
  });

  it('reveals contacts and the confidential part only when both have accepted, and audits the reveal', async () => {
    expect((await as('expert').get(`/api/v1/needs/${needId}`)).body.confidentialDetails).toBeUndefined();
    const first = await as('owner').post(`/api/v1/introductions/${engagementId}/respond`, { decision: 'accept' });
    expect(first.body).toMatchObject({
      status: 'introduced',
      contacts: null,
      responses: { enterprise: { status: 'accepted' }, provider: { status: 'pending' } },
    });
    expect(
      (await as('owner').post(`/api/v1/introductions/${engagementId}/respond`, { decision: 'accept' })).body.code,
    ).toBe('ALREADY_RESPONDED');

    const second = await as('expert').post(`/api/v1/introductions/${engagementId}/respond`, { decision: 'accept' });
    expect(second.body).toMatchObject({
      status: 'accepted',
      contacts: {
        provider: { email: 'zhou.lixin@csu.example', phone: '+86 731 8888 0000' },
        enterprise: { email: emails.owner },
        enterpriseMembers: [{ email: emails.owner }],
      },
    });
    expect(second.body.need.confidentialDetails).toContain('NCM811');
    expect((await as('expert').get(`/api/v1/needs/${needId}`)).body.confidentialDetails).toContain('NCM811');
    expect((await as('owner').get(`/api/v1/engagements/${engagementId}`)).body.contacts.provider.email).toBe(
      'zhou.lixin@csu.example',
    );
    const audit = await stack.db.query(
      `select actor_id, after from audit_entries where action = 'engagement.contacts-revealed' and target_id = $1`,
      [engagementId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ needId, providerId });
  });

  it('goes through meeting, negotiation and agreement; wrong moves answer 409 with the allowed ones', async () => {
    const meetingAt = new Date(testClock.now().getTime() + 2 * DAY_MS).toISOString();
    const meeting = await as('expert').post(`/api/v1/engagements/${engagementId}/transitions`, {
      to: 'meeting_scheduled',
      meeting: { at: meetingAt, mode: 'online', location: 'https://meet.example/zz' },
    });
    expect(meeting.body).toMatchObject({ status: 'meeting_scheduled', meeting: { at: meetingAt, mode: 'online' } });
    const skip = await as('owner').post(`/api/v1/engagements/${engagementId}/transitions`, {
      to: 'agreement_signed',
      agreement: { type: 'joint_rnd' },
    });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { allowed: ['meeting_scheduled', 'negotiating', 'closed'] },
    });

    expect(
      (
        await as('owner').post(`/api/v1/engagements/${engagementId}/messages`, {
          body: '周教授您好，会前我们把测试数据发给您。',
        })
      ).status,
    ).toBe(201);
    expect(
      (await as('coordinator').post(`/api/v1/engagements/${engagementId}/notes`, { body: '企业预算充足，重点跟进。' }))
        .status,
    ).toBe(201);
    expect(
      (
        await as('coordinator').post(`/api/v1/engagements/${engagementId}/transitions`, {
          to: 'negotiating',
          reason: '会面顺利，进入合同谈判',
        })
      ).body.status,
    ).toBe('negotiating');
    // Issue 17: a signed agreement takes both sides' record; the first one leaves the engagement negotiating.
    const first = await as('owner').post(`/api/v1/engagements/${engagementId}/transitions`, {
      to: 'agreement_signed',
      agreement: { type: 'joint_rnd', contractValue: 500000 },
    });
    expect(first.body).toMatchObject({ status: 'negotiating' });
    const signed = await as('expert').post(`/api/v1/engagements/${engagementId}/transitions`, {
      to: 'agreement_signed',
      agreement: { type: 'joint_rnd', contractValue: 500000 },
    });
    expect(signed.body).toMatchObject({
      status: 'agreement_signed',
      agreement: { type: 'joint_rnd', contractValue: 500000 },
    });

    const forOwner = (await as('owner').get(`/api/v1/engagements/${engagementId}/timeline`)).body.items;
    const forCoordinator = (await as('coordinator').get(`/api/v1/engagements/${engagementId}/timeline`)).body.items;
    expect(forCoordinator.map((e: { type: string }) => e.type)).toContain('note');
    expect(forOwner.map((e: { type: string }) => e.type)).not.toContain('note');
    expect(
      forOwner.filter((e: { type: string }) => e.type === 'transition').map((e: { toStatus: string }) => e.toStatus),
    ).toEqual(['introduced', 'accepted', 'meeting_scheduled', 'negotiating', 'agreement_signed']);
    expect(forOwner.find((e: { toStatus: string }) => e.toStatus === 'negotiating')).toMatchObject({
      actorRole: 'coordinator',
      body: '会面顺利，进入合同谈判',
    });
  });

  it('sends the 30-day follow-up when the clock reaches it, and every notification exactly once', async () => {
    testClock.advance(30 * DAY_MS + HOUR_MS);
    await stack.settle();
    expect(sink.to(emails.owner).map((m) => m.kind)).toContain('reminder.agreement_followup');
    const followup = sink.to(emails.expert).find((m) => m.kind === 'reminder.agreement_followup')!;
    expect(followup.subject).toBe('[Tech Matchmaking] 30-day follow-up: 动力电池正极材料循环寿命提升');
    const ninety = await stack.db.query(
      `select status from reminders where subject_id = $1 and kind = 'agreement.followup' and payload->>'days' = '90'`,
      [engagementId],
    );
    expect(ninety).toEqual([{ status: 'pending' }]);
    await stack.settle(); // more sweeps and drains, awaited: nothing may arrive twice

    const expected = {
      // The owner now also hears that the expert confirmed the agreement (issue 17: both sides record it).
      owner: {
        'introduction.invited': 1,
        'introduction.accepted': 1,
        'engagement.updated': 3,
        'reminder.agreement_followup': 1,
      },
      // The expert also heard that their own profile was approved (issue 17: experts' profiles are reviewed).
      expert: {
        'listing.approved': 1,
        'introduction.invited': 1,
        'introduction.accepted': 1,
        'engagement.message': 1,
        'engagement.updated': 2,
        'reminder.agreement_followup': 1,
      },
      coordinator: { 'introduction.accepted': 1, 'engagement.updated': 2 },
    };
    for (const who of ['owner', 'expert', 'coordinator'] as const) {
      expect(await inboxKinds(stack, tokens[who])).toEqual(expected[who]);
      expect(countBy(sink.to(emails[who]), (m) => m.kind)).toEqual(expected[who]);
      const keys = sink.to(emails[who]).map((m) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const unread = await as('owner').get('/api/v1/notifications/unread-count');
    expect(unread.body.unread).toBe(6); // with the expert's agreement confirmation (issue 17)
  });
});

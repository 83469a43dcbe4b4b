import { TestStack } from './support/stack';

/**
 * Issue 17: a coordinator may answer an introduction on behalf of one side at most, and accepts for the enterprise
 * (whose confidential part opens on acceptance) only with its written confirmation, which is recorded and audited.
 */
describe('answers on behalf of a side', () => {
  let stack: TestStack;
  const tag = `ob${Date.now().toString(36)}`;
  const t: Record<'coordinator' | 'owner', string> = { coordinator: '', owner: '' };
  let needId: string;
  const providerIds: string[] = [];
  const confirmation = {
    statement: '企业总经理 12 月 1 日邮件回复：同意与该专家对接，并向其公开需求保密部分。',
    channel: 'email',
    reference: 'MAIL-2026-1201-07',
  };

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    t.coordinator = (await stack.coordinator(`coord-${tag}@behalf.test`, `${tag} 武汉市科协`, '420100')).token;
    const owner = await stack.user(`owner-${tag}@behalf.test`, {
      organization: { type: 'enterprise', name: `${tag} 武汉光电有限公司`, regionCode: '420100' },
    });
    t.owner = owner.token;
    const providers = await post('coordinator', '/api/v1/import/providers', {
      items: [1, 2].map((n) => ({
        externalId: `${tag}-p${n}`,
        kind: 'expert',
        name: `专家${n}`,
        region: '湖北省武汉市',
        contactEmail: `p${n}@expert.example`,
      })),
    });
    providerIds.push(providers.body.ids[`${tag}-p1`], providers.body.ids[`${tag}-p2`]);
    const needs = await post('coordinator', '/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-need`,
          title: '激光器散热模块设计',
          description: '高功率激光器散热不足。',
          region: '湖北省武汉市',
          organizationId: owner.organization!.id,
          confidentialDetails: '目标功率 3 kW，现有散热方案的热阻数据。',
        },
      ],
    });
    needId = needs.body.ids[`${tag}-need`];
  });
  afterAll(async () => {
    await stack?.stop();
  });

  function post(who: keyof typeof t, path: string, body: object) {
    return stack.http.post(path).auth(t[who], { type: 'bearer' }).send(body);
  }
  const introduce = async (providerId: string) =>
    (await post('coordinator', `/api/v1/needs/${needId}/introductions`, { providerId })).body.id as string;
  const respond = (who: keyof typeof t, id: string, body: object) =>
    post(who, `/api/v1/introductions/${id}/respond`, body);
  let acceptedId: string;
  const reveals = async (id: string) =>
    (
      await stack.db.query(
        `select count(*)::int as n from audit_entries where action = 'engagement.contacts-revealed' and target_id = $1`,
        [id],
      )
    )[0].n;

  it('refuses to accept for the enterprise without its written confirmation, and for both sides', async () => {
    const id = await introduce(providerIds[0]);
    const bare = await respond('coordinator', id, { decision: 'accept', side: 'enterprise' });
    expect(bare.status).toBe(403);
    expect(bare.body).toMatchObject({
      code: 'WRITTEN_CONFIRMATION_REQUIRED',
      errors: [{ field: 'writtenConfirmation' }],
    });
    expect((await respond('coordinator', id, { decision: 'accept', side: 'provider' })).status).toBe(200);
    const second = await respond('coordinator', id, {
      decision: 'accept',
      side: 'enterprise',
      writtenConfirmation: confirmation,
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ON_BEHALF_ONE_SIDE');
    expect(await reveals(id)).toBe(0);
    // The enterprise answering in person opens the contacts.
    const own = await respond('owner', id, { decision: 'accept' });
    expect(own.body).toMatchObject({ status: 'accepted' });
    expect(await reveals(id)).toBe(1);
    acceptedId = id;
  });

  it('accepts for the enterprise with a written confirmation, recorded in the timeline data and the audit log', async () => {
    const id = await introduce(providerIds[1]);
    const short = await respond('coordinator', id, {
      decision: 'accept',
      side: 'enterprise',
      writtenConfirmation: { statement: '同意', channel: 'email' },
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toMatch(/^writtenConfirmation\.statement/);
    expect(
      (await respond('coordinator', id, { decision: 'accept', side: 'enterprise', writtenConfirmation: confirmation }))
        .status,
    ).toBe(200);
    const [entry] = await stack.db.query(
      `select after from audit_entries where action = 'engagement.answered-on-behalf' and target_id = $1`,
      [id],
    );
    expect(entry.after).toMatchObject({ side: 'enterprise', decision: 'accepted', writtenConfirmation: confirmation });
    const other = await respond('coordinator', id, { decision: 'accept', side: 'provider' });
    expect(other.body.code).toBe('ON_BEHALF_ONE_SIDE');
    expect(await reveals(id)).toBe(0);
  });

  it('records a signed agreement only with both sides, or a coordinator with a reason', async () => {
    const move = (who: keyof typeof t, body: object) =>
      post(who, `/api/v1/engagements/${acceptedId}/transitions`, body);
    await move('coordinator', {
      to: 'meeting_scheduled',
      meeting: { at: new Date(Date.now() + 86_400_000).toISOString(), mode: 'online', location: '腾讯会议' },
    });
    await move('coordinator', { to: 'negotiating', reason: '会面后进入合同谈判' });
    const alone = await move('owner', {
      to: 'agreement_signed',
      agreement: { type: 'joint_rnd', contractValue: 200000 },
    });
    expect(alone.body.status).toBe('negotiating');
    const bare = await move('coordinator', { to: 'agreement_signed', agreement: { type: 'joint_rnd' } });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([
      expect.objectContaining({ field: 'reason', constraint: 'requiredForCoordinatorSigning' }),
    ]);
    const witnessed = await move('coordinator', {
      to: 'agreement_signed',
      reason: '专家书面确认已签字，合同扫描件存档',
      agreement: { type: 'joint_rnd', contractValue: 200000 },
    });
    expect(witnessed.body.status).toBe('agreement_signed');
  });
});

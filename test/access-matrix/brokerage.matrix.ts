import { IntroductionsService, ResponsesService } from '@app/brokerage';
import { ImportService } from '@app/listings';
import { Notifier } from '@app/notifications';
import { coordinatorInChargeAndAdmin, ownerCoordinatorInChargeAndAdmin, signedIn } from './expectations';
import { MatrixEntry, Role, SetupCall, SetupHook } from './types';
import { loadActor } from './world';

/**
 * Introductions, engagements, notifications and reminder settings. The side's member speaks for the enterprise of
 * the need (and, as a member of the side's workstation, for that provider); the side's coordinator is in charge.
 * Each call that changes an engagement gets a fresh need and engagement in the state it needs (setups below).
 */
const only = (role: Role, status: number): Record<Role, number> => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coordinator: 403,
  foreignCoordinator: 403,
  admin: 403,
  [role]: status,
});

const match = '/api/v1/needs/{id}/matches/{providerId}';

/** An enterprise's written confirmation, as a coordinator records it before accepting on its behalf. */
const CONFIRMATION = { statement: '企业负责人于电话后回复邮件，同意对接并向对方公开需求保密部分。', channel: 'email' };

export const entries: MatrixEntry[] = [
  { method: 'POST', path: `${match}/approve`, setup: 'matchedNeed', expect: coordinatorInChargeAndAdmin(201) },
  {
    method: 'POST',
    path: `${match}/reject`,
    setup: 'matchedNeed',
    body: { reason: '方向不符' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: `${match}/pin`,
    params: { id: 'publishedNeed', providerId: 'expert' },
    body: { reason: '重点推荐' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: `${match}/exclude`,
    params: { id: 'publishedNeed', providerId: 'provider' },
    body: { reason: '不合适' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: '/api/v1/needs/{id}/next-candidates',
    params: { id: 'publishedNeed' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/introductions',
    setup: 'freshNeedAndExpert',
    expect: coordinatorInChargeAndAdmin(201),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/introduction-requests',
    setup: 'freshNeedAndExpert',
    expect: only('member', 201),
    note: 'the enterprise of the need',
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/interest',
    setup: 'freshNeedAndWorkstation',
    expect: only('member', 201),
    note: 'members of the workstation whose profile it is',
  },
  {
    method: 'POST',
    path: '/api/v1/introductions/{id}/respond',
    setup: 'introducedEngagement',
    body: { decision: 'accept', side: 'enterprise', writtenConfirmation: CONFIRMATION },
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'the enterprise itself, or a coordinator in charge on its behalf with its written confirmation',
  },
  {
    method: 'POST',
    path: '/api/v1/introductions/{id}/approve',
    setup: 'requestedEngagement',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/introductions/{id}/reject',
    setup: 'requestedEngagement',
    body: { reason: '暂不合适' },
    expect: coordinatorInChargeAndAdmin(200),
  },

  { method: 'GET', path: '/api/v1/engagements', expect: signedIn(200), note: 'scoped to the caller' },
  {
    method: 'GET',
    path: '/api/v1/engagements/{id}',
    setup: 'introducedEngagement',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: '/api/v1/engagements/{id}/timeline',
    setup: 'introducedEngagement',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/engagements/{id}/transitions',
    setup: 'acceptedEngagement',
    body: { to: 'closed', reason: '双方协商结束' },
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/engagements/{id}/messages',
    setup: 'acceptedEngagement',
    body: { body: '您好' },
    expect: only('member', 201),
    note: 'the parties only',
  },
  {
    method: 'POST',
    path: '/api/v1/engagements/{id}/notes',
    setup: 'introducedEngagement',
    body: { body: '内部备注' },
    expect: coordinatorInChargeAndAdmin(201),
  },

  { method: 'GET', path: '/api/v1/notifications', expect: signedIn(200) },
  { method: 'GET', path: '/api/v1/notifications/unread-count', expect: signedIn(200) },
  { method: 'POST', path: '/api/v1/notifications/read-all', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/v1/notifications/{id}/read',
    setup: 'memberNotification',
    expect: { ...only('member', 200), otherMember: 404, coordinator: 404, foreignCoordinator: 404, admin: 404 },
    note: 'someone else’s notification does not exist for the caller',
  },
  { method: 'GET', path: '/api/v1/notifications/preferences', expect: signedIn(200) },
  {
    method: 'PUT',
    path: '/api/v1/notifications/preferences',
    body: { email: { 'engagement.message': true } },
    expect: signedIn(200),
  },

  {
    method: 'GET',
    path: '/api/v1/associations/{id}/reminder-settings',
    params: { id: 'association' },
    expect: coordinatorInChargeAndAdmin(200),
    note: 'members of the association',
  },
  {
    method: 'PUT',
    path: '/api/v1/associations/{id}/reminder-settings',
    params: { id: 'association' },
    body: { meetingOutcomeHours: 24 },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/reconfirm',
    params: { id: 'publishedNeed' },
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/capabilities/{id}/reconfirm',
    setup: 'publishedCapability',
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'setup from listings.matrix.ts',
  },
];

const sideOf = (call: SetupCall) => (call.target === 'foreign' ? 'foreign' : 'own');

async function coordinatorActor(call: SetupCall) {
  return loadActor(
    call.world,
    call.world.accounts[sideOf(call) === 'own' ? 'coordinator' : 'foreignCoordinator'].userId,
  );
}

/** A new published need of the side's enterprise, imported by the side's coordinator (who becomes its steward). */
async function freshNeed(call: SetupCall): Promise<string> {
  const records = call.world.records[sideOf(call)];
  const [org] = await call.world.stack.db.query('select id, region_code from organizations where id = $1', [
    records.organization,
  ]);
  const report = await call.world.stack.api.get(ImportService).importNeeds(
    [
      {
        externalId: `${call.unique}-need`,
        title: `矩阵对接需求 ${call.unique}`,
        description: '用于访问矩阵测试的对接需求。',
        region: org.region_code,
        organizationId: org.id,
      },
    ],
    await coordinatorActor(call),
    'zh-CN',
  );
  return report.ids[`${call.unique}-need`];
}

async function introduced(call: SetupCall): Promise<string> {
  const needId = await freshNeed(call);
  const view = await call.world.stack.api
    .get(IntroductionsService)
    .introduceByHand(needId, call.world.records[sideOf(call)].expert, await coordinatorActor(call), {});
  return view.id;
}

export const setups: Record<string, SetupHook> = {
  async matchedNeed(call) {
    const id = await freshNeed(call);
    const providerId = call.world.records[sideOf(call)].expert;
    await call.world.stack.db.query(
      `insert into matches (need_id, provider_id, score, reasons, algorithm_version, need_revision, provider_revision) values ($1, $2, 72, '{}', 'matrix', 1, 1)`,
      [id, providerId],
    );
    return { params: { id, providerId } };
  },
  async freshNeedAndExpert(call) {
    return { params: { id: await freshNeed(call) }, body: { providerId: call.world.records[sideOf(call)].expert } };
  },
  async freshNeedAndWorkstation(call) {
    return { params: { id: await freshNeed(call) }, body: { providerId: call.world.records[sideOf(call)].provider } };
  },
  async introducedEngagement(call) {
    return { params: { id: await introduced(call) } };
  },
  async acceptedEngagement(call) {
    const id = await introduced(call);
    const coordinator = await coordinatorActor(call);
    const owner = await loadActor(
      call.world,
      call.world.accounts[sideOf(call) === 'own' ? 'member' : 'otherMember'].userId,
    );
    const responses = call.world.stack.api.get(ResponsesService);
    // The enterprise answers in person; a coordinator may answer for the other side only.
    await responses.respond(id, owner, { decision: 'accept', side: 'enterprise' });
    await responses.respond(id, coordinator, { decision: 'accept', side: 'provider' });
    return { params: { id } };
  },
  async requestedEngagement(call) {
    const needId = await freshNeed(call);
    const member = await loadActor(
      call.world,
      call.world.accounts[sideOf(call) === 'own' ? 'member' : 'otherMember'].userId,
    );
    const view = await call.world.stack.api
      .get(IntroductionsService)
      .requestIntroduction(needId, member, { providerId: call.world.records[sideOf(call)].expert });
    return { params: { id: view.id } };
  },
  async memberNotification(call) {
    const userId = call.world.accounts[sideOf(call) === 'own' ? 'member' : 'otherMember'].userId;
    const key = `matrix:${call.unique}`;
    await call.world.stack.db.transaction((m) =>
      call.world.stack.api.get(Notifier).notify(m, {
        kind: 'engagement.updated',
        recipients: [userId],
        params: { needTitle: '矩阵', status: '—' },
        dedupeKey: key,
        channel: 'inbox',
      }),
    );
    const [row] = await call.world.stack.db.query('select id from notifications where dedupe_key = $1', [
      `${key}:${userId}`,
    ]);
    return { params: { id: row.id } };
  },
};

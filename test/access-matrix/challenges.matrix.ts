import { ApplicationsService, ChallengesService, EvaluationService, MilestonesService } from '@app/challenges';
import { coordinatorInChargeAndAdmin, everyone, ownerCoordinatorInChargeAndAdmin, signedIn } from './expectations';
import { MatrixEntry, Role, SetupCall, SetupHook } from './types';
import { loadActor } from './world';

/**
 * Open challenges (揭榜挂帅). The side's member speaks for the enterprise of the side's published need and, as a
 * member of the side's workstation, for that provider; the side's coordinator is in charge. The public call is for
 * everyone; a call awaiting approval, the applications, reviewers, ranking and milestones' acceptance are for the
 * enterprise and the coordinators in charge; a foreign coordinator sees none of it (a call not yet public: 404).
 * Every call that changes a challenge gets a fresh one in the state it needs (setups below).
 */
const only = (roles: Partial<Record<Role, number>>, otherwise = 403): Record<Role, number> => ({
  anonymous: 401,
  member: otherwise,
  otherMember: otherwise,
  coordinator: otherwise,
  foreignCoordinator: otherwise,
  admin: otherwise,
  ...roles,
});

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const CALL = {
  callText: '矩阵测试榜单：研制一套高效冷却方案。',
  deadline: inDays(10),
  rewardMin: 100000,
  rewardMax: 300000,
  criteria: [
    { name: '技术路线', weight: 60 },
    { name: '报价', weight: 40 },
  ],
  milestones: [{ title: '方案设计', acceptanceCriteria: '提交设计报告', dueAt: inDays(40) }],
  inviteCount: 0,
};
const PROPOSAL = {
  approach: '矩阵测试方案：先仿真后样机验证。',
  team: [{ name: '矩阵专家', role: '负责人' }],
  schedule: [{ milestone: 1, plannedDate: inDays(35).slice(0, 10) }],
  price: 200000,
};
const UNPUBLISHED = {
  anonymous: 404,
  member: 200,
  otherMember: 404,
  coordinator: 200,
  foreignCoordinator: 404,
  admin: 200,
};

export const entries: MatrixEntry[] = [
  { method: 'GET', path: '/api/v1/challenges', expect: everyone(200), note: 'the public board' },
  { method: 'GET', path: '/api/v1/challenges/mine', expect: signedIn(200), note: 'scoped to the caller' },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/challenges',
    params: { id: 'publishedNeed' },
    body: CALL,
    expect: coordinatorInChargeAndAdmin(201),
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}',
    setup: 'openChallenge',
    expect: everyone(200),
    note: 'an open call is public',
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}',
    setup: 'raisedChallenge',
    expect: UNPUBLISHED,
    note: 'before approval only the enterprise and the coordinators in charge know it exists',
  },
  {
    method: 'PUT',
    path: '/api/v1/challenges/{id}',
    setup: 'raisedChallenge',
    body: CALL,
    expect: { ...coordinatorInChargeAndAdmin(200), foreignCoordinator: 404 },
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/approve',
    setup: 'raisedChallenge',
    expect: { ...UNPUBLISHED, anonymous: 401, coordinator: 403 },
    note: 'the enterprise approves its own call',
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/return',
    setup: 'raisedChallenge',
    body: { reason: '请修改奖励区间' },
    expect: { ...UNPUBLISHED, anonymous: 401, coordinator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/invitations',
    setup: 'openChallenge',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/applications',
    setup: 'openChallengeAndProvider',
    expect: only({ member: 201, admin: 201 }),
    note: 'those who speak for the provider (its workstation members)',
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/my-providers',
    setup: 'openChallenge',
    expect: signedIn(200),
    note: 'scoped to the caller',
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/applications',
    setup: 'appliedChallenge',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/reviewers',
    setup: 'openChallengeAndReviewer',
    expect: coordinatorInChargeAndAdmin(201),
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/reviewers',
    setup: 'openChallenge',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/challenges/{id}/declaration',
    setup: 'callerInvitedToReview',
    body: { conflictedApplicationIds: [], statement: '本人与揭榜方无利益关系。' },
    expect: only({ otherMember: 200 }),
    note: 'the invited reviewer only (the setup invites the other side’s member)',
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/ranking',
    setup: 'appliedChallenge',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/shortlist',
    setup: 'challengeInEvaluation',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/award',
    setup: 'shortlistedChallenge',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: '/api/v1/challenge-applications/{id}',
    setup: 'application',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/challenge-applications/{id}',
    setup: 'application',
    body: PROPOSAL,
    expect: only({ member: 200, admin: 200 }),
  },
  {
    method: 'PUT',
    path: '/api/v1/challenge-applications/{id}/scores',
    setup: 'applicationInEvaluation',
    body: { scores: { c1: 80, c2: 70 } },
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/challenge-milestones/{id}/submit',
    setup: 'awardedMilestone',
    body: { evidence: [{ name: '设计报告', url: 'https://files.example/report.pdf' }] },
    expect: only({ member: 200, admin: 200 }),
    note: 'the winner (the side’s workstation)',
  },
  {
    method: 'POST',
    path: '/api/v1/challenge-milestones/{id}/accept',
    setup: 'submittedMilestone',
    expect: only({ member: 200, admin: 200 }),
    note: 'the enterprise accepts (验收)',
  },
  {
    method: 'POST',
    path: '/api/v1/challenge-milestones/{id}/return',
    setup: 'submittedMilestone',
    body: { reason: '请补充试验数据' },
    expect: only({ member: 200, admin: 200 }),
  },
];

const sideOf = (call: SetupCall) => (call.target === 'foreign' ? 'foreign' : 'own');
const get = <T>(call: SetupCall, type: new (...args: never[]) => T) => call.world.stack.api.get<T>(type);
const coordinator = (call: SetupCall) =>
  loadActor(call.world, call.world.accounts[sideOf(call) === 'own' ? 'coordinator' : 'foreignCoordinator'].userId);
const enterprise = (call: SetupCall) =>
  loadActor(call.world, call.world.accounts[sideOf(call) === 'own' ? 'member' : 'otherMember'].userId);

async function raised(call: SetupCall): Promise<string> {
  const view = await get(call, ChallengesService).raise(
    call.world.records[sideOf(call)].publishedNeed,
    await coordinator(call),
    { ...CALL, title: `矩阵榜单 ${call.unique}` },
  );
  return view.id;
}

async function opened(call: SetupCall): Promise<string> {
  const id = await raised(call);
  await get(call, ChallengesService).approve(id, await enterprise(call));
  return id;
}

async function applied(call: SetupCall): Promise<{ challengeId: string; applicationId: string }> {
  const challengeId = await opened(call);
  const application = await get(call, ApplicationsService).apply(challengeId, await enterprise(call), {
    ...PROPOSAL,
    providerId: call.world.records[sideOf(call)].provider,
  });
  return { challengeId, applicationId: application.id };
}

/** Past the deadline: the matrix cannot move the platform clock, so the call's deadline is moved back instead. */
async function inEvaluation(call: SetupCall) {
  const ids = await applied(call);
  await call.world.stack.db.query(`update challenges set deadline = now() - interval '1 hour' where id = $1`, [
    ids.challengeId,
  ]);
  return ids;
}

async function shortlisted(call: SetupCall) {
  const ids = await inEvaluation(call);
  await get(call, EvaluationService).shortlist(ids.challengeId, await coordinator(call), {
    applicationIds: [ids.applicationId],
  });
  return ids;
}

async function awardedMilestone(call: SetupCall): Promise<string> {
  const ids = await shortlisted(call);
  await get(call, EvaluationService).award(ids.challengeId, await enterprise(call), {
    applicationId: ids.applicationId,
    reason: '矩阵测试中选',
  });
  const [row] = await call.world.stack.db.query(
    'select id from challenge_milestones where challenge_id = $1 and seq = 1',
    [ids.challengeId],
  );
  return row.id;
}

export const setups: Record<string, SetupHook> = {
  async raisedChallenge(call) {
    return { params: { id: await raised(call) } };
  },
  async openChallenge(call) {
    return { params: { id: await opened(call) } };
  },
  async openChallengeAndProvider(call) {
    return {
      params: { id: await opened(call) },
      body: { ...PROPOSAL, providerId: call.world.records[sideOf(call)].provider },
    };
  },
  async openChallengeAndReviewer(call) {
    const other = call.world.accounts[sideOf(call) === 'own' ? 'otherMember' : 'member'];
    return { params: { id: await opened(call) }, body: { email: other.email } };
  },
  async callerInvitedToReview(call) {
    const id = await opened(call);
    const other = call.world.accounts[sideOf(call) === 'own' ? 'otherMember' : 'member'];
    await get(call, EvaluationService).addReviewer(id, await coordinator(call), { email: other.email });
    return { params: { id } };
  },
  async appliedChallenge(call) {
    return { params: { id: (await applied(call)).challengeId } };
  },
  async application(call) {
    return { params: { id: (await applied(call)).applicationId } };
  },
  async challengeInEvaluation(call) {
    const ids = await inEvaluation(call);
    return { params: { id: ids.challengeId }, body: { applicationIds: [ids.applicationId] } };
  },
  async applicationInEvaluation(call) {
    return { params: { id: (await inEvaluation(call)).applicationId } };
  },
  async shortlistedChallenge(call) {
    const ids = await shortlisted(call);
    return { params: { id: ids.challengeId }, body: { applicationId: ids.applicationId, reason: '综合评分第一' } };
  },
  async awardedMilestone(call) {
    return { params: { id: await awardedMilestone(call) } };
  },
  async submittedMilestone(call) {
    const id = await awardedMilestone(call);
    const winner = await enterprise(call); // the side's member also speaks for the winning workstation
    await get(call, MilestonesService).submit(id, winner, {
      evidence: [{ name: '设计报告', url: 'https://files.example/report.pdf' }],
    });
    return { params: { id } };
  },
};

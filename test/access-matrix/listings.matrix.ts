import { CapabilitiesService, NeedsService } from '@app/listings';
import {
  anyCoordinator,
  coordinatorInChargeAndAdmin,
  everyone,
  ownerCoordinatorInChargeAndAdmin,
  signedIn,
} from './expectations';
import { MatrixEntry, Role, SetupCall, SetupHook } from './types';
import { loadActor } from './world';

/**
 * Needs, capabilities and the review queue. Steps change a listing's state, so each call gets a fresh listing in
 * the state the step needs (setup hooks below); the side's member owns it and the side's coordinator reviews it.
 * Owners edit and submit; reviewers (coordinators of the region, admins) approve and return; both may close.
 */
const ownerOnly = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: status,
  otherMember: 403,
  coordinator: 403,
  foreignCoordinator: 403,
  admin: 403,
});

const needBody = { title: '矩阵测试：注塑件翘曲变形', description: '薄壁注塑件冷却后翘曲，希望优化模具冷却水路。' };
const capabilityBody = { title: '矩阵测试：模流分析服务', description: '为注塑企业提供模流分析与冷却水路设计。' };

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    path: '/api/v1/needs',
    target: 'own',
    setup: 'needBodyForEnterprise',
    expect: ownerOnly(201),
    note: 'a draft for the side’s enterprise: its members only',
  },
  { method: 'GET', path: '/api/v1/needs', expect: everyone(200), note: 'published needs' },
  {
    method: 'GET',
    path: '/api/v1/needs',
    query: { mine: 'true' },
    expect: signedIn(200),
    note: 'the caller’s own needs',
  },
  { method: 'GET', path: '/api/v1/needs/{id}', expect: ownerCoordinatorInChargeAndAdmin(200), note: 'need: a draft' },
  { method: 'GET', path: '/api/v1/needs/{id}', params: { id: 'publishedNeed' }, expect: everyone(200) },
  {
    method: 'PATCH',
    path: '/api/v1/needs/{id}',
    setup: 'draftNeed',
    body: { title: '矩阵测试：改过的标题' },
    expect: ownerOnly(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/needs/{id}',
    setup: 'publishedNeed',
    body: { title: '矩阵测试：修订标题' },
    expect: ownerOnly(200),
    note: 'creates a revision for review',
  },
  {
    method: 'PATCH',
    path: '/api/v1/needs/{id}',
    setup: 'submittedNeed',
    body: { title: '审核中不能改' },
    expect: { member: 409 },
  },
  { method: 'POST', path: '/api/v1/needs/{id}/submit', setup: 'draftNeed', expect: ownerOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/approve',
    setup: 'submittedNeed',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/approve',
    setup: 'draftNeed',
    expect: { coordinator: 409, admin: 409 },
    note: 'a draft is not in review',
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/return',
    setup: 'submittedNeed',
    body: { reason: '请补充设备型号。' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/close',
    setup: 'publishedNeed',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/resolve',
    setup: 'publishedNeed',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  { method: 'POST', path: '/api/v1/needs/{id}/resolve', setup: 'draftNeed', expect: { member: 409 } },

  {
    method: 'POST',
    path: '/api/v1/capabilities',
    target: 'own',
    setup: 'capabilityBodyForWorkstation',
    expect: ownerOnly(201),
    note: 'for the side’s workstation profile: members of the workstation (the side’s member) only',
  },
  { method: 'GET', path: '/api/v1/capabilities', expect: everyone(200) },
  { method: 'GET', path: '/api/v1/capabilities', query: { mine: 'true' }, expect: signedIn(200) },
  {
    method: 'GET',
    path: '/api/v1/capabilities/{id}',
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'capability: a draft of the side’s workstation',
  },
  { method: 'GET', path: '/api/v1/capabilities/{id}', setup: 'publishedCapability', expect: everyone(200) },
  {
    method: 'PATCH',
    path: '/api/v1/capabilities/{id}',
    setup: 'draftCapability',
    body: { title: '矩阵测试：改过的能力' },
    expect: ownerOnly(200),
  },
  { method: 'POST', path: '/api/v1/capabilities/{id}/submit', setup: 'draftCapability', expect: ownerOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/capabilities/{id}/approve',
    setup: 'submittedCapability',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/capabilities/{id}/return',
    setup: 'submittedCapability',
    body: { reason: '请补充服务案例。' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/capabilities/{id}/close',
    setup: 'publishedCapability',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },

  {
    method: 'GET',
    path: '/api/v1/review/queue',
    expect: anyCoordinator(200),
    note: 'each coordinator sees their own jurisdiction',
  },
];

type Stage = 'draft' | 'submitted' | 'published';

/** The side's owner (its member) and reviewer (its coordinator), as service actors. */
async function sideActors({ world, target }: SetupCall) {
  const own = target !== 'foreign';
  return {
    owner: await loadActor(world, world.accounts[own ? 'member' : 'otherMember'].userId),
    reviewer: await loadActor(world, world.accounts[own ? 'coordinator' : 'foreignCoordinator'].userId),
  };
}

const needIn =
  (stage: Stage): SetupHook =>
  async (call) => {
    const needs = call.world.stack.api.get(NeedsService);
    const { owner, reviewer } = await sideActors(call);
    const organizationId = call.world.records[call.target === 'foreign' ? 'foreign' : 'own'].organization;
    const { id } = await needs.create(
      { ...needBody, title: `${needBody.title} ${call.unique}`, organizationId },
      owner,
    );
    if (stage !== 'draft') await needs.act(id, 'submit', owner);
    if (stage === 'published') await needs.act(id, 'approve', reviewer);
    return { params: { id } };
  };

const capabilityIn =
  (stage: Stage): SetupHook =>
  async (call) => {
    const capabilities = call.world.stack.api.get(CapabilitiesService);
    const { owner, reviewer } = await sideActors(call);
    const providerId = call.world.records[call.target === 'foreign' ? 'foreign' : 'own'].provider;
    const { id } = await capabilities.create(
      { ...capabilityBody, title: `${capabilityBody.title} ${call.unique}`, providerId },
      owner,
    );
    if (stage !== 'draft') await capabilities.act(id, 'submit', owner);
    if (stage === 'published') await capabilities.act(id, 'approve', reviewer);
    return { params: { id } };
  };

export const setups: Record<string, SetupHook> = {
  async needBodyForEnterprise({ world, target, unique }) {
    return {
      body: {
        ...needBody,
        title: `${needBody.title} ${unique}`,
        organizationId: world.records[target === 'foreign' ? 'foreign' : 'own'].organization,
      },
    };
  },
  async capabilityBodyForWorkstation({ world, target, unique }) {
    return {
      body: {
        ...capabilityBody,
        title: `${capabilityBody.title} ${unique}`,
        providerId: world.records[target === 'foreign' ? 'foreign' : 'own'].provider,
      },
    };
  },
  draftNeed: needIn('draft'),
  submittedNeed: needIn('submitted'),
  publishedNeed: needIn('published'),
  draftCapability: capabilityIn('draft'),
  submittedCapability: capabilityIn('submitted'),
  publishedCapability: capabilityIn('published'),
};

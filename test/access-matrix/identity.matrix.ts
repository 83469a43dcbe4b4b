import { AuthService, ConciergeService, InvitationsService, Organization, OrganizationsService } from '@app/identity';
import { ExpertProfileService, Provider, WorkstationExpert } from '@app/listings';
import { PASSWORD } from '../support/stack';
import {
  adminsOnly,
  coordinatorInChargeAndAdmin,
  everyone,
  ownerAndAdmin,
  ownerCoordinatorInChargeAndAdmin,
  signedIn,
} from './expectations';
import { MatrixEntry, MatrixWorld, SetupCall, SetupHook } from './types';
import { loadActor } from './world';

/** Organisations, members, workstations, invitations, the concierge service, expert profiles, reference data and the audit log. */
/** Only the expert in person: here the side's member, whose expert profile the setup lists in station. */
const theExpertOnly = (status: number) => ({
  anonymous: 401,
  member: status,
  otherMember: 403,
  coordinator: 403,
  foreignCoordinator: 403,
  admin: 403,
});

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    path: '/api/v1/organizations',
    target: 'none',
    body: { type: 'enterprise', name: '矩阵新建企业', region: '440605' },
    expect: signedIn(201),
  },
  {
    method: 'POST',
    path: '/api/v1/organizations',
    target: 'none',
    body: { type: 'association', name: '矩阵新建科协', region: '440606' },
    expect: adminsOnly(201),
    note: 'associations (and so coordinators) are made by platform admins only',
  },
  { method: 'GET', path: '/api/v1/organizations/mine', expect: signedIn(200) },
  { method: 'GET', path: '/api/v1/organizations/{id}', expect: signedIn(200), note: 'the public profile' },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}',
    body: { description: '访问矩阵测试修改的简介' },
    expect: ownerAndAdmin(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}',
    params: { id: 'conciergeOrganization' },
    body: { description: '代建组织简介' },
    expect: coordinatorInChargeAndAdmin(200),
    note: 'an organisation created on a user’s behalf is managed by the coordinators in charge',
  },
  { method: 'GET', path: '/api/v1/organizations/{id}/members', expect: ownerCoordinatorInChargeAndAdmin(200) },
  { method: 'POST', path: '/api/v1/organizations/{id}/members', setup: 'freshAccountBody', expect: ownerAndAdmin(201) },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}/members/{userId}',
    setup: 'freshMembership',
    body: { role: 'admin' },
    expect: ownerAndAdmin(200),
  },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/members/{userId}',
    setup: 'freshMembership',
    expect: ownerAndAdmin(204),
  },
  { method: 'GET', path: '/api/v1/organizations/{id}/experts', params: { id: 'workstation' }, expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/experts',
    setup: 'stationExpertBody',
    expect: ownerAndAdmin(201),
  },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/experts/{providerId}',
    setup: 'expertInStation',
    expect: ownerAndAdmin(204),
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/experts/{providerId}/consent',
    setup: 'memberListedInStation',
    expect: theExpertOnly(200),
    note: 'the expert whose profile it is (here the side’s member), not the workstation’s managers',
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/invitations',
    body: { email: 'invitee@matrix.test', role: 'member' },
    expect: ownerAndAdmin(201),
  },
  { method: 'GET', path: '/api/v1/organizations/{id}/invitations', expect: ownerAndAdmin(200) },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/invitations/{invitationId}',
    setup: 'pendingInvitation',
    expect: ownerAndAdmin(204),
  },
  {
    method: 'POST',
    path: '/api/v1/invitations/accept',
    target: 'none',
    setup: 'invitationForCaller',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    path: '/api/v1/invitations/register',
    target: 'none',
    setup: 'invitationForNewcomer',
    expect: everyone(201),
    note: 'the token is the credential',
  },
  {
    method: 'POST',
    path: '/api/v1/invitations/set-password',
    target: 'none',
    setup: 'handOverInvitation',
    expect: everyone(200),
    note: 'the token is the credential',
  },
  {
    method: 'POST',
    path: '/api/v1/concierge/organizations',
    target: 'own',
    setup: 'conciergeOrganizationBody',
    expect: coordinatorInChargeAndAdmin(201),
    note: 'own: the organisation is to be in 佛山, foreign: in 茂名',
  },
  {
    method: 'POST',
    path: '/api/v1/concierge/accounts',
    target: 'own',
    setup: 'conciergeAccountBody',
    expect: coordinatorInChargeAndAdmin(201),
  },
  {
    method: 'GET',
    path: '/api/v1/me/expert-profile',
    target: 'none',
    setup: 'callerHasExpertProfile',
    expect: signedIn(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/me/expert-profile',
    target: 'none',
    body: { title: '高级工程师', keywords: ['矩阵测试'] },
    expect: signedIn(200),
  },
  { method: 'GET', path: '/api/v1/regions', query: { parentCode: '440000' }, expect: everyone(200) },
  { method: 'GET', path: '/api/v1/regions/resolve', query: { q: '佛山' }, expect: everyone(200) },
  { method: 'GET', path: '/api/v1/fields', expect: everyone(200) },
  { method: 'GET', path: '/api/v1/audit', expect: adminsOnly(200) },
];

const side = (call: SetupCall) => (call.target === 'foreign' ? 'foreign' : 'own');
const service = <T>(world: MatrixWorld, type: new (...args: never[]) => T) => world.stack.api.get(type);

/** A fresh, empty enterprise with a join invitation for this e-mail address. */
async function invitationTo(call: SetupCall, email: string) {
  const { world, unique } = call;
  const admin = await loadActor(world, world.accounts.admin.userId);
  const org = await world.stack.db
    .getRepository(Organization)
    .save({ type: 'enterprise', name: `矩阵邀请企业 ${unique}`, regionCode: world.regions.own.county });
  return world.stack.db.transaction((m) =>
    service(world, InvitationsService).issue(
      m,
      {
        purpose: 'join',
        organizationId: org.id,
        role: 'member',
        email,
        mobile: null,
        userId: null,
      },
      admin,
    ),
  );
}

export const setups: Record<string, SetupHook> = {
  async freshAccountBody({ world, unique }) {
    const email = `account-${unique}@matrix.test`;
    await service(world, AuthService).register({ email, password: PASSWORD, displayName: `矩阵用户 ${unique}` });
    return { body: { email, role: 'member' } };
  },
  async freshMembership(call) {
    const { world, unique } = call;
    const user = await service(world, AuthService).register({
      email: `member-${unique}@matrix.test`,
      password: PASSWORD,
      displayName: `矩阵成员 ${unique}`,
    });
    const organizationId = world.records[side(call)].organization;
    await service(world, OrganizationsService).addMember(organizationId, user.id, 'member', null);
    return { params: { id: organizationId, userId: user.id } };
  },
  async stationExpertBody(call) {
    const records = call.world.records[side(call)];
    return { params: { id: records.workstation }, body: { providerId: records.expert } };
  },
  async expertInStation(call) {
    const { world, unique } = call;
    const workstationId = world.records[side(call)].workstation;
    const expert = await world.stack.db
      .getRepository(Provider)
      .save({ kind: 'expert', name: `进站专家 ${unique}`, title: '教授' });
    await world.stack.db
      .getRepository(WorkstationExpert)
      .insert({ workstationId, providerId: expert.id, addedBy: null });
    return { params: { id: workstationId, providerId: expert.id } };
  },
  /** The side's member has an expert profile, listed at the side's workstation and awaiting their consent. */
  async memberListedInStation(call) {
    const { world } = call;
    const member = world.accounts[side(call) === 'own' ? 'member' : 'otherMember'];
    const profile = await service(world, ExpertProfileService).save(await loadActor(world, member.userId), {
      title: '研究员',
      keywords: ['矩阵测试'],
    });
    const workstationId = world.records[side(call)].workstation;
    await world.stack.db
      .createQueryBuilder()
      .insert()
      .into(WorkstationExpert)
      .values({ workstationId, providerId: profile.id, addedBy: null, consentedAt: null })
      .orIgnore()
      .execute();
    return { params: { id: workstationId, providerId: profile.id } };
  },
  async pendingInvitation(call) {
    const { world, unique } = call;
    const organizationId = world.records[side(call)].organization;
    const admin = await loadActor(world, world.accounts.admin.userId);
    const invitation = await service(world, InvitationsService).invite(
      organizationId,
      { email: `pending-${unique}@matrix.test` },
      'member',
      admin,
    );
    return { params: { id: organizationId, invitationId: invitation.id } };
  },
  async invitationForCaller(call) {
    const invitation = await invitationTo(call, call.account?.email ?? `nobody-${call.unique}@matrix.test`);
    return { body: { token: invitation.token } };
  },
  async invitationForNewcomer(call) {
    const invitation = await invitationTo(call, `newcomer-${call.unique}@matrix.test`);
    return { body: { token: invitation.token, password: PASSWORD, displayName: `新成员 ${call.unique}` } };
  },
  async handOverInvitation({ world, unique }) {
    const coordinator = await loadActor(world, world.accounts.coordinator.userId);
    const { invitation } = await service(world, ConciergeService).createAccount(
      {
        displayName: `代建账号 ${unique}`,
        email: `handover-${unique}@matrix.test`,
        organizationId: world.records.own.conciergeOrganization,
        role: 'admin',
      },
      coordinator,
    );
    return { body: { token: invitation.token, password: PASSWORD } };
  },
  async conciergeOrganizationBody(call) {
    return {
      body: { type: 'enterprise', name: `矩阵代建企业 ${call.unique}`, region: call.world.regions[side(call)].county },
    };
  },
  async conciergeAccountBody(call) {
    const organizationId = call.world.records[side(call)].conciergeOrganization;
    return {
      body: {
        displayName: `代建用户 ${call.unique}`,
        email: `concierge-${call.unique}@matrix.test`,
        organizationId,
        role: 'admin',
      },
    };
  },
  async callerHasExpertProfile({ world, account }) {
    if (account)
      await service(world, ExpertProfileService).save(await loadActor(world, account.userId), {
        title: '研究员',
        keywords: ['矩阵测试'],
      });
    return {};
  },
};

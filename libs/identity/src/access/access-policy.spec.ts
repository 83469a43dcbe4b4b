import { AccessPolicy } from './access-policy';
import { Actor, ActorMembership } from './actor';

const actor = (memberships: Partial<ActorMembership>[] = [], isAdmin = false): Actor => ({
  userId: 'u1',
  isAdmin,
  locale: 'zh-CN',
  memberships: memberships.map((m) => ({
    organizationId: 'x',
    organizationType: 'enterprise',
    role: 'member',
    jurisdictionRegionCode: null,
    ...m,
  })),
});
const foshanCoordinator = actor([
  { organizationId: 'fsast', organizationType: 'association', jurisdictionRegionCode: '440600' },
]);
const enterprise = { id: 'e1', regionCode: '440605', createdOnBehalfBy: null };
const conciergeMade = { ...enterprise, createdOnBehalfBy: 'someone' };

describe('AccessPolicy', () => {
  it('lets coordinators act only inside their jurisdiction (a county of 佛山 yes, 茂名 no)', () => {
    expect(AccessPolicy.coordinates(foshanCoordinator, '440605')).toBe(true);
    expect(AccessPolicy.coordinates(foshanCoordinator, '440904')).toBe(false);
    expect(AccessPolicy.coordinates(foshanCoordinator, null)).toBe(false);
  });

  it('gives management of an organisation to its admins, not to its plain members', () => {
    expect(AccessPolicy.managesOrganization(actor([{ organizationId: 'e1', role: 'admin' }]), enterprise)).toBe(true);
    expect(AccessPolicy.managesOrganization(actor([{ organizationId: 'e1', role: 'member' }]), enterprise)).toBe(false);
    expect(AccessPolicy.managesOrganization(actor([], true), enterprise)).toBe(true);
  });

  it('lets the coordinators in charge manage what was created on a user’s behalf, and nothing else', () => {
    expect(AccessPolicy.managesOrganization(foshanCoordinator, enterprise)).toBe(false);
    expect(AccessPolicy.managesOrganization(foshanCoordinator, conciergeMade)).toBe(true);
    expect(AccessPolicy.managesOrganization(foshanCoordinator, { ...conciergeMade, regionCode: '440904' })).toBe(false);
  });

  it('shows members to members and coordinators in charge', () => {
    expect(AccessPolicy.seesMembersOf(actor([{ organizationId: 'e1' }]), enterprise)).toBe(true);
    expect(AccessPolicy.seesMembersOf(foshanCoordinator, enterprise)).toBe(true);
    expect(AccessPolicy.seesMembersOf(actor([{ organizationId: 'e2' }]), enterprise)).toBe(false);
  });
});

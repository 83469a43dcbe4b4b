import { ConciergeService } from '@app/identity';
import { anyCoordinator, coordinatorInChargeAndAdmin } from './expectations';
import { MatrixEntry, SetupHook } from './types';
import { loadActor } from './world';

/** The concierge service's list of accounts created on users' behalf, and a new hand-over link for one of them. */
export const entries: MatrixEntry[] = [
  {
    method: 'GET',
    path: '/api/v1/concierge/accounts',
    target: 'none',
    expect: anyCoordinator(200),
    note: 'each coordinator sees the accounts of their own jurisdiction (the browser test checks which)',
  },
  {
    method: 'POST',
    path: '/api/v1/concierge/accounts/{userId}/link',
    setup: 'unclaimedConciergeAccount',
    expect: coordinatorInChargeAndAdmin(201),
    note: 'own: an account for the 佛山 concierge organisation, foreign: for the 茂名 one',
  },
];

export const setups: Record<string, SetupHook> = {
  /** An account the side's coordinator created on a user's behalf, not yet claimed. */
  async unclaimedConciergeAccount({ world, target, unique }) {
    const sideOf = target === 'foreign' ? 'foreign' : 'own';
    const coordinator = world.accounts[sideOf === 'own' ? 'coordinator' : 'foreignCoordinator'];
    const { user } = await world.stack.api.get(ConciergeService).createAccount(
      {
        displayName: `待交接账号 ${unique}`,
        email: `unclaimed-${unique}@matrix.test`,
        organizationId: world.records[sideOf].conciergeOrganization,
        role: 'admin',
      },
      await loadActor(world, coordinator.userId),
    );
    return { params: { userId: user.id } };
  },
};

import { anyCoordinator, coordinatorInChargeAndAdmin } from './expectations';
import { MatrixEntry, SetupHook } from './types';

/**
 * Broker workload. Every coordinator has a list of their own; an association's load is for its coordinators (and those
 * above it) and admins; an item is assigned by a coordinator in charge of it, to a coordinator in charge of it.
 */
export const entries: MatrixEntry[] = [
  { method: 'GET', path: '/api/v1/workload/me', expect: anyCoordinator(200), note: 'each coordinator’s own items' },
  {
    method: 'GET',
    path: '/api/v1/workload/associations/{id}',
    params: { id: 'association' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: '/api/v1/workload/associations/{id}/items',
    params: { id: 'association' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/workload/assignments',
    target: 'own',
    setup: 'assignSideNeed',
    expect: coordinatorInChargeAndAdmin(200),
    note: 'the side’s need, to the side’s coordinator',
  },
];

export const setups: Record<string, SetupHook> = {
  async assignSideNeed(call) {
    const side = call.target === 'foreign' ? 'foreign' : 'own';
    const assignee = call.world.accounts[side === 'own' ? 'coordinator' : 'foreignCoordinator'];
    return { body: { itemType: 'need', itemId: call.world.records[side].need, assigneeId: assignee.userId } };
  },
};

import { ExpertProfileService } from '@app/listings';
import { coordinatorInChargeAndAdmin } from './expectations';
import { MatrixEntry, SetupHook } from './types';

/**
 * The review of experts' own profiles: each call gets a fresh expert whose new profile waits for review in the side's
 * county; the side's coordinator (and admins) read, approve and return it, nobody else.
 */
const submittedProfile: SetupHook = async ({ world, target, unique }) => {
  const side = target === 'foreign' ? 'foreign' : 'own';
  const expert = await world.stack.user(`profile-${unique}@matrix.test`);
  const saved = await world.stack.api
    .get(ExpertProfileService)
    .save(expert.actor, { name: `矩阵专家 ${unique}`, region: world.regions[side].county, keywords: ['模流分析'] });
  return { params: { id: saved.id } };
};

export const entries: MatrixEntry[] = [
  {
    method: 'GET',
    path: '/api/v1/review/expert-profiles/{id}',
    setup: 'submittedProfile',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/review/expert-profiles/{id}/approve',
    setup: 'submittedProfile',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/review/expert-profiles/{id}/approve',
    params: { id: 'expert' },
    expect: { coordinator: 409, admin: 409 },
    note: 'an imported expert counts as reviewed: nothing waits',
  },
  {
    method: 'POST',
    path: '/api/v1/review/expert-profiles/{id}/return',
    setup: 'submittedProfile',
    body: { reason: '请补充代表性成果。' },
    expect: coordinatorInChargeAndAdmin(200),
  },
];

export const setups: Record<string, SetupHook> = { submittedProfile };

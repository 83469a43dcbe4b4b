import { coordinatorInChargeAndAdmin, ownerCoordinatorInChargeAndAdmin } from './expectations';
import { MatrixEntry } from './types';

/**
 * Conflict-of-interest screening. Declarations are private to their owner (the enterprise's members; for a provider,
 * the expert or the providing organisation's members), the coordinators in charge and admins. The screen of a pair and
 * its override are for the coordinators in charge of the need only.
 */
const declarations = (path: string, record: string): MatrixEntry[] => [
  { method: 'GET', path, params: { id: record }, expect: ownerCoordinatorInChargeAndAdmin(200) },
  {
    method: 'PUT',
    path,
    params: { id: record },
    body: { avoid: [{ name: '矩阵回避单位' }] },
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
];

export const entries: MatrixEntry[] = [
  ...declarations('/api/v1/organizations/{id}/conflict-declarations', 'organization'),
  ...declarations('/api/v1/providers/{id}/conflict-declarations', 'provider'),
  {
    method: 'GET',
    path: '/api/v1/needs/{id}/conflicts/{providerId}',
    params: { id: 'publishedNeed', providerId: 'expert' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/conflicts/{providerId}/override',
    params: { id: 'publishedNeed', providerId: 'expert' },
    body: { reason: '矩阵测试放行' },
    expect: coordinatorInChargeAndAdmin(200),
  },
];

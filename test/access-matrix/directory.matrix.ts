import { adminsOnly } from './expectations';
import { MatrixEntry } from './types';

/** The platform directory of accounts and organisations: platform admins only. */
export const entries: MatrixEntry[] = [
  { method: 'GET', path: '/api/v1/directory/users', expect: adminsOnly(200) },
  {
    method: 'GET',
    path: '/api/v1/directory/users',
    query: { q: 'a', admin: 'false', page: '1', limit: '5' },
    expect: adminsOnly(200),
  },
  { method: 'GET', path: '/api/v1/directory/organizations', expect: adminsOnly(200) },
  {
    method: 'GET',
    path: '/api/v1/directory/organizations',
    query: { type: 'enterprise', region: '440600' },
    expect: adminsOnly(200),
  },
];

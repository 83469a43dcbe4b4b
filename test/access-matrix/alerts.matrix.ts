import { unsubscribeToken } from '@app/alerts';
import { Environment } from '@app/config';
import { everyone, signedIn } from './expectations';
import { MatrixEntry, Role, SetupHook } from './types';

/**
 * Saved searches are their owner's alone: everyone else, platform admins included, gets 404 as if the search did not
 * exist. The unsubscribe link works signed out, for whoever holds it (the signed token is the permission).
 */
const ownerOnly = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: status,
  otherMember: 404,
  coordinator: 404,
  foreignCoordinator: 404,
  admin: 404,
});

export const entries: MatrixEntry[] = [
  { method: 'GET', path: '/api/v1/saved-searches', expect: signedIn(200), note: 'each user lists their own' },
  {
    method: 'POST',
    path: '/api/v1/saved-searches',
    body: { name: 'matrix', kind: 'needs', q: '电池' },
    expect: signedIn(201),
  },
  {
    method: 'PATCH',
    path: '/api/v1/saved-searches/{id}',
    target: 'own',
    setup: 'sideSavedSearch',
    body: { paused: true },
    expect: ownerOnly(200),
    note: 'the side member’s saved search',
  },
  {
    method: 'DELETE',
    path: '/api/v1/saved-searches/{id}',
    target: 'own',
    setup: 'sideSavedSearch',
    expect: ownerOnly(204),
  },
  {
    method: 'POST',
    path: '/api/v1/saved-searches/unsubscribe',
    target: 'none',
    setup: 'unsubscribeLink',
    expect: everyone(200),
    note: 'the e-mail link: no sign-in',
  },
];

async function savedSearchOf(call: Parameters<SetupHook>[0], side: 'own' | 'foreign'): Promise<string> {
  const owner = call.world.accounts[side === 'own' ? 'member' : 'otherMember'];
  const [row] = await call.world.stack.db.query(
    `insert into saved_searches (user_id, name, kind, query, frequency) values ($1, $2, 'needs', '电池', 'daily') returning id`,
    [owner.userId, `matrix ${call.unique}`],
  );
  return row.id;
}

export const setups: Record<string, SetupHook> = {
  async sideSavedSearch(call) {
    const id = await savedSearchOf(call, call.target === 'foreign' ? 'foreign' : 'own');
    return { params: { id } };
  },
  async unsubscribeLink(call) {
    const id = await savedSearchOf(call, 'own');
    return { body: { token: unsubscribeToken(call.world.stack.api.get(Environment).JWT_SECRET, id) } };
  },
};

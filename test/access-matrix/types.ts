/**
 * The access matrix: every route of the API, called as each role against an own and a foreign record.
 * Add entries in any `test/access-matrix/*.matrix.ts` file (export `entries: MatrixEntry[]`, and optionally
 * `setups: Record<string, SetupHook>`); `test/access-matrix.e2e-spec.ts` loads them all and fails for a route
 * that has no entry, or a role that no entry of the route covers.
 */
import type { TestStack } from '../support/stack';

export type Role = 'anonymous' | 'member' | 'otherMember' | 'coordinator' | 'foreignCoordinator' | 'admin';

export const ROLES: readonly Role[] = [
  'anonymous',
  'member',
  'otherMember',
  'coordinator',
  'foreignCoordinator',
  'admin',
];

/**
 * - own: the path's record belongs to the 佛山 side — `member`'s enterprise, in `coordinator`'s jurisdiction.
 *   The same entry also runs against the 茂名 side with the roles mirrored (member ↔ otherMember,
 *   coordinator ↔ foreignCoordinator), so that every role meets an own and a foreign record.
 * - foreign: the path's record belongs to the 茂名 side (otherMember's, in foreignCoordinator's jurisdiction); no mirror.
 * - none: the route names no record. Default: 'own' when the path has parameters, else 'none'.
 */
export type Target = 'own' | 'foreign' | 'none';

export interface MatrixEntry {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As in the OpenAPI document, e.g. /api/v1/needs/{id}. */
  path: string;
  target?: Target;
  body?: unknown;
  /** The status each role gets; a role left out is not called by this entry (but some entry of the route must cover it). */
  expect: Partial<Record<Role, number>>;
  /** A setup hook (from any matrix file's `setups`) run before each call; it may supply params, query and body. */
  setup?: string;
  /** Which world record fills a path parameter, e.g. { id: 'workstation' }. Default: the record named after the segment before it (/needs/{id} → need). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Why the expectations are what they are; printed when the entry fails. */
  note?: string;
}

export interface MatrixAccount {
  userId: string;
  email: string;
  token: string;
}

/** Record names available on each side: organization, workstation, conciergeOrganization, association, need (a draft), publishedNeed, provider, expert, capability (a draft). */
export type MatrixRecords = Record<string, string>;

export interface MatrixWorld {
  stack: TestStack;
  accounts: Record<Exclude<Role, 'anonymous'>, MatrixAccount>;
  records: Record<'own' | 'foreign', MatrixRecords>;
  /** The region codes of each side: the city (a coordinator's jurisdiction) and the county the records sit in. */
  regions: Record<'own' | 'foreign', { city: string; county: string }>;
}

export interface SetupCall {
  world: MatrixWorld;
  role: Role;
  /** The side whose records the call is about ('own' or 'foreign'; 'none' for routes without a record). */
  target: Target;
  /** The caller's account (null for anonymous). */
  account: MatrixAccount | null;
  /** Different on every call: use it for e-mail addresses and names. */
  unique: string;
}

export interface SetupResult {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export type SetupHook = (call: SetupCall) => Promise<SetupResult>;

export interface MatrixFile {
  entries: MatrixEntry[];
  setups?: Record<string, SetupHook>;
}

import { createHash, randomBytes } from 'node:crypto';

/** Invitations expire after seven days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the hash is stored, so a database leak does not leak usable invitations. */
export const hashInvitationToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A fresh, unguessable token (256 bits, URL-safe), its hash, and its expiry. */
export function newInvitationToken(now = Date.now()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now + INVITATION_TTL_MS) };
}

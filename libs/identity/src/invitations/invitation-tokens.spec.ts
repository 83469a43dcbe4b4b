import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens';

describe('invitation tokens', () => {
  it('are unguessable, URL-safe, stored only as a hash, and expire after seven days', () => {
    const now = Date.UTC(2026, 0, 1);
    const a = newInvitationToken(now);
    const b = newInvitationToken(now);
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.tokenHash).toBe(hashInvitationToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.expiresAt.getTime() - now).toBe(INVITATION_TTL_MS);
    expect(INVITATION_TTL_MS).toBe(7 * 86400 * 1000);
  });
});

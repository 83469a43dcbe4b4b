/**
 * The session's access token lives in memory only; the refresh token in an HttpOnly cookie that scripts never see
 * (the API sets it because every console request sends `X-Session-Cookie: 1`). A flag in localStorage (not a secret)
 * says a cookie session may exist, so a page load resumes it and a visitor who never signed in makes no refresh call.
 */
const SIGNED_IN = 'mkt.signedIn';
let access: string | null = null;

// Earlier consoles kept both tokens in localStorage: forget them.
localStorage.removeItem('mkt.accessToken');
localStorage.removeItem('mkt.refreshToken');

export const tokens = {
  get access() {
    return access;
  },
  /** True when a refresh cookie may be there to resume from. */
  get mayResume() {
    return localStorage.getItem(SIGNED_IN) === '1';
  },
  save(accessToken: string) {
    access = accessToken;
    localStorage.setItem(SIGNED_IN, '1');
  },
  clear() {
    access = null;
    localStorage.removeItem(SIGNED_IN);
  },
};

import { Environment } from '@app/config';
import type { TokenPair } from '@app/identity';
import type { Request, Response } from 'express';

/**
 * The console's refresh token lives in an HttpOnly, SameSite=Strict cookie scoped to the auth endpoints, so scripts on
 * the page never see it. The console asks for this with the `X-Session-Cookie: 1` header on every request; other API
 * clients send no such header and keep the pinned login answer with `refreshToken` in the body.
 */
export const SESSION_COOKIE_HEADER = 'x-session-cookie';
export const REFRESH_COOKIE = 'mkt_refresh';
const COOKIE_PATH = '/api/v1/auth';

export const wantsSessionCookie = (req: Request) => req.headers[SESSION_COOKIE_HEADER] === '1';

/** The refresh token from the cookie, only for a request that asked for cookie sessions (a form on another site cannot set the header). */
export function refreshTokenFromCookie(req: Request): string | undefined {
  if (!wantsSessionCookie(req)) return undefined;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** For a console request: moves the refresh token into the cookie and out of the answer. Others get the pair unchanged. */
export function deliverSession(
  req: Request,
  res: Response,
  env: Environment,
  pair: TokenPair,
): TokenPair | Omit<TokenPair, 'refreshToken'> {
  if (!wantsSessionCookie(req)) return pair;
  const { refreshToken, ...rest } = pair;
  res.cookie(REFRESH_COOKIE, refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    maxAge: env.JWT_REFRESH_TTL_S * 1000,
    secure: req.secure || env.NODE_ENV === 'production',
  });
  return rest;
}

export function clearSessionCookie(req: Request, res: Response, env: Environment): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    secure: req.secure || env.NODE_ENV === 'production',
  });
}

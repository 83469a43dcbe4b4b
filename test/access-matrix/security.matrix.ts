import { AuthService } from '@app/identity';
import { PASSWORD } from '../support/stack';
import { signedIn } from './expectations';
import { MatrixEntry, SetupHook } from './types';

/** Account confirmation (issue 17): one's own e-mail address or mobile number, so every signed-in role may call them. */
export const entries: MatrixEntry[] = [
  { method: 'GET', path: '/api/v1/me/contact', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/v1/me/contact/confirmations',
    body: { channel: 'email' },
    expect: signedIn(400),
    note: 'the world’s accounts have confirmed their e-mail already (400 alreadyConfirmed); test/security-accounts.e2e-spec.ts sends real codes',
  },
  {
    method: 'POST',
    path: '/api/v1/me/contact/confirm',
    body: { channel: 'email', code: '000000' },
    expect: signedIn(400),
    note: 'no code is pending for the world’s accounts (400 confirmationCodeInvalid)',
  },
];

export const setups: Record<string, SetupHook> = {
  /** A second sign-in of the caller, for a logout that must not end the session the matrix calls with. */
  async callerRefreshTokenBody({ world, account }) {
    if (!account) return { body: {} };
    const { refreshToken } = await world.stack.api.get(AuthService).login(account.email, PASSWORD);
    return { body: { refreshToken } };
  },
};

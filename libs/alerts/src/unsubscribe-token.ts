import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The unsubscribe link of a saved search's e-mails works without signing in: it carries the search's id and an HMAC of
 * it under the server's secret (with a purpose label, so no other token of the platform can stand in for it).
 */
const PURPOSE = 'saved-search-unsubscribe:v1:';

const sign = (secret: string, savedSearchId: string) =>
  createHmac('sha256', secret)
    .update(PURPOSE + savedSearchId)
    .digest('base64url');

export function unsubscribeToken(secret: string, savedSearchId: string): string {
  return `${savedSearchId}.${sign(secret, savedSearchId)}`;
}

/** The saved search a token names, or null when the signature does not hold. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const expected = Buffer.from(sign(secret, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

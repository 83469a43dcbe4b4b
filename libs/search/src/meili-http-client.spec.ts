import { isMeiliNotFound, MeiliHttpError } from './meili-http-client';

describe('isMeiliNotFound', () => {
  it('sees a 404 through the client’s wrapping error, and nothing else', () => {
    const answer = new MeiliHttpError(404, { code: 'index_not_found' }, '/indexes/x/documents');
    expect(isMeiliNotFound(answer)).toBe(true);
    expect(isMeiliNotFound(new Error('request failed', { cause: answer }))).toBe(true);
    expect(isMeiliNotFound(new Error('request failed', { cause: new MeiliHttpError(403, {}, '/x') }))).toBe(false);
    expect(isMeiliNotFound(new Error('timed out'))).toBe(false);
  });
});

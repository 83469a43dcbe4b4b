import { validate } from 'class-validator';
import { creditCodeCheckCharacter, IsCreditCode, isUnifiedSocialCreditCode } from './credit-code';

/** Made-up codes whose check characters were worked out by hand from GB 32100-2015 (no real organisation's). */
const VALID = ['91440605MA4W00000A', '52440700MJL012345E', '12440000K123456787', '91440300ABC1234567'];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes whose 18th character is the check character of the first 17', () => {
    for (const code of VALID) expect(isUnifiedSocialCreditCode(code)).toBe(true);
  });

  it('computes the check character, including the one that wraps to 0', () => {
    expect(creditCodeCheckCharacter('91440605MA4W00000')).toBe('A');
    expect(creditCodeCheckCharacter('12440000K12345678')).toBe('7');
    // A sum divisible by 31 calls for '0' (31 - 0 wraps), not for an out-of-range character.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    expect(isUnifiedSocialCreditCode('000000000000000000')).toBe(true);
  });

  it('refuses a wrong check character, a changed character, wrong length, forbidden letters and lower case', () => {
    expect(isUnifiedSocialCreditCode('91440605MA4W00000B')).toBe(false); // check should be A
    expect(isUnifiedSocialCreditCode('91440605MA4W00001A')).toBe(false); // one character typed wrong
    expect(isUnifiedSocialCreditCode('91440506MA4W00000A')).toBe(false); // two digits swapped
    expect(isUnifiedSocialCreditCode('91440605MA4W0000A')).toBe(false); // 17 characters
    expect(isUnifiedSocialCreditCode('91440605MA4W00000A0')).toBe(false); // 19 characters
    expect(isUnifiedSocialCreditCode('91440605MI4W00000A')).toBe(false); // I is not in the character set
    expect(isUnifiedSocialCreditCode('91440605ma4w00000a')).toBe(false);
    expect(isUnifiedSocialCreditCode('9144060XMA4W00000A')).toBe(false); // region code must be digits
    expect(isUnifiedSocialCreditCode(914406051234567)).toBe(false);
  });

  it('is a class-validator rule named isCreditCode', async () => {
    class Body {
      @IsCreditCode() creditCode: string;
    }
    const ok = Object.assign(new Body(), { creditCode: '52440700MJL012345E' });
    const bad = Object.assign(new Body(), { creditCode: '52440700MJL012345F' });
    expect(await validate(ok)).toEqual([]);
    const [error] = await validate(bad);
    expect(error.property).toBe('creditCode');
    expect(Object.keys(error.constraints ?? {})).toEqual(['isCreditCode']);
  });
});

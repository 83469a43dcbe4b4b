import { ValidateBy, ValidationOptions } from 'class-validator';

/** The 31 characters of a 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of each of the first 17 characters: 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character (18th) that the first 17 characters of a credit code call for. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * WEIGHTS[i], 0);
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Whether a text is a well-formed 统一社会信用代码 whose check character is right (upper case, 18 characters). */
export function isUnifiedSocialCreditCode(value: unknown): boolean {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  return creditCodeCheckCharacter(value.slice(0, 17)) === value[17];
}

/** class-validator rule `isCreditCode`: an 18-character 统一社会信用代码 with a valid check character. */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (value) => isUnifiedSocialCreditCode(value),
        defaultMessage: () => '$property must be a unified social credit code with a valid check character',
      },
    },
    options,
  );
}

import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Digits after the decimal point of a number as JSON writes it, exponent form included: 1e-7 has 7, 8e-323 has 323.
 * class-validator's own `maxDecimalPlaces` reads only the part after a '.', and threw on 1e-7 (a 500).
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** A finite number of yuan with at most two decimals (fen). */
export function isYuanAmount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= 2;
}

/** class-validator rule `isAmount`: a finite number of yuan with at most two decimals. */
export function IsYuanAmount(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAmount',
      validator: {
        validate: (value) => isYuanAmount(value),
        defaultMessage: () => '$property must be an amount in yuan with at most two decimals',
      },
    },
    options,
  );
}

import { decimalPlaces, isYuanAmount } from './amount';

describe('amounts in yuan', () => {
  it('counts the decimals of numbers written with an exponent', () => {
    expect(decimalPlaces(12)).toBe(0);
    expect(decimalPlaces(12.5)).toBe(1);
    expect(decimalPlaces(0.05)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(8e-323)).toBe(323);
    expect(decimalPlaces(1.25e-1)).toBe(3);
    expect(decimalPlaces(1.5e21)).toBe(0);
  });

  it('takes whole yuan and fen, and refuses finer amounts, non-numbers and infinities', () => {
    for (const ok of [0, 1, 99.99, 1e12, 300000.5]) expect(isYuanAmount(ok)).toBe(true);
    for (const bad of [0.001, 1e-7, 8e-323, 0.1 + 0.2, Infinity, NaN, '12', null, []])
      expect(isYuanAmount(bad)).toBe(false);
  });
});

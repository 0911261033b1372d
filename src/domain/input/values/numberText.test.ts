import { plainNumberText } from './numberText';

describe('plainNumberText', () => {
  it('writes ordinary numbers as String does', () => {
    expect(plainNumberText(12)).toBe('12');
    expect(plainNumberText(12.5)).toBe('12.5');
    expect(plainNumberText(-3)).toBe('-3');
    expect(plainNumberText(-0)).toBe('0');
  });

  it('writes large integers in full, never with an exponent', () => {
    expect(plainNumberText(1.98005122005011e17)).toBe('198005122005011000');
    expect(plainNumberText(1e21)).toBe('1000000000000000000000');
    expect(plainNumberText(-2.5e22)).toBe('-25000000000000000000000');
  });

  it('writes tiny fractions in full', () => {
    expect(plainNumberText(0.0000015)).toBe('0.0000015');
    expect(plainNumberText(-2.5e-10)).toBe('-0.00000000025');
    expect(Number(plainNumberText(1.23456789e-8))).toBe(1.23456789e-8);
  });

  it('names the values that are no numbers', () => {
    expect(plainNumberText(Number.NaN)).toBe('NaN');
    expect(plainNumberText(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

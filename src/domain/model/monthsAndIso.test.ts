import { dayFromYmd } from './dates';
import { dayOfIso, monthsBetween } from './dates';

const d = (y: number, m: number, dd: number): number => dayFromYmd(y, m, dd) as number;

describe('monthsBetween', () => {
  it('counts whole months, the monthly anniversary completing one', () => {
    expect(monthsBetween(d(2020, 1, 15), d(2020, 2, 14))).toBe(0);
    expect(monthsBetween(d(2020, 1, 15), d(2020, 2, 15))).toBe(1);
    expect(monthsBetween(d(2020, 1, 1), d(2025, 7, 1))).toBe(66);
  });
  it('treats month ends like addMonths (31 January + 1 month = end of February)', () => {
    expect(monthsBetween(d(2020, 1, 31), d(2020, 2, 29))).toBe(1);
    expect(monthsBetween(d(2021, 1, 31), d(2021, 2, 27))).toBe(0);
  });
  it('is 0 when the end is not after the start', () => {
    expect(monthsBetween(d(2025, 1, 1), d(2024, 1, 1))).toBe(0);
  });
});

describe('dayOfIso', () => {
  it('reads strict yyyy-mm-dd dates', () => {
    expect(dayOfIso('2024-02-29')).toBe(d(2024, 2, 29));
  });
  it('rejects impossible or loosely written dates', () => {
    expect(dayOfIso('2023-02-29')).toBeNull();
    expect(dayOfIso('1/2/2024')).toBeNull();
    expect(dayOfIso('2024-1-02')).toBeNull();
  });
});

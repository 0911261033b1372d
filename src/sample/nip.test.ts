import { NipRegistry, nipPrefix, PPPK_MONTH_CODE } from './nip';
import { dayOf } from './sampleDates';

describe('NipRegistry', () => {
  const parts = { birthDate: dayOf(1985, 2, 14), appointedYear: 2009, appointedMonth: 3, gender: 'L' as const };

  it('lays out birth date, TMT CPNS, gender and a 3-digit sequence', () => {
    expect(new NipRegistry().issue(parts)).toBe('198502142009031001');
    expect(nipPrefix({ ...parts, gender: 'P' })).toBe('198502142009032');
  });

  it('numbers holders of the same prefix 001, 002, … and skips reserved numbers', () => {
    const reg = new NipRegistry();
    reg.reserve('198502142009031002');
    expect(reg.issue(parts)).toBe('198502142009031001');
    expect(reg.issue(parts)).toBe('198502142009031003');
  });

  it('writes the PPPK code where the month would be', () => {
    expect(new NipRegistry().issue({ ...parts, appointedYear: 2022, appointedMonth: PPPK_MONTH_CODE, gender: 'P' })).toBe(
      '198502142022212001',
    );
  });

  it('throws when all 999 sequence numbers are taken', () => {
    const reg = new NipRegistry();
    for (let i = 0; i < 999; i++) reg.issue(parts);
    expect(() => reg.issue(parts)).toThrow(/exhausted/);
  });
});

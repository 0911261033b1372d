import { dayFromYmd } from '../../model/dates';
import { dayFromSerial, serialFromDay } from './excelSerial';

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) ?? Number.NaN;

describe('dayFromSerial in the 1900 system', () => {
  it('starts at serial 1 = 1900-01-01', () => {
    expect(dayFromSerial(1, false)).toBe(day(1900, 1, 1));
    expect(dayFromSerial(59, false)).toBe(day(1900, 2, 28));
  });

  it('refuses serial 60, the phantom 29 February 1900', () => {
    expect(dayFromSerial(60, false)).toBeNull();
  });

  it('continues after the phantom day with 1900-03-01 = 61', () => {
    expect(dayFromSerial(61, false)).toBe(day(1900, 3, 1));
    expect(dayFromSerial(25569, false)).toBe(0);
    expect(dayFromSerial(43842, false)).toBe(day(2020, 1, 12));
  });

  it('drops the time of day', () => {
    expect(dayFromSerial(43842.99, false)).toBe(day(2020, 1, 12));
  });

  it('has no day before serial 1', () => {
    expect(dayFromSerial(0, false)).toBeNull();
    expect(dayFromSerial(-1, false)).toBeNull();
    expect(dayFromSerial(Number.NaN, false)).toBeNull();
  });
});

describe('dayFromSerial in the 1904 system', () => {
  it('starts at serial 0 = 1904-01-01 and is 1462 days behind the 1900 system', () => {
    expect(dayFromSerial(0, true)).toBe(day(1904, 1, 1));
    expect(dayFromSerial(43842 - 1462, true)).toBe(day(2020, 1, 12));
    expect(dayFromSerial(-1, true)).toBeNull();
  });
});

describe('serialFromDay', () => {
  it('inverts dayFromSerial in both systems', () => {
    for (const serial of [1, 59, 61, 1000, 25569, 43842, 73050]) {
      expect(serialFromDay(dayFromSerial(serial, false) ?? Number.NaN, false)).toBe(serial);
    }
    for (const serial of [0, 1, 59, 60, 61, 42380]) {
      expect(serialFromDay(dayFromSerial(serial, true) ?? Number.NaN, true)).toBe(serial);
    }
  });
});

import {
  addMonths,
  addYears,
  dayFromYmd,
  daysInMonth,
  formatDayEn,
  formatDayId,
  fullYearsBetween,
  isLeapYear,
  isoFromDay,
  todayDay,
  ymdFromDay,
} from './dates';

const day = (y: number, m: number, d: number): number => {
  const n = dayFromYmd(y, m, d);
  if (n === null) throw new Error(`test date ${y}-${m}-${d} does not exist`);
  return n;
};

describe('dayFromYmd', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 1, 2)).toBe(1);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2020, 1, 12)).toBe(18273);
  });

  it('agrees with Date.UTC over two centuries', () => {
    for (let y = 1900; y <= 2100; y += 7) {
      for (let m = 1; m <= 12; m += 1) {
        for (const d of [1, 15, daysInMonth(y, m)]) {
          expect(dayFromYmd(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        }
      }
    }
  });

  it('refuses dates that do not exist', () => {
    expect(dayFromYmd(2020, 2, 31)).toBeNull();
    expect(dayFromYmd(2021, 2, 29)).toBeNull();
    expect(dayFromYmd(1900, 2, 29)).toBeNull();
    expect(dayFromYmd(2020, 4, 31)).toBeNull();
    expect(dayFromYmd(2020, 13, 1)).toBeNull();
    expect(dayFromYmd(2020, 0, 1)).toBeNull();
    expect(dayFromYmd(2020, 1, 0)).toBeNull();
    expect(dayFromYmd(2020, 1.5, 1)).toBeNull();
    expect(dayFromYmd(Number.NaN, 1, 1)).toBeNull();
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(dayFromYmd(2000, 2, 29)).not.toBeNull();
    expect(dayFromYmd(2024, 2, 29)).not.toBeNull();
  });

  it('handles years below 100 literally, unlike Date.UTC', () => {
    expect(ymdFromDay(day(50, 3, 1))).toEqual({ year: 50, month: 3, day: 1 });
  });
});

describe('ymdFromDay', () => {
  it('round-trips every day of 1899-2101', () => {
    for (let n = day(1899, 1, 1); n <= day(2101, 12, 31); n += 1) {
      const { year, month, day: d } = ymdFromDay(n);
      expect(dayFromYmd(year, month, d)).toBe(n);
    }
  });

  it('drops a fraction toward the earlier day', () => {
    expect(ymdFromDay(0.9)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it('throws on a value that is no day number', () => {
    expect(() => ymdFromDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('follow the Gregorian rules', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('formatting', () => {
  it('writes ISO dates with padding', () => {
    expect(isoFromDay(day(2020, 1, 12))).toBe('2020-01-12');
    expect(isoFromDay(day(1905, 11, 3))).toBe('1905-11-03');
  });

  it('writes Indonesian dates day first with the month name', () => {
    expect(formatDayId(day(2020, 1, 12))).toBe('12 Januari 2020');
    expect(formatDayId(day(2019, 8, 5))).toBe('5 Agustus 2019');
    expect(formatDayId(day(2018, 12, 1))).toBe('1 Desember 2018');
  });

  it('writes English dates day first with the month name', () => {
    expect(formatDayEn(day(2020, 1, 12))).toBe('12 January 2020');
    expect(formatDayEn(day(2019, 5, 5))).toBe('5 May 2019');
  });
});

describe('addMonths and addYears', () => {
  it('keeps the day of the month', () => {
    expect(isoFromDay(addMonths(day(2020, 1, 12), 1))).toBe('2020-02-12');
    expect(isoFromDay(addMonths(day(2020, 11, 30), 3))).toBe('2021-02-28');
    expect(isoFromDay(addMonths(day(2020, 3, 15), -3))).toBe('2019-12-15');
    expect(isoFromDay(addMonths(day(2020, 3, 15), 0))).toBe('2020-03-15');
  });

  it('moves a day the target month lacks to its last day', () => {
    expect(isoFromDay(addMonths(day(2021, 1, 31), 1))).toBe('2021-02-28');
    expect(isoFromDay(addMonths(day(2024, 1, 31), 1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(day(2024, 5, 31), -1))).toBe('2024-04-30');
  });

  it('turns 29 February into 28 February in a common year', () => {
    expect(isoFromDay(addYears(day(2020, 2, 29), 1))).toBe('2021-02-28');
    expect(isoFromDay(addYears(day(2020, 2, 29), 4))).toBe('2024-02-29');
    expect(isoFromDay(addYears(day(2020, 2, 29), -1))).toBe('2019-02-28');
  });

  it('adds whole years', () => {
    expect(isoFromDay(addYears(day(1966, 7, 1), 58))).toBe('2024-07-01');
  });

  it('throws on fractional amounts (a programmer error)', () => {
    expect(() => addMonths(0, 1.5)).toThrow(RangeError);
    expect(() => addYears(0, 0.5)).toThrow(RangeError);
  });
});

describe('fullYearsBetween', () => {
  it('counts completed years, the anniversary completing the year', () => {
    expect(fullYearsBetween(day(1980, 5, 12), day(2020, 5, 11))).toBe(39);
    expect(fullYearsBetween(day(1980, 5, 12), day(2020, 5, 12))).toBe(40);
    expect(fullYearsBetween(day(2018, 1, 1), day(2019, 12, 31))).toBe(1);
    expect(fullYearsBetween(day(2018, 1, 1), day(2018, 1, 1))).toBe(0);
  });

  it('lets someone born on 29 February complete a year on 28 February', () => {
    expect(fullYearsBetween(day(2000, 2, 29), day(2001, 2, 27))).toBe(0);
    expect(fullYearsBetween(day(2000, 2, 29), day(2001, 2, 28))).toBe(1);
    expect(fullYearsBetween(day(2000, 2, 29), day(2004, 2, 28))).toBe(3);
    expect(fullYearsBetween(day(2000, 2, 29), day(2004, 2, 29))).toBe(4);
  });

  it('is negative when the end is before the start', () => {
    expect(fullYearsBetween(day(2020, 5, 12), day(2017, 5, 12))).toBe(-3);
  });
});

describe('todayDay', () => {
  it('is the UTC date of now', () => {
    const before = Math.floor(Date.now() / 86_400_000);
    const today = todayDay();
    const after = Math.floor(Date.now() / 86_400_000);
    expect(today).toBeGreaterThanOrEqual(before);
    expect(today).toBeLessThanOrEqual(after);
  });
});

/**
 * The sample generator's date helpers, on top of the engine's calendar
 * (`domain/model/dates`): day numbers are whole days since 1970-01-01 UTC.
 */
import { dayFromYmd, ymdFromDay } from '../domain/model/dates';
import type { DayNumber } from '../domain/model/types';

export { ymdFromDay as ymdOf, utcDateOfDay as utcDate, dayOfUtcDate as dayOfDate } from '../domain/model/dates';

/** Mean Gregorian year, for turning ages and tenures in years into days. */
export const DAYS_PER_YEAR = 365.2425;

/** Day number of a calendar date; a month past 12 or a day past the month's end rolls over (as `Date.UTC` does). */
export function dayOf(year: number, month: number, day: number): DayNumber {
  const m = month - 1;
  const first = dayFromYmd(year + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, 1) as DayNumber;
  return first + day - 1;
}

/** The first day of the month containing `day` (TMT dates fall on the 1st of a month). */
export function firstOfMonth(day: DayNumber): DayNumber {
  const { year, month } = ymdFromDay(day);
  return dayOf(year, month, 1);
}

/** `day` moved back by a (fractional) number of years. */
export function yearsBefore(day: DayNumber, years: number): DayNumber {
  return day - Math.round(years * DAYS_PER_YEAR);
}

/** Whole and fractional years from `from` to `to`. */
export function yearsBetween(from: DayNumber, to: DayNumber): number {
  return (to - from) / DAYS_PER_YEAR;
}

/** Eight digits YYYYMMDD of a day, as the NIP writes a birth date. */
export function yyyymmdd(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${year}${pad2(month)}${pad2(d)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

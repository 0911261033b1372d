/**
 * Day-number arithmetic for the sample generator (whole days since 1970-01-01 UTC, the
 * domain's {@link DayNumber}). Kept local so the generator depends on nothing but types.
 */
import type { DayNumber } from '../types';

const MS_PER_DAY = 86_400_000;
/** Mean Gregorian year, for turning ages and tenures in years into days. */
export const DAYS_PER_YEAR = 365.2425;

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** Day number of a calendar date (month 1-12; out-of-range days roll over like Date.UTC). */
export function dayOf(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar date of a day number. */
export function ymdOf(day: DayNumber): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The JS Date at UTC midnight of a day number, as the sheet models carry dates. */
export function utcDate(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/** Day number of a JS Date's UTC calendar day. */
export function dayOfDate(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The first day of the month containing `day` (TMT dates fall on the 1st of a month). */
export function firstOfMonth(day: DayNumber): DayNumber {
  const { year, month } = ymdOf(day);
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
  const { year, month, day: d } = ymdOf(day);
  return `${year}${pad2(month)}${pad2(d)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

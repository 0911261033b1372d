/**
 * Calendar arithmetic on {@link DayNumber}s (whole days since 1970-01-01, UTC).
 *
 * Spreadsheet dates carry no time zone, and tenure, age and retirement rules count whole
 * days, months and years. Working on plain day numbers with the proleptic Gregorian
 * calendar keeps that exact and independent of the machine's time zone; no `Date` object
 * is involved except in {@link todayDay}.
 */
import type { DayNumber } from './types';

const MS_PER_DAY = 86_400_000;

/** Indonesian month names, January first. */
export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** English month names, January first. */
export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date split into its parts; `month` and `day` count from 1. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example isLeapYear(2000) // true; isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (`month` 1-12) of a year.
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a calendar date, or null when the date does not exist
 * (month outside 1-12, day outside the month, or parts that are not whole numbers).
 *
 * @example dayFromYmd(1970, 1, 2) // 1
 * @example dayFromYmd(2020, 2, 31) // null
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber | null {
  if (!Number.isSafeInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Howard Hinnant's days_from_civil: exact for every Gregorian year, no Date quirks
  // (Date.UTC maps years 0-99 to 1900-1999).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date of a day number (fractions are dropped toward the earlier day).
 *
 * @example ymdFromDay(0) // { year: 1970, month: 1, day: 1 }
 */
export function ymdFromDay(dayNumber: DayNumber): Ymd {
  if (!Number.isFinite(dayNumber)) throw new RangeError(`ymdFromDay: not a day number: ${dayNumber}`);
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * ISO 8601 calendar date `YYYY-MM-DD`.
 *
 * @example isoFromDay(18273) // '2020-01-12'
 */
export function isoFromDay(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The date as Indonesian officials write it, day first with the month's name.
 *
 * @example formatDayId(18273) // '12 Januari 2020'
 */
export function formatDayId(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${day} ${NAMA_BULAN[month - 1] ?? ''} ${year}`;
}

/**
 * The date in English, day first like the Indonesian form.
 *
 * @example formatDayEn(18273) // '12 January 2020'
 */
export function formatDayEn(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${day} ${MONTH_NAMES_EN[month - 1] ?? ''} ${year}`;
}

/**
 * The same day `months` calendar months later (earlier when negative). A day that the
 * target month lacks becomes its last day: 31 January + 1 month = 28 or 29 February.
 *
 * @example isoFromDay(addMonths(dayFromYmd(2021, 1, 31)!, 1)) // '2021-02-28'
 */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths: months must be whole: ${months}`);
  const { year, month, day } = ymdFromDay(dayNumber);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  const result = dayFromYmd(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
  if (result === null) throw new RangeError('addMonths: unreachable');
  return result;
}

/**
 * The same day `years` later (earlier when negative); 29 February becomes 28 February in
 * a common year.
 *
 * @example isoFromDay(addYears(dayFromYmd(2020, 2, 29)!, 1)) // '2021-02-28'
 */
export function addYears(dayNumber: DayNumber, years: number): DayNumber {
  if (!Number.isInteger(years)) throw new RangeError(`addYears: years must be whole: ${years}`);
  return addMonths(dayNumber, years * 12);
}

/**
 * Whole years from `from` to `to`, as age or tenure is counted: the anniversary day
 * itself completes the year (someone born on 29 February completes it on 28 February of a
 * common year, matching {@link addYears}). Negative when `to` is before `from`.
 *
 * @example fullYearsBetween(dayFromYmd(1980, 5, 12)!, dayFromYmd(2020, 5, 11)!) // 39
 */
export function fullYearsBetween(from: DayNumber, to: DayNumber): number {
  if (to < from) return -fullYearsBetween(to, from);
  let years = ymdFromDay(to).year - ymdFromDay(from).year;
  while (years > 0 && addYears(from, years) > to) years -= 1;
  return years;
}

/** Today's date in UTC as a day number. */
export function todayDay(): DayNumber {
  return Math.floor(Date.now() / MS_PER_DAY);
}

// Month counting and ISO-date reading (tenure as years and months; policy dates as yyyy-mm-dd).
/**
 * Whole calendar months from `from` to `to` (0 when `to` is not after `from`); the
 * monthly anniversary completes a month, as {@link addMonths} counts it.
 *
 * @example monthsBetween(dayFromYmd(2020, 1, 31)!, dayFromYmd(2020, 2, 29)!) // 1
 */
export function monthsBetween(from: DayNumber, to: DayNumber): number {
  if (to <= from) return 0;
  const a = ymdFromDay(from);
  const b = ymdFromDay(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}

/**
 * The day number of a strict `yyyy-mm-dd` text, or null when it is not a real date.
 *
 * @example dayOfIso('2024-02-30') // null
 */
export function dayOfIso(text: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The JS Date at UTC midnight of a day number, as sheet models carry dates. */
export function utcDateOfDay(dayNumber: DayNumber): Date {
  return new Date(dayNumber * MS_PER_DAY);
}

/** Day number of a JS Date's UTC calendar day. */
export function dayOfUtcDate(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

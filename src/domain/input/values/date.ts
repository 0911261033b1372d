/**
 * Dates as HR sheets hold them: Excel serial numbers (1900 and 1904 systems), real date
 * cells, and text in the forms Indonesian offices type (day first).
 */
import type { CellValue } from '../../model/cell';
import { dayFromYmd, isoFromDay } from '../../model/dates';
import type { DayNumber } from '../../model/types';
import { readCell } from './cellInput';
import { dayFromSerial, PHANTOM_LEAP_DAY_SERIAL } from './excelSerial';
import { monthFromName } from './monthNames';
import { plainNumberText } from './numberText';
import { blank, fail, ok, type ValueResult } from './result';

export interface DateOptions {
  /** The workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  readonly date1904: boolean;
}

/** Plausible years for any date in an HR sheet (births, appointments, sanctions). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const MIN_DAY = dayFromYmd(MIN_YEAR, 1, 1) ?? 0;
const MAX_DAY = dayFromYmd(MAX_YEAR, 12, 31) ?? 0;
const MS_PER_DAY = 86_400_000;

/** An optional time of day after the date, as systems export it; it is ignored. */
const TIME = String.raw`(?:[T\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?|wib|wita|wit|utc|gmt)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d+)${TIME}$`, 'i');
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*(\p{L}+)\.?[\s\-/.,]*(\d+)${TIME}$`, 'iu');
const NAME_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d+)${TIME}$`, 'iu');
/** A weekday in front (`Senin, 12 Januari 2020`) adds nothing. */
const WEEKDAY =
  /^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+/i;

/**
 * Reads a date into a day number.
 *
 * - numbers: Excel serials in the workbook's system; a time fraction is dropped; serial
 *   60 of the 1900 system is Excel's phantom 29 February 1900 (DATE_IMPOSSIBLE);
 * - Date objects: the nearest UTC midnight, so a date stored at local midnight in any
 *   time zone still lands on the intended day;
 * - text: `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd` (also with a time),
 *   and month names, day first: `12 Januari 2020`, `5 Agt 2019`, `1 Des 2018`,
 *   `Senin, 12 Januari 2020`, `January 12, 2020`.
 *
 * Two-digit years are refused (DATE_TWO_DIGIT_YEAR) rather than guessed: `01/02/65` may be
 * 1965 or 2065, and a wrong birth year silently changes the retirement date.
 *
 * Codes: DATE_UNREADABLE, DATE_MONTH_NAME, DATE_IMPOSSIBLE, DATE_MONTH_FIRST,
 * DATE_TWO_DIGIT_YEAR, DATE_OUT_OF_RANGE (outside 1900-2100), CELL_FORMULA_ERROR.
 *
 * @example parseDate('12 Januari 2020', { date1904: false }) // ok: 18273
 * @example parseDate(43842, { date1904: false }) // ok: 18273
 */
export function parseDate(raw: CellValue | undefined, options: DateOptions): ValueResult<DayNumber> {
  // Date cells and serials, the usual forms, read as they are (what readCell would hand on).
  if (raw instanceof Date) return dateFromTime(raw.getTime());
  if (typeof raw === 'number') return dateFromSerial(raw, options.date1904);
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'boolean':
      return fail('DATE_UNREADABLE', { value: String(cell.value).toUpperCase() });
    case 'number':
      return dateFromSerial(cell.value, options.date1904);
    case 'date':
      return dateFromTime(cell.value.getTime());
    case 'text':
      return dateFromText(cell.text);
  }
}

const isoText = (day: DayNumber): string => isoFromDay(day);

/** A date cell's day: the nearest UTC midnight of its time. */
function dateFromTime(time: number): ValueResult<DayNumber> {
  if (!Number.isFinite(time)) return fail('DATE_UNREADABLE', { value: '' });
  return inRange(Math.round(time / MS_PER_DAY), isoText);
}

function inRange(day: DayNumber, describe: (day: DayNumber) => string): ValueResult<DayNumber> {
  if (day < MIN_DAY || day > MAX_DAY) return fail('DATE_OUT_OF_RANGE', { value: describe(day), min: MIN_YEAR, max: MAX_YEAR });
  return ok(day);
}

function dateFromSerial(serial: number, date1904: boolean): ValueResult<DayNumber> {
  if (!Number.isFinite(serial)) return fail('DATE_UNREADABLE', { value: String(serial) });
  if (!date1904 && Math.floor(serial) === PHANTOM_LEAP_DAY_SERIAL) return fail('DATE_IMPOSSIBLE', { day: 29, month: 2, year: 1900 });
  const day = dayFromSerial(serial, date1904);
  const serialText = (): string => plainNumberText(serial);
  if (day === null) return fail('DATE_OUT_OF_RANGE', { value: serialText(), min: MIN_YEAR, max: MAX_YEAR });
  return inRange(day, (d) => (Math.abs(d) < 1e8 ? isoFromDay(d) : serialText()));
}

function dateFromText(input: string): ValueResult<DayNumber> {
  const text = input.replace(WEEKDAY, '').trim();
  let m = YEAR_FIRST.exec(text);
  if (m) return fromParts(m[4], m[3], m[1], false);
  m = DAY_FIRST.exec(text);
  if (m) return fromParts(m[1], m[3], m[4], true);
  m = DAY_NAME_YEAR.exec(text);
  if (m) return fromNamedMonth(m[1], m[2], m[3]);
  m = NAME_DAY_YEAR.exec(text);
  if (m) return fromNamedMonth(m[2], m[1], m[3]);
  return fail('DATE_UNREADABLE', { value: input });
}

function fromNamedMonth(dayText: string | undefined, monthName: string | undefined, yearText: string | undefined): ValueResult<DayNumber> {
  const month = monthFromName(monthName ?? '');
  if (month === null) return fail('DATE_MONTH_NAME', { month: monthName ?? '' });
  return fromParts(dayText, String(month), yearText, false);
}

function fromParts(
  dayText: string | undefined,
  monthText: string | undefined,
  yearText: string | undefined,
  numericDayFirst: boolean,
): ValueResult<DayNumber> {
  const yearDigits = yearText ?? '';
  const day = Number(dayText);
  const month = Number(monthText);
  if (yearDigits.length === 2) return fail('DATE_TWO_DIGIT_YEAR', { year: yearDigits });
  if (yearDigits.length !== 4) return fail('DATE_UNREADABLE', { value: `${dayText ?? ''}-${monthText ?? ''}-${yearDigits}` });
  const year = Number(yearDigits);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail('DATE_OUT_OF_RANGE', { value: `${dayText ?? ''}-${monthText ?? ''}-${yearDigits}`, min: MIN_YEAR, max: MAX_YEAR });
  }
  const result = dayFromYmd(year, month, day);
  if (result !== null) return ok(result);
  // `03/25/2020` reads as month/day (the US order): say so instead of just "impossible".
  if (numericDayFirst && month > 12 && day >= 1 && day <= 12 && dayFromYmd(year, day, month) !== null) {
    return fail('DATE_MONTH_FIRST', { day, month, year });
  }
  return fail('DATE_IMPOSSIBLE', { day, month, year });
}

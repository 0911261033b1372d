/**
 * Month counting and ISO-date reading for the rules, on top of `../dates`
 * (tenure is shown as years and months; policy dates are written `yyyy-mm-dd`).
 */
import { addMonths, dayFromYmd, ymdFromDay } from '../dates';
import type { DayNumber } from '../types';

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

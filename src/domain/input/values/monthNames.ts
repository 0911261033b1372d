/**
 * Month names as Indonesian and English sheets write them, full or abbreviated.
 */
import { MONTH_NAMES_EN, NAMA_BULAN } from '../../model/dates';
import { normalizeKey } from '../../model/normalize';

/** Abbreviations and old spellings beyond the full names and their first three letters. */
const EXTRA: readonly (readonly [string, number])[] = [
  ['peb', 2],
  ['pebruari', 2],
  ['febr', 2],
  ['agt', 8],
  ['ags', 8],
  ['agu', 8],
  ['agus', 8],
  ['agst', 8],
  ['sept', 9],
  ['sep', 9],
  ['okt', 10],
  ['oct', 10],
  ['nop', 11],
  ['nopember', 11],
  ['des', 12],
  ['dec', 12],
  ['juni', 6],
  ['juli', 7],
  ['mei', 5],
  ['may', 5],
];

const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const names: readonly (readonly string[])[] = [NAMA_BULAN, MONTH_NAMES_EN];
  for (const list of names) {
    list.forEach((name, i) => {
      const key = normalizeKey(name);
      map.set(key, i + 1);
      map.set(key.slice(0, 3), i + 1);
    });
  }
  for (const [name, month] of EXTRA) map.set(name, month);
  return map;
})();

/**
 * The month (1-12) a name or abbreviation stands for, in Indonesian or English, any case,
 * with or without a trailing dot; null when it is no month name.
 *
 * @example monthFromName('Agt') // 8
 * @example monthFromName('Nopember') // 11
 * @example monthFromName('Desember') // 12
 */
export function monthFromName(name: string): number | null {
  return MONTHS.get(normalizeKey(name)) ?? null;
}

/**
 * Header text → field, by the dictionaries of the three tables. Matching ignores case,
 * spaces, punctuation and accents (`normalizeKey`): "Gol. / Ruang" is "Gol/Ruang".
 */
import { IGNORED_HEADERS, type TableDictionary } from './fieldDef';
import { normalizeKey } from '../model/normalize';

type Lookup = ReadonlyMap<string, string>;
const lookups = new WeakMap<TableDictionary, Lookup>();

function lookupOf(dictionary: TableDictionary): Lookup {
  const cached = lookups.get(dictionary);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const field of dictionary.fields) {
    for (const text of [field.header, ...field.aliases]) {
      const key = normalizeKey(text);
      if (key !== '' && !map.has(key)) map.set(key, field.key);
    }
  }
  lookups.set(dictionary, map);
  return map;
}

const PARENTHESES = /\(([^)]*)\)/g;
const ignored = new Set(IGNORED_HEADERS.map(normalizeKey));

/**
 * The field a header names, or null. A header that does not match as a whole is tried
 * without its parenthesised part and then by that part alone, so "Golongan (Gol/Ruang)",
 * "Kebutuhan Pegawai (orang)" and "Jenis Kelamin (L/P)" are all recognised.
 *
 * @example matchHeader(PEGAWAI_TABLE, 'Pangkat / Gol. Ruang') // 'golongan'
 */
export function matchHeader<F extends string>(dictionary: TableDictionary<F>, header: string): F | null {
  const lookup = lookupOf(dictionary as TableDictionary);
  const whole = lookup.get(normalizeKey(header));
  if (whole !== undefined) return whole as F;
  if (!header.includes('(')) return null;
  const outside = lookup.get(normalizeKey(header.replace(PARENTHESES, ' ')));
  if (outside !== undefined) return outside as F;
  for (const match of header.matchAll(PARENTHESES)) {
    const inside = lookup.get(normalizeKey(match[1] ?? ''));
    if (inside !== undefined) return inside as F;
  }
  return null;
}

/** Whether a header names a running-number column ("No", "No. Urut"), which is neither a field nor an extra. */
export function isIgnoredHeader(header: string): boolean {
  const key = normalizeKey(header);
  return key === '' || ignored.has(key);
}

/**
 * Names as they appear in a Daftar Urut Kepangkatan: the personal name with the academic
 * and professional titles of the holder's education (dr. and drg. before the name; S.Kep.,
 * Ns. or S.E., M.M. after it). Not everyone writes their titles in every sheet.
 */
import type { Jenjang } from '../domain/model/types';
import type { Rng } from './random';
import { GENERAL_FIELDS, studyField, type DegreeLevel } from './studyFields';

/** Prefixes that stand for the professional degree and replace the bachelor's title. */
const PROFESSIONAL_PREFIX = new Set(['dr.', 'drg.', 'drh.']);

/**
 * `name` with the titles of `level` in `field`. `apoteker` adds the pharmacist's "apt.".
 *
 * @example titledName('Rina Sitorus', 'S1', 'Keperawatan', false, rng) // "Rina Sitorus, S.Kep., Ns."
 */
export function titledName(name: string, level: Jenjang, field: string, apoteker: boolean, rng: Rng): string {
  if (level !== 'D3' && level !== 'D4' && level !== 'S1' && level !== 'S2') return name;
  const info = studyField(field);
  const prefix = info.prefix !== undefined && (PROFESSIONAL_PREFIX.has(info.prefix) || apoteker) && level !== 'D3' ? info.prefix : null;
  // Most write their titles; doctors always do.
  if (prefix === null && !rng.chance(level === 'D3' ? 0.7 : 0.85)) return name;
  const titles: string[] = [];
  if (level === 'S2') {
    const bachelor = info.titles.S1 ?? info.titles.D4 ?? studyField(rng.pick(GENERAL_FIELDS)).titles.S1;
    if (bachelor !== undefined && (prefix === null || !PROFESSIONAL_PREFIX.has(prefix))) titles.push(bachelor);
    const master = info.titles.S2 ?? 'M.Si.';
    titles.push(master);
  } else {
    const own = info.titles[level as DegreeLevel];
    if (own !== undefined && (prefix === null || !PROFESSIONAL_PREFIX.has(prefix))) titles.push(own);
    if (info.profession !== undefined && level === 'S1' && rng.chance(0.7)) titles.push(info.profession);
  }
  const front = prefix === null ? '' : `${prefix} `;
  return titles.length === 0 ? `${front}${name}` : `${front}${name}, ${titles.join(', ')}`;
}

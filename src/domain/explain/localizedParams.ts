/**
 * Message parameters made ready for a language: ISO dates (`yyyy-mm-dd`, as rules and
 * readiness record them) are written the way officials write dates in that language.
 */
import type { Lang, Params } from '../../i18n';
import { dayOfIso } from '../model/dates';
import { formatDayEn, formatDayId } from '../model/dates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `params` with every ISO date formatted by `formatDayId` (id) or `formatDayEn` (en).
 *
 * @example localizedParams({ end: '2027-03-01' }, 'id') // { end: '1 Maret 2027' }
 */
export function localizedParams(params: Params, lang: Lang): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const day = typeof value === 'string' && ISO_DATE.test(value) ? dayOfIso(value) : null;
    result[name] = day === null ? value : lang === 'id' ? formatDayId(day) : formatDayEn(day);
  }
  return result;
}

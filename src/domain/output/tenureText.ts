/**
 * A duration in whole months as people say it: "3 tahun 2 bulan" ("3 years 2 months").
 * Used wherever a sheet shows time in post, so no sheet shows "3.2" years.
 */
import { t, type Lang } from '../../i18n';

/**
 * `months` (whole months; a fraction is dropped, a negative count is 0) in years and months:
 * the years only when there are any, the months only when there are any or no years.
 *
 * @example tenureText(38, 'id') // '3 tahun 2 bulan'
 * @example tenureText(12, 'en') // '1 year'
 * @example tenureText(0, 'id') // '0 bulan'
 */
export function tenureText(months: number, lang: Lang): string {
  const total = Number.isFinite(months) ? Math.max(0, Math.floor(months)) : 0;
  // A sheet writes one per employee, over a few hundred distinct month counts.
  const key = `${lang}:${total}`;
  const known = tenureTexts.get(key);
  if (known !== undefined) return known;
  const text = tenureWords(total, lang);
  if (tenureTexts.size >= TENURE_MEMO_LIMIT) tenureTexts.clear();
  tenureTexts.set(key, text);
  return text;
}

const tenureTexts = new Map<string, string>();
const TENURE_MEMO_LIMIT = 4096;

function tenureWords(total: number, lang: Lang): string {
  const years = Math.floor(total / 12);
  const rest = total % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(t(lang, years === 1 ? 'common.duration.year' : 'common.duration.years', { n: years }));
  if (rest > 0 || years === 0) parts.push(t(lang, rest === 1 ? 'common.duration.month' : 'common.duration.months', { n: rest }));
  return parts.join(' ');
}

/**
 * An issue in words, in Indonesian or English, with where it is:
 * "Sheet 'Pegawai', baris 12, kolom 'NIP': NIP berisi 17 angka, seharusnya 18 angka."
 */
import { hasMessage, tDynamic, type Lang } from '../../i18n';
import type { Issue } from '../model/issue';

/**
 * The catalog key of an issue's message: input issues (`issue.`) first, then value parsers
 * (`values.`), then policy and plan-level rules (`rules.`, e.g. POLICY_* and ELECTION_FREEZE).
 */
function messageKey(code: string): string {
  for (const namespace of ['issue', 'values', 'rules']) {
    if (hasMessage('id', `${namespace}.${code}`)) return `${namespace}.${code}`;
  }
  return `issue.${code}`;
}

/**
 * Renders an issue: its location (the parts that are known), its message with the
 * issue's parameters, and "Did you mean …?" when the issue carries a suggestion. An
 * unknown code renders as its key, so it is visible rather than silently empty.
 *
 * @example renderIssue('en', issue('MISSING_VALUE', 'error', { sheet: 'Pegawai', row: 12, column: 'NIP' }, { column: 'NIP' }))
 * // "Sheet 'Pegawai', row 12, column 'NIP': 'NIP' is empty but required."
 */
export function renderIssue(lang: Lang, found: Issue): string {
  const params = {
    ...(found.sheet === null ? {} : { sheet: found.sheet }),
    ...(found.row === null ? {} : { row: found.row }),
    ...(found.column === null ? {} : { column: found.column }),
    ...(found.value === null ? {} : { value: found.value }),
    ...found.params,
  };
  let text = tDynamic(lang, messageKey(found.code), params);
  const suggestion = found.params.suggestion;
  if (suggestion !== undefined && suggestion !== '') text = `${text} ${tDynamic(lang, 'issue.suggestion', { suggestion })}`;

  const where: string[] = [];
  if (found.sheet !== null) where.push(tDynamic(lang, 'issue.where.sheet', { sheet: found.sheet }));
  if (found.row !== null) where.push(tDynamic(lang, 'issue.where.row', { row: found.row }));
  if (found.column !== null) where.push(tDynamic(lang, 'issue.where.column', { column: found.column }));
  return where.length === 0 ? text : `${where.join(', ')}: ${text}`;
}

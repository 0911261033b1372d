/**
 * An issue in words, in Indonesian or English, with where it is:
 * "Sheet 'Pegawai', baris 12, kolom 'NIP': NIP berisi 17 angka, seharusnya 18 angka."
 * The words come from the one renderer of engine messages, `messageOf` in `src/i18n`.
 */
import { messageOf, t, type Lang } from '../../i18n';
import type { Issue } from '../model/issue';

/**
 * The issue's message alone, with the issue's parameters (its sheet, row, column and value
 * fill the placeholders too) and "Did you mean …?" when it carries a suggestion. The task
 * pane shows this next to the row and column; Catatan Data puts it in its own column.
 *
 * @example issueMessage('en', issue('NIP_LENGTH', 'error', {}, { length: 17, expected: 18 })) // "The NIP has 17 digits; it should have 18."
 */
export function issueMessage(lang: Lang, found: Issue): string {
  const params = {
    ...(found.sheet === null ? {} : { sheet: found.sheet }),
    ...(found.row === null ? {} : { row: found.row }),
    ...(found.column === null ? {} : { column: found.column }),
    ...(found.value === null ? {} : { value: found.value }),
    ...found.params,
  };
  const text = messageOf(found.code, params, lang);
  const suggestion = found.params.suggestion;
  return suggestion !== undefined && suggestion !== '' ? `${text} ${t(lang, 'issue.suggestion', { suggestion })}` : text;
}

/**
 * Renders an issue: its location (the parts that are known), then {@link issueMessage}. An
 * unknown code renders as its key, so it is visible rather than silently empty.
 *
 * @example renderIssue('en', issue('MISSING_VALUE', 'error', { sheet: 'Pegawai', row: 12, column: 'NIP' }, { column: 'NIP' }))
 * // "Sheet 'Pegawai', row 12, column 'NIP': 'NIP' is empty but required."
 */
export function renderIssue(lang: Lang, found: Issue): string {
  const text = issueMessage(lang, found);
  const where: string[] = [];
  if (found.sheet !== null) where.push(t(lang, 'issue.where.sheet', { sheet: found.sheet }));
  if (found.row !== null) where.push(t(lang, 'issue.where.row', { row: found.row }));
  if (found.column !== null) where.push(t(lang, 'issue.where.column', { column: found.column }));
  return where.length === 0 ? text : `${where.join(', ')}: ${text}`;
}

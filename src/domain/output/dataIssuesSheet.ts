import type { Issue } from '../model/issue';
import { renderIssue } from '../input/renderIssue';
import { t, type Lang } from '../../i18n';
import { noColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/**
 * `Catatan Data`: every issue the input check found, one row each, with the sheet, Excel
 * row and column the user can go to. Rows excluded from the plan are listed here too.
 */
export function dataIssuesSheet(issues: readonly Issue[], lang: Lang): TableSheetModel {
  const rows = issues.map((issue, i) => [
    i + 1,
    t(lang, `common.severity.${issue.severity}`),
    issue.code,
    issue.sheet,
    issue.row,
    issue.column,
    issue.value,
    renderIssue(lang, { ...issue, sheet: null, row: null, column: null }),
  ]);
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.dataIssues'),
    tableName: 'CatatanData',
    titleLines: [t(lang, 'sheets.title.dataIssues'), ...(issues.length === 0 ? [t(lang, 'sheets.noIssues')] : [])],
    columns: [
      noColumn(lang),
      { header: t(lang, 'sheets.col.severity'), width: 12, format: 'text' },
      { header: t(lang, 'sheets.col.code'), width: 24, format: 'text' },
      { header: t(lang, 'sheets.col.sheet'), width: 16, format: 'text' },
      { header: t(lang, 'sheets.col.row'), width: 8, format: 'integer' },
      { header: t(lang, 'sheets.col.column'), width: 20, format: 'text' },
      { header: t(lang, 'sheets.col.value'), width: 24, format: 'text', wrap: true },
      { header: t(lang, 'sheets.col.message'), width: 80, format: 'text', wrap: true },
    ],
    rows,
    print: { landscape: true, paper: 'A4' },
  };
}

import { t, type Lang } from '../../i18n';
import type { NeedsAnalysis } from '../needs';
import type { Figure } from './figure';
import { tableHeaderRow } from './sheetLayout';
import type { ColumnSpec, TableSheetModel } from './sheetModel';
import { staffingChart } from './staffingChart';

/**
 * `Ringkasan`: the plan's key figures, one per row, as the CLI and the task pane show them:
 * the committee's questions first (the plan, who stays), fairness, data, the solver last.
 * Given the needs, beside the figures (one empty column apart) a block of each unit's need and
 * staff before and after, and a bar chart of it below the block (docs/sheets.md#ringkasan).
 */
export function summarySheet(
  figures: readonly Figure[],
  lang: Lang,
  city: string,
  subtitle: string,
  needs?: NeedsAnalysis,
): TableSheetModel {
  const titleLines = [t(lang, 'sheets.title.summary', { city }), subtitle];
  const columns: ColumnSpec[] = [
    { header: t(lang, 'sheets.col.section'), width: 18, format: 'text' },
    { header: t(lang, 'sheets.col.item'), width: 64, format: 'text', wrap: true },
    { header: t(lang, 'sheets.col.figure'), width: 22, format: 'general' },
  ];
  // The block's header stands level with the table's, its title in the blank row above.
  const staffing =
    needs === undefined
      ? null
      : staffingChart(needs, lang, { titleRow: Math.max(1, tableHeaderRow({ titleLines }) - 1), firstColumn: columns.length + 1 });
  const rows = figures.map((f) => [t(lang, `sheets.section.${f.section ?? 'plan'}`), f.label, f.date ?? f.value]);
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.summary'),
    tableName: 'Ringkasan',
    titleLines,
    columns,
    rows,
    ...(staffing === null
      ? {}
      : {
          blocks: [staffing.block],
          charts: [staffing.chart],
          // The figures print as one legible page; the block and chart beside them are for the screen.
          print: { landscape: false, paper: 'A4', area: `A1:C${tableHeaderRow({ titleLines }) + Math.max(1, rows.length)}` },
        }),
  };
}

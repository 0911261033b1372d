import { t, type Lang } from '../../i18n';
import type { Figure } from './figure';
import type { TableSheetModel } from './sheetModel';

/** `Ringkasan`: the plan's key figures, one per row, as the CLI and the task pane show them. */
export function summarySheet(figures: readonly Figure[], lang: Lang, city: string, subtitle: string): TableSheetModel {
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.summary'),
    tableName: 'Ringkasan',
    titleLines: [t(lang, 'sheets.title.summary', { city }), subtitle],
    columns: [
      { header: t(lang, 'sheets.col.item'), width: 60, format: 'text' },
      { header: t(lang, 'sheets.col.figure'), width: 22, format: 'general' },
    ],
    rows: figures.map((f) => [f.label, f.value]),
  };
}

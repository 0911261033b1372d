import { t, type Lang } from '../../i18n';
import type { Figure } from './figure';
import type { TableSheetModel } from './sheetModel';

/**
 * `Ringkasan`: the plan's key figures, one per row, as the CLI and the task pane show them:
 * the committee's questions first (the plan, who stays), fairness, data, the solver last.
 */
export function summarySheet(figures: readonly Figure[], lang: Lang, city: string, subtitle: string): TableSheetModel {
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.summary'),
    tableName: 'Ringkasan',
    titleLines: [t(lang, 'sheets.title.summary', { city }), subtitle],
    columns: [
      { header: t(lang, 'sheets.col.section'), width: 18, format: 'text' },
      { header: t(lang, 'sheets.col.item'), width: 64, format: 'text', wrap: true },
      { header: t(lang, 'sheets.col.figure'), width: 22, format: 'general' },
    ],
    rows: figures.map((f) => [t(lang, `sheets.section.${f.section ?? 'plan'}`), f.label, f.date ?? f.value]),
  };
}

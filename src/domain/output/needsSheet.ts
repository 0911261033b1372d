import { t, type Lang } from '../../i18n';
import type { NeedsAnalysis } from '../needs';
import { column, noColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/**
 * `Analisis Kebutuhan` (docs/sheets.md#analisis-kebutuhan): per unit the need and its basis (ABK, workload hours or
 * formasi, with demand growth applied), staff now, gap, fill ratio, urgent vacancies, and —
 * after a plan — incoming, outgoing, staff, gap and fill ratio after.
 */
export function needsSheet(needs: NeedsAnalysis, lang: Lang): TableSheetModel {
  const after = needs.units.some((u) => u.after !== null);
  const rows = needs.units.map((u, i) => [
    i + 1,
    u.unit,
    t(lang, `sheets.needSource.${u.source}`),
    u.baseNeed,
    u.growthPercent,
    u.need,
    u.staff,
    u.gap,
    u.fillRatio,
    u.urgentVacancies.reduce((sum, v) => sum + v.vacant, 0),
    ...(after
      ? [
          u.after?.incoming ?? 0,
          u.after?.outgoing ?? 0,
          u.after?.staff ?? u.staff,
          u.after?.gap ?? u.gap,
          u.after?.fillRatio ?? u.fillRatio,
        ]
      : []),
  ]);
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: h('sheets.name.needs'),
    tableName: 'AnalisisKebutuhan',
    titleLines: [h('sheets.title.needs')],
    columns: [
      noColumn(lang),
      column(h('sheets.col.unit'), 40, 'text', { wrap: true }),
      column(h('sheets.col.needSource'), 22, 'text', { wrap: true }),
      { header: h('sheets.col.needBase'), width: 12, format: 'integer' },
      { header: h('sheets.col.growth'), width: 12, format: 'decimal1' },
      { header: h('sheets.col.need'), width: 12, format: 'integer' },
      { header: h('sheets.col.staffBefore'), width: 12, format: 'integer' },
      { header: h('sheets.col.gapBefore'), width: 12, format: 'integer' },
      { header: h('sheets.col.fillBefore'), width: 12, format: 'percent' },
      { header: h('sheets.col.urgentVacancies'), width: 12, format: 'integer' },
      ...(after
        ? ([
            { header: h('sheets.col.incoming'), width: 10, format: 'integer' },
            { header: h('sheets.col.outgoing'), width: 10, format: 'integer' },
            { header: h('sheets.col.staffAfter'), width: 12, format: 'integer' },
            { header: h('sheets.col.gapAfter'), width: 12, format: 'integer' },
            { header: h('sheets.col.fillAfter'), width: 12, format: 'percent' },
          ] as const)
        : []),
    ],
    rows,
    print: { landscape: true, paper: 'A4' },
  };
}

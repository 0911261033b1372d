/**
 * The staffing chart of Ringkasan (docs/sheets.md#ringkasan): per unit the need, the staff
 * before and the staff after the plan, for the units {@link staffingChartRows} picks, as a
 * block of figures on the sheet and a clustered bar chart over that block.
 */
import { t, type Lang } from '../../i18n';
import type { NeedsAnalysis } from '../needs';
import { cellBlockPlacement } from './cellBlock';
import { column } from './sheetLayout';
import type { CellBlock, ChartSpec } from './sheetModel';
import { staffingChartRows } from './staffingChartUnits';

/** Chart size in points: wide enough for the unit names, tall enough for every bar. */
const CHART_WIDTH = 460;
const CHART_HEADROOM = 90;
const BAR_POINTS = 7;
const GROUP_GAP_POINTS = 8;

/**
 * The block of figures (title at `at.titleRow`, starting in sheet column `at.firstColumn`) and
 * the chart below it; null when no unit has a need or staff.
 *
 * @example staffingChart(run.needsAfter, 'id', { titleRow: 3, firstColumn: 4 })?.chart.source // 'E4:H19'
 */
export function staffingChart(
  needs: NeedsAnalysis,
  lang: Lang,
  at: { readonly titleRow: number; readonly firstColumn: number },
): { readonly block: CellBlock; readonly chart: ChartSpec } | null {
  const rows = staffingChartRows(needs.units);
  if (rows.length === 0) return null;
  const planned = rows.some((r) => r.after !== null);
  const block: CellBlock = {
    titleRow: at.titleRow,
    firstColumn: at.firstColumn,
    title: t(lang, 'sheets.chart.staffingBlock', { count: rows.length }),
    columns: [
      // Wide enough for a long agency name, and for each header on one line beside the table's header.
      column(t(lang, 'sheets.col.unit'), 56, 'text'),
      column(t(lang, 'sheets.col.need'), 14, 'integer'),
      column(t(lang, 'sheets.col.staffBefore'), 18, 'integer'),
      ...(planned ? [column(t(lang, 'sheets.col.staffAfter'), 18, 'integer')] : []),
    ],
    rows: rows.map((r) => [r.unit, r.need, r.before, ...(planned ? [r.after ?? r.before] : [])]),
  };
  const place = cellBlockPlacement(block);
  const series = block.columns.slice(1).map((c, i) => {
    const letter = place.letters[i + 1] ?? place.lastLetter;
    return { name: c.header, values: `${letter}${place.firstRow}:${letter}${place.lastRow}` };
  });
  const chart: ChartSpec = {
    type: 'barClustered',
    title: t(lang, 'sheets.chart.staffingTitle'),
    source: `${place.firstLetter}${place.headerRow}:${place.lastLetter}${place.lastRow}`,
    categories: `${place.firstLetter}${place.firstRow}:${place.firstLetter}${place.lastRow}`,
    series,
    anchor: `${place.firstLetter}${place.lastRow + 2}`,
    width: CHART_WIDTH,
    height: CHART_HEADROOM + rows.length * (series.length * BAR_POINTS + GROUP_GAP_POINTS),
  };
  return { block, chart };
}

/**
 * The blocks of figures and the native charts of a table sheet (Ringkasan's staffing chart;
 * docs/sheets.md#ringkasan). The blocks are plain cells and go in with the sheet's data; the
 * charts go last, in a request of their own, only where the requirement set allows
 * (ExcelApi 1.1): a missing or refused chart is skipped with the `noCharts` note, and the
 * figures stay on the sheet.
 */
import { cellBlockPlacement } from '../../domain/output/cellBlock';
import type { CellBlock, ChartSpec } from '../../domain/output/sheetModel';
import { cellNumberFormat, columnWidthPoints, toExcelValue } from './cells';
import type { WriteContext } from './sheetParts';

/** Writes each block: its bold title, a bold header with a line below it, the rows, and the widths of its columns. */
export function writeCellBlocks(sheet: Excel.Worksheet, blocks: readonly CellBlock[], date1904: boolean): void {
  for (const block of blocks) {
    const place = cellBlockPlacement(block);
    const title = sheet.getRange(`${place.firstLetter}${place.titleRow}`);
    title.numberFormat = [['@']];
    title.values = [[block.title]];
    title.format.font.bold = true;
    const header = sheet.getRange(`${place.firstLetter}${place.headerRow}:${place.lastLetter}${place.headerRow}`);
    header.numberFormat = [block.columns.map(() => '@')];
    header.values = [block.columns.map((column) => column.header)];
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.borders.getItem('EdgeBottom').style = 'Continuous';
    block.columns.forEach((column, c) => {
      const letter = place.letters[c] ?? place.firstLetter;
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(column.width);
    });
    if (block.rows.length === 0) continue;
    const rows = block.rows.map((row) => block.columns.map((_, c) => row[c] ?? null));
    const data = sheet.getRange(`${place.firstLetter}${place.firstRow}:${place.lastLetter}${place.lastRow}`);
    data.numberFormat = rows.map((row) => row.map((value, c) => cellNumberFormat(value, block.columns[c]?.format ?? 'general')));
    data.values = rows.map((row) => row.map((value) => toExcelValue(value, date1904)));
    data.format.verticalAlignment = 'Top';
  }
}

/** Adds each chart over its source range: title, legend at the bottom, series names, position and size. */
export async function addCharts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  charts: readonly ChartSpec[],
  write: WriteContext,
): Promise<void> {
  if (charts.length === 0) return;
  if (write.features.charts !== true) {
    write.note('noCharts');
    return;
  }
  for (const spec of charts) {
    // The only type a ChartSpec has; its series are the source's columns after the first.
    const chart = sheet.charts.add('BarClustered', sheet.getRange(spec.source), 'Columns');
    chart.title.text = spec.title;
    chart.legend.position = 'Bottom';
    spec.series.forEach((series, i) => (chart.series.getItemAt(i).name = series.name));
    // Excel draws a bar chart's first category at the bottom; the block lists the largest shortage first.
    if (write.features.chartPlotOrder === true) chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(spec.anchor);
    chart.width = spec.width;
    chart.height = spec.height;
  }
  try {
    await context.sync();
  } catch {
    // The sheet and the chart's figures are complete; only the drawing is missing.
    write.note('noCharts');
  }
}

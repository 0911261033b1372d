/**
 * Writes a table sheet that prints as a document (the decree appendix) through Office.js, as
 * the ExcelJS adapter lays it out (`documentRows`): the title and signature blocks merged
 * across the right-hand columns, a plain bordered range with a bold centred header and the
 * numbered row under it, wrapped rows as tall as their text, and the header rows repeated on
 * every printed page (ExcelApi 1.9; skipped with a note where missing, as `finishSheet` does).
 * Borders, merging and alignment are ExcelApi 1.1-1.2, which every Excel with add-ins has.
 */
import type { CellValue } from '../../domain/model/cell';
import { columnNumbers, documentRows, footerText } from '../../domain/output/documentLayout';
import { rowHeightPoints } from '../../domain/output/rowHeight';
import type { DocumentLayout, TableSheetModel } from '../../domain/output/sheetModel';
import { blockAddress, cellNumberFormat, chunkRows, toExcelValue } from './cells';
import { finishSheet, setColumns, type WriteContext } from './sheetParts';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function thinBorders(range: Excel.Range): void {
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

export async function writeDocumentSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  model: TableSheetModel,
  layout: DocumentLayout,
  write: WriteContext,
): Promise<void> {
  const rows = documentRows(model);
  const columns = model.columns;
  const count = columns.length;
  const block = Math.min(Math.max(1, layout.blockColumn), count) - 1;
  const blockWidth = columns.slice(block).reduce((sum, c) => sum + c.width, 0);
  setColumns(sheet, columns);

  const blockLine = (row: number, text: string, bold: boolean, centre: boolean) => {
    const range = sheet.getRange(blockAddress(block, count - block, row, row));
    if (count - block > 1) range.merge(false);
    const cell = sheet.getRange(blockAddress(block, 1, row, row));
    cell.numberFormat = [['@']];
    cell.values = [[text]];
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
    range.format.horizontalAlignment = centre ? 'Center' : 'Left';
    if (bold) range.format.font.bold = true;
    const height = rowHeightPoints([text], [{ width: blockWidth, wrap: true }], { bold });
    if (height !== null) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  };
  (model.titleLines ?? []).forEach((line, i) => blockLine(i + 1, line, i === 0, false));

  const header = sheet.getRange(blockAddress(0, count, rows.headerRow, rows.headerRow));
  header.numberFormat = [columns.map(() => '@')];
  header.values = [columns.map((column) => column.header)];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.horizontalAlignment = 'Center';
  header.format.verticalAlignment = 'Center';
  const headerHeight = rowHeightPoints(
    columns.map((column) => column.header),
    columns.map((column) => ({ width: column.width, wrap: true })),
    { bold: true },
  );
  if (headerHeight !== null) sheet.getRange(`${rows.headerRow}:${rows.headerRow}`).format.rowHeight = headerHeight;
  if (rows.numberRow !== null) {
    const numbers = sheet.getRange(blockAddress(0, count, rows.numberRow, rows.numberRow));
    numbers.values = [columnNumbers(model)];
    numbers.format.horizontalAlignment = 'Center';
    numbers.format.font.size = 9;
  }

  const data: CellValue[][] =
    model.rows.length > 0 ? model.rows.map((row) => columns.map((_, c) => row[c] ?? null)) : [columns.map(() => null)];
  for (const chunk of chunkRows(data)) {
    const slice = data.slice(chunk.start, chunk.end);
    const first = rows.firstDataRow + chunk.start;
    const range = sheet.getRange(blockAddress(0, count, first, rows.firstDataRow + chunk.end - 1));
    // Formats first, in the same request: text that starts with = + - @ must land as text.
    range.numberFormat = slice.map((row) => row.map((value, c) => cellNumberFormat(value, columns[c]?.format ?? 'general')));
    range.values = slice.map((row) => row.map((value) => toExcelValue(value, write.date1904)));
    range.format.verticalAlignment = 'Top';
    slice.forEach((row, r) => {
      const height = rowHeightPoints(row, columns);
      if (height !== null) sheet.getRange(`${first + r}:${first + r}`).format.rowHeight = height;
    });
    // One request per chunk keeps each far below Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  if (layout.borders) thinBorders(sheet.getRange(blockAddress(0, count, rows.headerRow, rows.lastDataRow)));
  if (rows.footerRow !== null) blockLine(rows.footerRow, footerText(layout.footerLines), false, true);
  await context.sync();
  await finishSheet(
    context,
    sheet,
    {
      lists: [],
      protect: model.protect === true,
      freezeRows: 0,
      print: model.print ? { ...model.print, titleRow: rows.printTitleRows } : undefined,
      hidden: model.hidden === true,
    },
    write,
  );
}

/**
 * Writes a {@link TableSheetModel} into a new worksheet: title lines, a blank row, then
 * one real Excel table (as the ExcelJS adapter lays it out), frozen at its header, with the
 * model's formulas, its blocks of figures and (where Excel allows) its charts; a form ends
 * protected, its input columns unlocked.
 */
import { tableHeaderRow, uniqueTableName } from '../../domain/output/sheetLayout';
import type { TableSheetModel } from '../../domain/output/sheetModel';
import { addCharts, writeCellBlocks } from './writeCharts';
import { writeDocumentSheet } from './writeDocumentSheet';
import { finishSheet, setColumns, writeTitleLines, type WriteContext } from './sheetParts';
import { writeTable } from './writeTable';

export async function writeTableSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  model: TableSheetModel,
  takenTables: Set<string>,
  write: WriteContext,
): Promise<void> {
  if (model.document !== undefined) return writeDocumentSheet(context, sheet, model, model.document, write);
  const headerRow = tableHeaderRow(model);
  writeTitleLines(sheet, model.titleLines ?? []);
  setColumns(sheet, model.columns);
  const table = await writeTable(
    context,
    sheet,
    {
      headerRow,
      columns: model.columns,
      rows: model.rows,
      tableName: uniqueTableName(model.tableName, takenTables),
      formulas: model.formulas ?? [],
    },
    write.date1904,
  );
  writeCellBlocks(sheet, model.blocks ?? [], write.date1904);
  await context.sync();
  await addCharts(context, sheet, model.charts ?? [], write);
  await finishSheet(
    context,
    sheet,
    {
      lists: table.lists,
      ranges: table.ranges,
      protect: model.protect === true,
      unlock: table.inputs,
      freezeRows: headerRow,
      print: model.print ? { ...model.print, titleRow: headerRow } : undefined,
      hidden: model.hidden === true,
    },
    write,
  );
}

/**
 * Writes a {@link SectionsSheetModel} (a report of several titled tables, e.g. Pemeriksaan
 * Keadilan) at the rows {@link sectionPlacements} gives, so the Office.js sheet looks like
 * the ExcelJS file: title, notes, then a real table (with the section's formulas) or the
 * section's empty note. A form ends protected, its input columns unlocked.
 */
import { sectionColumnWidths, sectionPlacements, uniqueTableName } from '../../domain/output/sheetLayout';
import type { SectionsSheetModel } from '../../domain/output/sheetModel';
import { finishSheet, setColumns, writeLine, writeTitleLines, type WriteContext } from './sheetParts';
import { writeTable, type ListRequest, type RangeRequest } from './writeTable';

export async function writeSectionsSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  model: SectionsSheetModel,
  takenTables: Set<string>,
  write: WriteContext,
): Promise<void> {
  writeTitleLines(sheet, model.titleLines ?? []);
  const sheetWidths = sectionColumnWidths(model);
  setColumns(
    sheet,
    sheetWidths.map((width) => ({ width })),
  );
  const placements = sectionPlacements(model);
  const lists: ListRequest[] = [];
  const ranges: RangeRequest[] = [];
  const inputs: string[] = [];
  for (const [i, section] of model.sections.entries()) {
    const place = placements[i];
    if (!place) continue;
    writeLine(sheet, place.titleRow, section.title, 'heading');
    (section.notes ?? []).forEach((note, n) => writeLine(sheet, place.noteRows[n] ?? place.titleRow + 1 + n, note, 'plain'));
    if (place.headerRow === null) {
      writeLine(sheet, place.lastRow, section.emptyNote ?? '', 'plain');
      continue;
    }
    const spec = {
      headerRow: place.headerRow,
      columns: section.columns,
      rows: section.rows,
      tableName: uniqueTableName(section.tableName, takenTables),
      sheetWidths,
      formulas: section.formulas ?? [],
    };
    // Sections follow one another; each table's rows go in their own chunked requests.
    const table = await writeTable(context, sheet, spec, write.date1904);
    lists.push(...table.lists);
    ranges.push(...table.ranges);
    inputs.push(...table.inputs);
  }
  await context.sync();
  await finishSheet(
    context,
    sheet,
    {
      lists,
      ranges,
      protect: model.protect === true,
      unlock: inputs,
      freezeRows: 0,
      print: model.print ? { ...model.print, titleRow: null } : undefined,
      hidden: model.hidden === true,
    },
    write,
  );
}

/**
 * The notes on a sheet of ExcelJS's model as comments: for a workbook made here (the sample)
 * or one written whole. A file's comments are read from its parts (../xlsx/readXlsxComments.ts).
 */
import type ExcelJS from 'exceljs';
import type { CellComment } from '../../domain/model/comment';
import { noteComment, type Note } from '../xlsx/noteComment';

/** Every note on the sheet, row by row, left to right. */
export function notesOf(worksheet: ExcelJS.Worksheet): CellComment[] {
  const found: CellComment[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const note = cell.note as Note | undefined;
      if (note !== undefined && note !== null) found.push(noteComment(note, worksheet.name, Number(cell.row), Number(cell.col)));
    });
  });
  return found;
}

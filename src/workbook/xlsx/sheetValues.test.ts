import JSZip from 'jszip';
import { jszipPackage } from './packageReader';
import { readSheetRows, serialToDate, type SheetContext } from './sheetValues';

const CONTEXT: SheetContext = { sharedStrings: ['a', 'b', ''], dateStyles: [false, true], date1904: false };

async function rowsOf(sheetData: string, after = ''): Promise<unknown[][]> {
  const zip = new JSZip();
  zip.file('sheet.xml', `<worksheet><sheetData>${sheetData}</sheetData>${after}</worksheet>`);
  return readSheetRows(jszipPackage(zip), 'sheet.xml', CONTEXT);
}

describe('readSheetRows', () => {
  it('places cells by their reference: gaps as null, rows skipped as empty, no trailing empties', async () => {
    const rows = await rowsOf(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2"><v>7</v></c><c r="E2" t="s"><v>2</v></c></row>' +
        '<row r="4"><c r="C4"><v>1.5</v></c></row>',
    );
    expect(rows).toEqual([[], [null, 'a', null, 7], [], [null, null, 1.5]]);
    expect(rows.every((row) => row.every((_, i) => i in row))).toBe(true);
  });

  it('lets a later cell of the same place win, in a row written twice or out of order', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>5</v></c></row>' +
        '<row r="1"><c r="B1"><v>2</v></c><c r="E1"><v>9</v></c></row>',
    );
    expect(rows).toEqual([[1, 2, 'b', null, 9], [5]]);
  });

  it('reads dates in date formats, equal cells sharing equal values', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="A1" s="1"><v>43842</v></c><c r="B1" s="1"><v>43842</v></c><c r="C1" s="0"><v>43842</v></c></row>',
    );
    expect(rows).toEqual([[serialToDate(43842, false), serialToDate(43842, false), 43842]]);
  });

  it('keeps only the top-left value of a merged range', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>',
      '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
    );
    expect(rows).toEqual([[1]]);
  });
});

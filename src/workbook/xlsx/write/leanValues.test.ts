import { readXlsxValues } from '../readXlsxValues';
import { leanSheetValues } from './leanValues';
import { LeanWorkbook } from './leanWorkbook';

/** The values of `lean` read from its written package, and taken from its cells. */
async function bothWays(lean: LeanWorkbook) {
  return { fromFile: (await readXlsxValues(lean.zip())).values.sheets, direct: leanSheetValues(lean.worksheets, lean.date1904) };
}

describe('leanSheetValues', () => {
  it('reads what the written file holds: text as saved, dates, date-formatted numbers, formulas, merges, gaps', async () => {
    const lean = new LeanWorkbook(true);
    const sheet = lean.addWorksheet('Uji');
    sheet.getCell(1, 1).value = 'Judul';
    sheet.mergeCells(1, 1, 1, 3);
    sheet.getCell(1, 2).value = 'hidden under the merge';
    sheet.getCell(2, 1).value = 'bel\u0007l';
    sheet.getCell(2, 2).value = 'baris_x000D_baru';
    sheet.getCell(2, 4).value = '';
    sheet.getCell(3, 1).value = new Date(Date.UTC(2026, 11, 1, 8, 30));
    sheet.getCell(3, 2).value = 46000;
    sheet.getCell(3, 2).numFmt = 'dd/mm/yyyy';
    sheet.getCell(3, 3).value = 0.1 + 0.2;
    sheet.getCell(3, 4).value = { formula: '1+2' } as never;
    sheet.getCell(3, 5).value = false;
    sheet.getCell(5, 2).value = 'after an empty row';
    sheet.getCell(6, 1).numFmt = '@';
    const { fromFile, direct } = await bothWays(lean);
    expect(direct).toEqual(fromFile);
    expect(direct[0]?.rows).toEqual([
      ['Judul'],
      ['bell', 'baris\rbaru'],
      [new Date(Date.UTC(2026, 11, 1, 8, 30)), new Date(Date.UTC(2029, 11, 10)), 0.1 + 0.2, null, false],
      [],
      [null, 'after an empty row'],
    ]);
  });
});

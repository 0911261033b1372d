import type { SectionsSheetModel, TableSheetModel } from '../../domain/output/sheetModel';
import { FakeWorkbook } from '../../../test/support/fakeExcel';
import type { ExcelFeatures } from './features';
import { OfficeJsWorkbook } from './OfficeJsWorkbook';

const ALL: ExcelFeatures = { freezePanes: true, dataValidation: true, pageLayout: true, protection: true, protectionSelectionMode: true };

/** An evaluation form: two scores typed in, a weighted score and a verdict computed by Excel. */
const evaluation: TableSheetModel = {
  kind: 'table',
  name: 'Evaluasi Mutasi',
  tableName: 'EvaluasiMutasi',
  titleLines: ['Evaluasi Mutasi', 'Kota Tebing Tinggi'],
  columns: [
    { header: 'NIP', width: 22, format: 'text' },
    { header: 'Kinerja', width: 10, format: 'integer', input: true },
    { header: 'Adaptasi', width: 10, format: 'integer', input: true },
    { header: 'Skor', width: 10, format: 'decimal1' },
    { header: 'Simpulan', width: 14, format: 'text' },
  ],
  rows: [
    ['198503122010011002', null, null, 'ignored', 'ignored'],
    ['199001012015022001', 80, 70, null, null],
  ],
  formulas: [
    { row: 0, column: 3, formula: '0.6*B5+0.4*C5' },
    { row: 0, column: 4, formula: 'IF(D5>=60,"Baik","Kurang")' },
    { row: 1, column: 3, formula: '0.6*B6+0.4*C6' },
    { row: 1, column: 4, formula: 'IF(D6>=60,"Baik","Kurang")' },
  ],
};

describe('writeTable formulas (Office.js, against an in-memory Excel)', () => {
  it('writes each formula with its "=" into its data cell below the header, ignoring the row value there', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([evaluation]);
    const sheet = excel.sheet('Evaluasi Mutasi');
    if (!sheet) throw new Error('sheet missing');
    expect(Object.fromEntries(sheet.formulas)).toEqual({
      D5: '=0.6*B5+0.4*C5',
      E5: '=IF(D5>=60,"Baik","Kurang")',
      D6: '=0.6*B6+0.4*C6',
      E6: '=IF(D6>=60,"Baik","Kurang")',
    });
    const rows = sheet.rows();
    expect(rows[3]).toEqual(['NIP', 'Kinerja', 'Adaptasi', 'Skor', 'Simpulan']);
    expect(rows[4]).toEqual(['198503122010011002', '', '', '', '']);
    expect(rows[5]).toEqual(['199001012015022001', 80, 70, '', '']);
    // A formula in a text column must not get the text format, or Excel would show the formula itself.
    expect(sheet.formats.get('4:4')).toBe('General');
    expect(sheet.formats.get('4:3')).toBe('0.0');
    expect(sheet.formats.get('4:0')).toBe('@');
    expect(excel.tableList[0]?.address).toBe('A4:E6');
  });

  it('writes no formula outside the table', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      {
        ...evaluation,
        formulas: [
          { row: 2, column: 0, formula: 'B7' },
          { row: 0, column: 5, formula: 'B5' },
          { row: 1, column: 1, formula: 'C6' },
        ],
      },
    ]);
    expect(Object.fromEntries(excel.sheet('Evaluasi Mutasi')?.formulas ?? [])).toEqual({ B6: '=C6' });
  });

  it('puts a section formula in its own table below the section title', async () => {
    const ikm: SectionsSheetModel = {
      kind: 'sections',
      name: 'IKM Layanan',
      titleLines: ['Indeks Kepuasan Masyarakat'],
      sections: [
        {
          title: 'Nilai per unsur',
          notes: ['Skala 1-4'],
          tableName: 'NilaiUnsur',
          columns: [
            { header: 'Unsur', width: 20, format: 'text' },
            { header: 'Nilai', width: 8, format: 'decimal2', input: true },
          ],
          rows: [
            ['Persyaratan', 3.2],
            ['Prosedur', 3.5],
          ],
        },
        {
          title: 'Indeks',
          tableName: 'Indeks',
          columns: [
            { header: 'Ukuran', width: 20, format: 'text' },
            { header: 'Nilai', width: 8, format: 'decimal2' },
          ],
          rows: [['IKM', null]],
          formulas: [{ row: 0, column: 1, formula: 'AVERAGE(B6:B7)*25' }],
        },
      ],
    };
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([ikm]);
    const sheet = excel.sheet('IKM Layanan');
    if (!sheet) throw new Error('sheet missing');
    const rows = sheet.rows();
    expect(rows[8]?.[0]).toBe('Indeks'); // title row 9, header row 10, data row 11
    expect(rows[9]).toEqual(['Ukuran', 'Nilai']);
    expect(Object.fromEntries(sheet.formulas)).toEqual({ B11: '=AVERAGE(B6:B7)*25' });
    expect(excel.tableList.map((table) => table.address)).toEqual(['A5:B7', 'A10:B11']);
  });
});

import type { SectionsSheetModel, TableSheetModel } from '../../domain/output/sheetModel';
import { FakeWorkbook } from '../../../test/support/fakeExcel';
import type { ExcelFeatures } from './features';
import { OfficeJsWorkbook } from './OfficeJsWorkbook';

const ALL: ExcelFeatures = { freezePanes: true, dataValidation: true, pageLayout: true, protection: true, protectionSelectionMode: true };

/** A form: a score (whole 0-100) and a weight (decimal 0-1) typed in, a decision from a list, a note. */
const form: TableSheetModel = {
  kind: 'table',
  name: 'Evaluasi Mutasi',
  tableName: 'EvaluasiMutasi',
  titleLines: ['Evaluasi Mutasi', 'Kota Tebing Tinggi'],
  columns: [
    { header: 'NIP', width: 22, format: 'text' },
    { header: 'Nilai', width: 8, format: 'integer', range: { kind: 'whole', min: 0, max: 100 }, input: true },
    { header: 'Bobot', width: 8, format: 'decimal2', range: { kind: 'decimal', min: 0, max: 1 }, input: true },
    { header: 'Skor', width: 8, format: 'decimal1' },
    { header: 'Keputusan', width: 14, format: 'text', list: ['Lanjut', 'Tinjau'], input: true },
  ],
  rows: [
    ['198503122010011002', 80, 0.5, null, 'Lanjut'],
    ['199001012015022001', null, null, null, null],
  ],
  formulas: [
    { row: 0, column: 3, formula: 'B5*C5' },
    { row: 1, column: 3, formula: 'B6*C6' },
  ],
  protect: true,
};

const ranges = { ...form, protect: false };

describe('number ranges and form protection (Office.js, against an in-memory Excel)', () => {
  it('turns number ranges into whole-number and decimal rules on the data cells, refused with a stop alert', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, ALL);
    await port.addSheets([ranges]);
    const sheet = excel.sheet('Evaluasi Mutasi');
    if (!sheet) throw new Error('sheet missing');
    const validated = sheet.ranges.filter((range) => range.dataValidation.rule !== null);
    expect(validated.map((range) => [range.address, range.dataValidation.rule])).toEqual([
      ['E5:E6', { list: { inCellDropDown: true, source: 'Lanjut,Tinjau' } }],
      ['B5:B6', { wholeNumber: { formula1: 0, formula2: 100, operator: 'Between' } }],
      ['C5:C6', { decimal: { formula1: 0, formula2: 1, operator: 'Between' } }],
    ]);
    expect(validated[1]?.dataValidation.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(validated[2]?.dataValidation.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(port.notes).toEqual([]);
  });

  it('puts a section range under that section header', async () => {
    const ikm: SectionsSheetModel = {
      kind: 'sections',
      name: 'IKM Layanan',
      titleLines: ['IKM Layanan'],
      sections: [
        {
          title: 'Jawaban',
          tableName: 'Jawaban',
          columns: [
            { header: 'Unsur', width: 20, format: 'text' },
            { header: 'Nilai', width: 8, format: 'integer', range: { kind: 'whole', min: 1, max: 4 }, input: true },
          ],
          rows: [
            ['Persyaratan', 3],
            ['Prosedur', 4],
            ['Waktu', null],
          ],
        },
      ],
      protect: true,
    };
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([ikm]);
    const sheet = excel.sheet('IKM Layanan');
    if (!sheet) throw new Error('sheet missing');
    // Title line 1, blank, section title 3, header 4, data 5-7.
    const validated = sheet.ranges.filter((range) => range.dataValidation.rule !== null);
    expect(validated.map((range) => [range.address, range.dataValidation.rule])).toEqual([
      ['B5:B7', { wholeNumber: { formula1: 1, formula2: 4, operator: 'Between' } }],
    ]);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.unlockedRanges()).toEqual(['B5:B7']);
  });

  it('protects a form last, without a password, with exactly the input columns data cells unlocked', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, ALL);
    await port.addSheets([form]);
    const sheet = excel.sheet('Evaluasi Mutasi');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.password).toBeUndefined();
    expect(sheet.protection.options).toEqual({
      allowAutoFilter: true,
      allowSort: true,
      allowFormatColumns: true,
      allowFormatRows: true,
      selectionMode: 'Normal',
    });
    expect(sheet.unlockedRanges().sort()).toEqual(['B5:B6', 'C5:C6', 'E5:E6']);
    // Everything was written before the protection (the fake refuses writes to a protected sheet).
    expect(Object.fromEntries(sheet.formulas)).toEqual({ D5: '=B5*C5', D6: '=B6*C6' });
    expect(sheet.rows()[4]).toEqual(['198503122010011002', 80, 0.5, '', 'Lanjut']);
    expect(sheet.freezePanes.frozenRows).toBe(4);
    expect(port.notes).toEqual([]);
  });

  it('leaves a sheet without `protect` open, with no cell unlocked', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([ranges]);
    const sheet = excel.sheet('Evaluasi Mutasi');
    expect(sheet?.protection.protected).toBe(false);
    expect(sheet?.unlockedRanges()).toEqual([]);
  });

  it('leaves out the selection mode where Excel lacks it (ExcelApi 1.7)', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, { ...ALL, protectionSelectionMode: false }).addSheets([form]);
    const sheet = excel.sheet('Evaluasi Mutasi');
    expect(sheet?.protection.protected).toBe(true);
    expect(sheet?.protection.options).toEqual({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true });
  });

  it('writes the form where Excel lacks data validation and protection, and notes both skips', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, { ...ALL, dataValidation: false, protection: false, protectionSelectionMode: false });
    await expect(port.addSheets([form])).resolves.toEqual(['Evaluasi Mutasi']);
    const sheet = excel.sheet('Evaluasi Mutasi');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.rows()[5]).toEqual(['199001012015022001', '', '', '', '']);
    expect(Object.fromEntries(sheet.formulas)).toEqual({ D5: '=B5*C5', D6: '=B6*C6' });
    expect(sheet.ranges.filter((range) => range.dataValidation.rule !== null)).toHaveLength(0);
    expect(sheet.protection.protected).toBe(false);
    expect(sheet.unlockedRanges()).toEqual([]);
    expect([...port.notes].sort()).toEqual(['noDataValidation', 'noProtection']);
  });

  it('keeps the written form when Excel refuses the protection, and says so', async () => {
    const probe = new FakeWorkbook();
    await new OfficeJsWorkbook(probe.run, ALL).addSheets([form]);
    const excel = new FakeWorkbook();
    excel.failOnSync = probe.syncs - 1; // the protection's request, just before the sheet is activated
    const port = new OfficeJsWorkbook(excel.run, ALL);
    await expect(port.addSheets([form])).resolves.toEqual(['Evaluasi Mutasi']);
    expect(excel.sheet('Evaluasi Mutasi')?.rows()[4]?.[0]).toBe('198503122010011002');
    expect(port.notes).toEqual(['formattingRefused']);
  });
});

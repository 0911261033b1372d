/**
 * Inside Excel, against the fake Excel that throws what real Excel throws (OfficeExtension
 * errors with Excel.ErrorCodes): a protected workbook structure, a read-only workbook, a run
 * that fails half way, a second run while one is going, a cell being edited. Each ends with a
 * refusal the pane can name, and the user's sheets exactly as they were.
 */
import type { TableSheetModel } from '../../src/domain/output/sheetModel';
import { ExcelRefusedError } from '../../src/workbook/officejs/excelRefusal';
import type { ExcelFeatures } from '../../src/workbook/officejs/features';
import { OfficeJsWorkbook } from '../../src/workbook/officejs/OfficeJsWorkbook';
import { t } from '../../src/i18n';
import { FakeWorkbook } from '../support/fakeExcel';

const NONE: ExcelFeatures = {
  freezePanes: false,
  dataValidation: false,
  pageLayout: false,
  protection: false,
  protectionSelectionMode: false,
};

const sheet = (name: string): TableSheetModel => ({
  kind: 'table',
  name,
  tableName: name.replace(/\s/g, ''),
  titleLines: [name],
  columns: [{ header: 'NIP', width: 22, format: 'text' }],
  rows: [['198503122010011002']],
});

const USER_ROWS = [
  ['NIP', 'Nama'],
  ['198503122010011002', 'Budi'],
];

function userWorkbook(): FakeWorkbook {
  const excel = new FakeWorkbook();
  excel.addSheet('Pegawai', USER_ROWS);
  excel.addSheet('Jabatan', [['Kode Jabatan']]);
  return excel;
}

/** The user's sheets, names and cells, to compare before and after. */
const snapshot = (excel: FakeWorkbook) => excel.sheets.map((s) => ({ name: s.name, rows: s.rows() }));

async function refusal(promise: Promise<unknown>): Promise<ExcelRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelRefusedError);
  return error as ExcelRefusedError;
}

describe('Office.js adapter faults', () => {
  it('a workbook with protected structure is refused before anything is written', async () => {
    const excel = userWorkbook();
    excel.structureProtected = true;
    const before = snapshot(excel);
    const error = await refusal(new OfficeJsWorkbook(excel.run, NONE).addSheets([sheet('Usulan Mutasi')]));
    expect(error.code).toBe('workbook-protected');
    expect(snapshot(excel)).toEqual(before);
  });

  it('an Excel without the protection API still refuses, through AccessDenied, and rolls back', async () => {
    const excel = userWorkbook();
    excel.structureProtected = true;
    excel.lacksProtectionApi = true;
    const before = snapshot(excel);
    const error = await refusal(new OfficeJsWorkbook(excel.run, NONE).addSheets([sheet('Usulan Mutasi'), sheet('Justifikasi')]));
    expect(error.code).toBe('workbook-protected');
    expect((error.cause as { code?: string }).code).toBe('AccessDenied');
    expect(snapshot(excel)).toEqual(before);
  });

  it('a workbook opened read-only is refused with its own code', async () => {
    const excel = userWorkbook();
    excel.readOnly = true;
    const before = snapshot(excel);
    const error = await refusal(new OfficeJsWorkbook(excel.run, NONE).addSheets([sheet('Usulan Mutasi')]));
    expect(error.code).toBe('workbook-read-only');
    expect(snapshot(excel)).toEqual(before);
  });

  it('a run that fails half way removes the sheets it created and leaves the user sheets alone', async () => {
    const probe = userWorkbook();
    await new OfficeJsWorkbook(probe.run, NONE).addSheets([sheet('Usulan Mutasi'), sheet('Justifikasi')]);
    expect(probe.sheets.map((s) => s.name)).toEqual(['Pegawai', 'Jabatan', 'Usulan Mutasi', 'Justifikasi']);
    // Syncs 1 and 2 only probe (writability, date system) and tolerate a failure; every later one writes.
    expect(probe.syncs).toBeGreaterThan(4);
    for (let failAt = 3; failAt <= probe.syncs; failAt++) {
      const excel = userWorkbook();
      const before = snapshot(excel);
      excel.failOnSync = failAt;
      const error = await new OfficeJsWorkbook(excel.run, NONE).addSheets([sheet('Usulan Mutasi'), sheet('Justifikasi')]).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/sudah dihapus/);
      expect(snapshot(excel)).toEqual(before);
    }
  });

  it('a second write while one is going is refused, and the first completes alone', async () => {
    const excel = userWorkbook();
    const workbook = new OfficeJsWorkbook(excel.run, NONE);
    const first = workbook.addSheets([sheet('Usulan Mutasi')]);
    const second = await refusal(workbook.addSheets([sheet('Usulan Mutasi')]));
    expect(second.code).toBe('run-in-progress');
    await expect(first).resolves.toEqual(['Usulan Mutasi']);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Pegawai', 'Jabatan', 'Usulan Mutasi']);
    // Once the first is done, the next write goes through.
    await expect(workbook.addSheets([sheet('Usulan Mutasi')])).resolves.toEqual(['Usulan Mutasi (2)']);
  });

  it('a cell being edited refuses reading and writing with its own code', async () => {
    const excel = userWorkbook();
    excel.cellEditMode = true;
    const before = snapshot(excel);
    const workbook = new OfficeJsWorkbook(excel.run, NONE);
    expect((await refusal(workbook.readValues())).code).toBe('cell-edit-mode');
    expect((await refusal(workbook.addSheets([sheet('Usulan Mutasi')]))).code).toBe('cell-edit-mode');
    expect(snapshot(excel)).toEqual(before);
  });

  it('every refusal has a message in both languages that says what to do', () => {
    for (const code of ['workbook-protected', 'workbook-read-only', 'cell-edit-mode', 'run-in-progress'] as const) {
      for (const lang of ['id', 'en'] as const) {
        const text = t(lang, `ui.error.${code}`);
        expect(text).not.toBe(`ui.error.${code}`);
        expect(text.length).toBeGreaterThan(40);
      }
    }
  });
});

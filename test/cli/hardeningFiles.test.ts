/**
 * The files a city HR office really has (test/fixtures/hardening/README.md says how each was
 * made): the ones we cannot read stop with exit 2 and a message saying what to do, in both
 * languages, and nothing is written; the ones we can read give the same data as the plain
 * workbook.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, SheetValues } from '../../src/domain/model/cell';
import { t } from '../../src/i18n';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { baseSheets } from '../fixtures/baseWorkbook';
import { compoundFile } from '../fixtures/hardening/compoundFile';
import { workbookOf } from '../input/loadFixture';
import { runCli, tempDir } from './harness';

const HARDENING = join(__dirname, '..', 'fixtures', 'hardening');
const fixture = (name: string) => join(HARDENING, name);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const UNREADABLE: [file: string, key: string][] = [
  ['base.ods', 'unreadableOds'],
  ['base.xls', 'unreadableXls'],
  ['encrypted.xls', 'unreadableXls'],
  ['base.csv', 'unreadableText'],
  ['not-a-workbook.xlsx', 'unreadableNotWorkbook'],
];

describe('files we cannot read', () => {
  it.each(UNREADABLE)('%s: exit 2 with its own message, in Indonesian and English', async (file, key) => {
    const path = fixture(file);
    for (const lang of ['id', 'en'] as const) {
      const run = await runCli('validate', path, '--lang', lang);
      expect(run.code).toBe(2);
      expect(run.stderr).toEqual([t(lang, `cli.usageError.${key}` as never, { file: path })]);
      expect(run.stdout).toEqual([]);
    }
  });

  it.each(UNREADABLE)('%s: plan writes nothing and leaves the input as it was', async (file) => {
    const path = fixture(file);
    const before = sha(path);
    const dir = tempDir();
    const run = await runCli('plan', path, '--out', join(dir, 'hasil.xlsx'));
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(sha(path)).toBe(before);
  });

  it('an encrypted .xlsx (Encrypt with Password) asks for the password to be removed', async () => {
    const path = join(tempDir(), 'terkunci.xlsx');
    writeFileSync(path, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const run = await runCli('validate', path, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([t('en', 'cli.usageError.unreadableEncrypted', { file: path })]);
  });

  it('says what to do: save again as .xlsx, or remove the password', () => {
    expect(t('id', 'cli.usageError.unreadableOds', { file: 'a.ods' })).toMatch(/Save As/);
    expect(t('en', 'cli.usageError.unreadableEncrypted', { file: 'a.xlsx' })).toMatch(/remove the password/);
  });
});

/** Rows without their trailing empty cells, dates as ISO text (for comparing). */
const comparable = (rows: readonly (readonly CellValue[])[]) =>
  rows.map((row) => {
    const out = row.map((v) => (v instanceof Date ? v.toISOString() : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
const sheetOf = (sheets: readonly SheetValues[], name: string) => {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const BASE = workbookOf({ description: '', expect: [], sheets: baseSheets() });

describe('files we read', () => {
  it.each(['protected-sheets.xlsx', 'locked-structure.xlsx', 'autofilter-hidden.xlsx', 'base.xlsm'])(
    '%s reads exactly as the plain workbook (hidden rows included)',
    async (file) => {
      const values = await (await ExcelJsWorkbook.fromBuffer(readFileSync(fixture(file)))).readValues();
      expect(values.sheets.map((s) => s.name)).toEqual(['Pegawai', 'Jabatan', 'Unit']);
      for (const sheet of BASE.sheets) {
        expect(comparable(sheetOf(values.sheets, sheet.name).rows)).toEqual(comparable(sheet.rows));
      }
    },
  );

  it('a title merged over the header holds its text once, in its first cell (as in Excel)', async () => {
    const values = await (await ExcelJsWorkbook.fromBuffer(readFileSync(fixture('merged-title.xlsx')))).readValues();
    const pegawai = sheetOf(values.sheets, 'Pegawai');
    expect(pegawai.rows[0]).toEqual(['PEMERINTAH KOTA TEBING TINGGI']);
    expect(pegawai.rows[1]).toEqual(['Daftar Pegawai per 1 Januari 2026']);
    expect(comparable(pegawai.rows.slice(3))).toEqual(comparable(sheetOf(BASE.sheets, 'Pegawai').rows));
  });

  it('Excel tables (ListObjects) under a title read as their cells', async () => {
    const values = await (await ExcelJsWorkbook.fromBuffer(readFileSync(fixture('tables.xlsx')))).readValues();
    for (const sheet of BASE.sheets) {
      const rows = sheetOf(values.sheets, sheet.name).rows;
      expect(rows[0]).toEqual([`Data ${sheet.name}`]);
      expect(comparable(rows.slice(2).map((row) => row.slice(1)))).toEqual(comparable(sheet.rows));
    }
  });

  it.each(['protected-sheets.xlsx', 'locked-structure.xlsx', 'autofilter-hidden.xlsx', 'base.xlsm', 'merged-title.xlsx', 'tables.xlsx'])(
    'validate %s: 7 employees, no errors',
    async (file) => {
      const run = await runCli('validate', fixture(file), '--date', '2026-12-01', '--json');
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout.at(-1) ?? '{}') as { errors: number; figures: { key: string; value: unknown }[] };
      expect(report.errors).toBe(0);
      expect(report.figures.find((f) => f.key === 'employees')?.value).toBe(7);
    },
  );
});

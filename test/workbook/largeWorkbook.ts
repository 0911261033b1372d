/**
 * Writes a large workbook at run time (never committed): the base workbook's employees
 * repeated to `employees` rows, each with its own NIP and name, with ExcelJS's streaming
 * writer so the writer itself stays small in memory.
 */
import ExcelJS from 'exceljs';
import type { FixtureCell } from '../input/loadFixture';
import { baseSheets } from '../fixtures/baseWorkbook';

const cell = (value: FixtureCell): ExcelJS.CellValue =>
  value !== null && typeof value === 'object' ? new Date(`${value.date}T00:00:00Z`) : value;

/**
 * A unique NIP for the k-th copy of a base employee: the base NIP's birth date and gender
 * (so they still agree with the row), a CPNS month and serial counted from k. Not a real person.
 */
export function generatedNip(baseNip: string, k: number): string {
  const serial = k % 1000;
  const month = Math.floor(k / 1000);
  const year = 2020 + Math.floor(month / 12); // every base employee is 18 or older by 2020
  return `${baseNip.slice(0, 8)}${year}${String((month % 12) + 1).padStart(2, '0')}${baseNip.slice(14, 15)}${String(serial).padStart(3, '0')}`;
}

export async function writeLargeWorkbook(path: string, employees: number): Promise<void> {
  const sheets = baseSheets();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const pegawai = book.addWorksheet('Pegawai');
  const [header = [], ...body] = sheets.Pegawai;
  pegawai.addRow(header.map(cell)).commit();
  for (let i = 0; i < employees; i++) {
    const base = body[i % body.length] ?? [];
    const row = base.map(cell);
    row[0] = generatedNip(String(base[0]), Math.floor(i / body.length));
    row[1] = `Pegawai ${i + 1}`;
    pegawai.addRow(row).commit();
  }
  pegawai.commit();
  for (const name of ['Jabatan', 'Unit'] as const) {
    const worksheet = book.addWorksheet(name);
    for (const row of sheets[name]) worksheet.addRow(row.map(cell)).commit();
    worksheet.commit();
  }
  await book.commit();
}

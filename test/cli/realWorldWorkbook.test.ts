import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './harness';

// Written by LibreOffice from make-realworld.py: title rows above the headers, alias headers
// (NIP Baru, Gol/Ruang, Prodi, OPD, Jabatan Saat Ini …), office sheet names, mixed date
// styles (real dates, dd/mm/yyyy, "5 Agt 2020", "30.01.1983"), golongan in several spellings,
// and no Kode Jabatan column (positions resolved by Jabatan + Unit Kerja).
const FIXTURE = join(__dirname, '..', 'fixtures', 'xlsx', 'realworld-bkpsdm.xlsx');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a real-world-shaped HR workbook written by another tool', () => {
  it('validates with exit 0 and reads every row, leaving the file untouched', async () => {
    const before = sha(FIXTURE);
    const run = await runCli('validate', FIXTURE, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout.at(-1)!);
    expect(result.errors).toBe(0);
    const figures = Object.fromEntries(result.figures.map((f: { key: string; value: number }) => [f.key, f.value]));
    expect(figures).toMatchObject({ employees: 6, positions: 5 });
    expect(sha(FIXTURE)).toBe(before);
    expect(result.sources.map((s: { table: string; sheet: string; headerRow: number }) => [s.table, s.sheet, s.headerRow])).toEqual([
      ['pegawai', 'DATA PNS 2026', 4],
      ['jabatan', 'PETA JABATAN', 3],
      ['unit', 'OPD', 1],
    ]);
    const text = (await runCli('validate', FIXTURE)).stdout.join('\n');
    expect(text).toMatch(/Data pegawai: sheet "DATA PNS 2026", judul kolom di baris 4/);
    expect(text).toMatch(/kolom tambahan disimpan: Keterangan Lain/);
  });

  it('plans on it with no rule violations', async () => {
    const out = join(tempDir(), 'hasil.xlsx');
    const run = await runCli('plan', FIXTURE, '--out', out, '--date', '2026-12-01', '--json');
    expect(run.code).toBe(0);
    const figures = Object.fromEntries(
      JSON.parse(run.stdout.at(-1)!).figures.map((f: { key: string; value: unknown }) => [f.key, f.value]),
    );
    expect(figures.ruleViolations).toBe(0);
    // Three of its four units are short and none has staff to spare, so a defensible plan
    // moves nobody: no short unit may lose staff to another.
    expect(figures.shortageUnitsBefore).toBe(3);
    expect(figures.moves).toBe(0);
    expect(figures.shortageAfter).toBe(figures.shortageBefore);
    expect(figures.staysBestInPlace).toBe(5);
  });

  it('rejects a broken copy with exit 1, naming sheet, Excel row and column of each problem', async () => {
    const dir = tempDir();
    const broken = join(dir, 'rusak.xlsx');
    copyFileSync(FIXTURE, broken);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(broken);
    const ws = wb.getWorksheet('DATA PNS 2026')!;
    ws.getCell('F6').value = 'III/z'; // golongan that does not exist
    ws.getCell('K7').value = '31/02/2020'; // impossible date
    await wb.xlsx.writeFile(broken);
    const run = await runCli('validate', broken, '--lang', 'en');
    expect(run.code).toBe(1);
    const text = run.stdout.join('\n');
    expect(text).toMatch(/DATA PNS 2026/);
    expect(text).toMatch(/row 6, column 'Gol\/Ruang'/);
    expect(text).toMatch(/row 7, column 'TMT Jabatan'/);
  });
});

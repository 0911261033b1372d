/**
 * The review loop end to end through the CLI: plan a sample, review it as a committee would
 * (rows re-sorted, a text row and a blank row inserted, decisions typed by hand), then
 * `mutasi review` — and `mutasi plan` refusing the reviewed workbook.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from '../cli/harness';

type Row = ExcelJS.CellValue[];

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** Cell values of every row (1-based row numbers as keys), as plain JSON. */
function cellValues(ws: ExcelJS.Worksheet): Record<number, unknown[]> {
  const all: Record<number, unknown[]> = {};
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    all[n] = (row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));
  });
  return JSON.parse(JSON.stringify(all)) as Record<number, unknown[]>;
}

/** The header row number and the data rows (with their row numbers) of a table sheet. */
function table(ws: ExcelJS.Worksheet): { headerRow: number; header: string[]; rows: { n: number; values: Row }[] } {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (headerRow === 0 && row.getCell(1).value === 'No') headerRow = n;
  });
  if (headerRow === 0) throw new Error(`no header in ${ws.name}`);
  const header = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const rows: { n: number; values: Row }[] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n += 1) {
    const values = (ws.getRow(n).values as Row).slice(1);
    if (values.some((v) => v !== null && v !== undefined && v !== '')) rows.push({ n, values });
  }
  return { headerRow, header, rows };
}

describe('mutasi review', () => {
  const dir = tempDir();
  const sample = join(dir, 'sampel.xlsx');
  const planned = join(dir, 'rencana.xlsx');
  const reviewed = join(dir, 'ditinjau.xlsx');
  const out = join(dir, 'rencana-2.xlsx');
  const picked: { nip: string; code: string; id: string }[] = [];
  let reviewedSheet: Record<number, unknown[]> = {};

  beforeAll(async () => {
    expect((await runCli('sample', '--employees', '300', '--seed', '3', '--out', sample)).code).toBe(0);
    expect((await runCli('plan', sample, '--out', planned, '--date', '2026-12-01')).code).toBe(0);

    // The committee's work, as a reviewer would do it in Excel.
    const wb = await open(planned);
    const ws = sheetOf(wb, 'Usulan Mutasi');
    const { headerRow, header, rows } = table(ws);
    const col = (name: string) => header.indexOf(name);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // Three proposals of three different employees.
    const chosen = rows.filter((r, i, all) => all.findIndex((o) => o.values[col('NIP')] === r.values[col('NIP')]) === i).slice(0, 3);
    for (const r of chosen) {
      picked.push({
        nip: String(r.values[col('NIP')]),
        code: String(r.values[col('Kode Jabatan Tujuan')]),
        id: String(r.values[col('ID Usulan')]),
      });
    }
    const decide = (values: Row, decision: string, note: string, reviewer: string): Row => {
      const copy = [...values];
      copy[col('Keputusan')] = decision;
      copy[col('Catatan Peninjau')] = note;
      copy[col('Peninjau')] = reviewer;
      return copy;
    };
    const byId = (id: string) => rows.find((r) => r.values[col('ID Usulan')] === id)!.values;
    const approved = decide(byId(picked[0]!.id), 'setuju', 'Sesuai kebutuhan unit tujuan', 'Kabid Mutasi');
    const rejected = decide(byId(picked[1]!.id), ' TOLAK ', 'Pegawai sedang tugas belajar', 'Sekretaris BKPSDM');
    const revise = decide(byId(picked[2]!.id), 'Revisi', 'Cari jabatan di kecamatan', '');
    const others = rows.filter((r) => !picked.some((p) => p.id === r.values[col('ID Usulan')])).map((r) => r.values);
    // Sorted another way (reversed), a text row and a blank row inserted, the decided rows scattered.
    const layout: (Row | null)[] = [
      rejected,
      ...others.reverse(),
      revise,
      [null, null, null, 'Catatan rapat: bahas lagi 5 Desember'],
      null,
      approved,
    ];
    for (let n = headerRow + 1; n <= headerRow + layout.length + 2; n += 1) {
      const row = ws.getRow(n);
      for (let c = 1; c <= header.length; c += 1) row.getCell(c).value = null;
    }
    layout.forEach((values, i) => {
      if (values === null) return;
      const row = ws.getRow(headerRow + 1 + i);
      values.forEach((v, c) => (row.getCell(c + 1).value = v ?? null));
    });
    // A note (Excel's comment for older versions) on the rejected proposal's decision.
    ws.getRow(headerRow + 1).getCell(col('Keputusan') + 1).note = 'Tugas belajar s.d. 2027 — lihat SK';
    await wb.xlsx.writeFile(reviewed);
    reviewedSheet = cellValues(sheetOf(await open(reviewed), 'Usulan Mutasi'));
  }, 30_000);

  it('re-plans: keeps Setuju, drops Tolak and Revisi, carries and summarises every note', async () => {
    const run = await runCli('review', reviewed, '--out', out, '--date', '2026-12-01', '--json');
    expect(run.stderr.filter((l) => /galat|error/i.test(l))).toEqual([]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout.at(-1)!);
    expect(summary.sheets).toEqual(expect.arrayContaining(['Usulan Mutasi (2)', 'Ringkasan Tinjauan']));

    const wb = await open(out);
    // The reviewed sheet is untouched.
    expect(cellValues(sheetOf(wb, 'Usulan Mutasi'))).toEqual(reviewedSheet);

    const v2 = table(sheetOf(wb, 'Usulan Mutasi (2)'));
    const col = (name: string) => v2.header.indexOf(name);
    const pairOf = (p: { nip: string; code: string }) =>
      v2.rows.filter((r) => r.values[col('NIP')] === p.nip && r.values[col('Kode Jabatan Tujuan')] === p.code);
    const [approved, rejected, revise] = picked;
    const kept = pairOf(approved!);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.values[col('Keputusan')]).toBe('Setuju');
    expect(kept[0]!.values[col('Catatan Peninjau')]).toBe('Sesuai kebutuhan unit tujuan');
    expect(kept[0]!.values[col('Peninjau')]).toBe('Kabid Mutasi');
    expect(pairOf(rejected!)).toEqual([]);
    expect(pairOf(revise!)).toEqual([]);
    // Undecided proposals stay Diusulkan.
    expect(v2.rows.filter((r) => r.values[col('Keputusan')] === 'Diusulkan').length).toBeGreaterThan(0);

    const reviseAlternative = v2.rows.find((r) => r.values[col('NIP')] === revise!.nip);
    if (reviseAlternative) {
      expect(String(reviseAlternative.values[col('Catatan Peninjau')])).toContain('Revisi sebelumnya: Cari jabatan di kecamatan');
    }

    const s = table(sheetOf(wb, 'Ringkasan Tinjauan'));
    const scol = (name: string) => s.header.indexOf(name);
    const text = s.rows.map((r) => r.values.map((v) => String(v ?? '')).join(' | ')).join('\n');
    for (const word of [
      'Sesuai kebutuhan unit tujuan',
      'Kabid Mutasi',
      'Pegawai sedang tugas belajar',
      'Sekretaris BKPSDM',
      'Cari jabatan di kecamatan',
      'Catatan rapat: bahas lagi 5 Desember',
    ]) {
      expect(text).toContain(word);
    }
    const outcomeOf = (id: string) =>
      s.rows.find((r) => r.values[scol('ID Usulan')] === id && r.values[scol('Baris Tinjauan')] !== null)?.values[scol('Hasil Tinjauan')];
    expect(outcomeOf(approved!.id)).toBe('Dipertahankan');
    expect(outcomeOf(rejected!.id)).toBe('Dibatalkan');
    expect(outcomeOf(revise!.id)).toBe('Dibatalkan');
    const textRow = s.rows.find((r) => r.values[scol('Catatan Peninjau')] === 'Catatan rapat: bahas lagi 5 Desember');
    expect(textRow?.values[scol('Hasil Tinjauan')]).toBe('Teks lain');
    // The note on the rejected proposal's row, as typed, and only there.
    const comments = s.rows.map((r) => r.values[scol('Komentar di Excel')]).filter((v) => v !== null && v !== '');
    expect(comments).toEqual(['Tugas belajar s.d. 2027 — lihat SK']);
    expect(s.rows.find((r) => r.values[scol('ID Usulan')] === rejected!.id)?.values[scol('Komentar di Excel')]).toBe(
      'Tugas belajar s.d. 2027 — lihat SK',
    );
  }, 30_000);

  it('refuses to plan a reviewed workbook afresh, writing nothing', async () => {
    const target = join(dir, 'tidak-ditulis.xlsx');
    const run = await runCli('plan', reviewed, '--out', target);
    expect(run.code).toBe(1);
    expect(run.stdout.join('\n')).toMatch(/mutasi review/);
    expect(existsSync(target)).toBe(false);
  });
});

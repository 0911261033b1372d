/**
 * Evaluation after the move, end to end through the CLI: `evaluate` writes the forms from the
 * approved transfers, a supervisor fills them in as people do (blanks, text in number cells,
 * values out of range), LibreOffice recalculates the IKM formulas, and `followup` lists
 * exactly the placements that call for action and re-plans only those.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, tempDir } from '../cli/harness';
import { convertWithSoffice, findSoffice } from '../support/libreOffice';

const dir = tempDir();
const sample = join(dir, 'sample.xlsx');
const planned = join(dir, 'planned.xlsx');
const reviewed = join(dir, 'reviewed.xlsx');
const evaluated = join(dir, 'evaluated.xlsx');
const APPROVED = 10;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  writeFileSync(path, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The header row (the one holding NIP) and each header's column. */
function header(ws: ExcelJS.Worksheet): { row: number; col: (name: string) => number } {
  for (let r = 1; r <= 10; r++) {
    const cells = ws.getRow(r);
    const names = new Map<string, number>();
    cells.eachCell((cell, c) => names.set(String(cell.value), c));
    if (names.has('NIP')) {
      return {
        row: r,
        col: (name) => {
          const c = names.get(name);
          if (c === undefined) throw new Error(`no column ${name}`);
          return c;
        },
      };
    }
  }
  throw new Error('no header');
}

const text = (value: ExcelJS.CellValue): string => (value === null || value === undefined ? '' : String(value));

let approvedNips: string[] = [];

beforeAll(async () => {
  expect((await runCli('sample', '--employees', '300', '--seed', '11', '--out', sample)).code).toBe(0);
  expect((await runCli('plan', sample, '--out', planned, '--date', '2026-12-01')).code).toBe(0);
  const workbook = await load(planned);
  const proposals = sheet(workbook, 'Usulan Mutasi');
  const { row, col } = header(proposals);
  for (let r = row + 1; r <= row + APPROVED; r++) {
    proposals.getCell(r, col('Keputusan')).value = 'Setuju';
    approvedNips.push(text(proposals.getCell(r, col('NIP')).value));
  }
  approvedNips = approvedNips.filter((nip) => nip !== '');
  expect(approvedNips).toHaveLength(APPROVED);
  await save(workbook, reviewed);
  const run = await runCli('evaluate', reviewed, '--out', evaluated, '--json');
  expect(run.code).toBe(0);
}, 180_000);

describe('mutasi evaluate', () => {
  it('writes three checkpoint rows per approved transfer, with drop-downs, number checks and a protected form', async () => {
    const out = join(dir, 'evaluate-again.xlsx');
    const run = await runCli('evaluate', reviewed, '--out', out, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.join('\n')) as { sheets: string[]; figures: { key: string; value: unknown }[] };
    expect(report.sheets).toEqual(['Evaluasi Mutasi', 'IKM Layanan']);
    expect(report.figures.find((f) => f.key === 'evaluationRows')?.value).toBe(APPROVED * 3);

    const form = sheet(await load(out), 'Evaluasi Mutasi');
    const { row, col } = header(form);
    const rows: { nip: string; month: unknown; due: unknown; r: number }[] = [];
    for (let r = row + 1; r <= form.rowCount; r++) {
      const nip = text(form.getCell(r, col('NIP')).value);
      if (nip !== '')
        rows.push({ nip, month: form.getCell(r, col('Evaluasi Bulan ke-')).value, due: form.getCell(r, col('Jatuh Tempo')).value, r });
    }
    expect(rows).toHaveLength(APPROVED * 3);
    for (const nip of approvedNips) expect(rows.filter((x) => x.nip === nip).map((x) => x.month)).toEqual([3, 6, 12]);
    // Due dates are real dates: the effective date the plan recorded (1 December 2026) plus the months.
    expect(rows.slice(0, 3).map((x) => x.due)).toEqual([
      new Date(Date.UTC(2027, 2, 1)),
      new Date(Date.UTC(2027, 5, 1)),
      new Date(Date.UTC(2027, 11, 1)),
    ]);

    const first = rows[0]!.r;
    const validation = (name: string) => form.getCell(first, col(name)).dataValidation;
    expect(validation('Predikat Kinerja')).toMatchObject({
      type: 'list',
      formulae: ['"Sangat Baik,Baik,Butuh Perbaikan,Kurang,Sangat Kurang"'],
    });
    expect(validation('Adaptasi (1-5)')).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5] });
    expect(validation('Kepuasan Atasan (1-5)')).toMatchObject({ type: 'whole', formulae: [1, 5] });
    expect(validation('Nilai IKM Unit')).toMatchObject({ type: 'decimal', formulae: [25, 100] });
    expect(validation('Pelatihan Selesai')).toMatchObject({ type: 'list', formulae: ['"Ya,Belum,Tidak Perlu"'] });
    expect(validation('Rekomendasi')).toMatchObject({
      type: 'list',
      formulae: ['"Lanjutkan,Pembinaan,Pelatihan,Pertimbangkan Penempatan Ulang"'],
    });
    expect(form.getCell(rows.at(-1)!.r, col('Rekomendasi')).dataValidation).toMatchObject({ type: 'list' });

    // Protected without a password: the input cells are unlocked, the rest is not.
    const protection = (form as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, autoFilter: true });
    expect(protection?.hashValue).toBeUndefined();
    expect(form.getCell(first, col('Catatan')).protection).toMatchObject({ locked: false });
    expect(form.getCell(first, col('Predikat Kinerja')).protection).toMatchObject({ locked: false });
    expect(form.getCell(first, col('NIP')).protection?.locked).not.toBe(false);
  }, 60_000);
});

/** The respondent tables of IKM Layanan: unit → first and last data row. */
function surveys(ikm: ExcelJS.Worksheet): Map<string, { first: number; last: number }> {
  const found = new Map<string, { first: number; last: number }>();
  for (let r = 1; r <= ikm.rowCount; r++) {
    const title = /^Responden (.+)$/.exec(text(ikm.getCell(r, 1).value));
    if (!title) continue;
    let headerRow = r + 1;
    while (text(ikm.getCell(headerRow, 1).value) !== 'Responden') headerRow++;
    let last = headerRow;
    while (text(ikm.getCell(last + 1, 1).value) !== '') last++;
    found.set(title[1]!, { first: headerRow + 1, last });
  }
  return found;
}

/** The IKM of answers computed here, apart from the engine: Σ(average × 0.111) × 25, two decimals, and its grade. */
function expectedIkm(answers: readonly (readonly (number | null)[])[]): { ikm: number; grade: string } {
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    const column = answers.map((row) => row[k]).filter((v): v is number => v !== null && v !== undefined);
    sum += (column.reduce((a, b) => a + b, 0) / column.length) * 0.111;
  }
  const ikm = Math.round(sum * 25 * 100) / 100;
  const grade = ikm >= 88.31 ? 'A' : ikm >= 76.61 ? 'B' : ikm >= 65 ? 'C' : 'D';
  return { ikm, grade };
}

function fillSurvey(ikm: ExcelJS.Worksheet, rows: { first: number }, answers: readonly (readonly (number | null)[])[]): void {
  answers.forEach((answer, i) => answer.forEach((value, k) => (ikm.getCell(rows.first + i, 2 + k).value = value)));
}

const soffice = findSoffice();
const withSoffice = 'soffice' in soffice ? it : it.skip;

describe('IKM Layanan', () => {
  withSoffice(
    'has live formulas whose values, recalculated by LibreOffice, match the IKM and grade computed independently',
    async () => {
      const workbook = await load(evaluated);
      const ikm = sheet(workbook, 'IKM Layanan');
      const units = [...surveys(ikm).entries()];
      expect(units.length).toBeGreaterThanOrEqual(4);
      const patterns: (number | null)[][][] = [
        Array.from({ length: 5 }, () => Array<number>(9).fill(4)),
        Array.from({ length: 6 }, (_, i) => Array.from({ length: 9 }, (_, k) => ((i + k) % 2 === 0 ? 3 : 4))),
        [Array<number>(9).fill(3), [3, 3, null, 3, 3, 3, 3, 3, 3], Array<number>(9).fill(2)],
        Array.from({ length: 4 }, () => Array<number>(9).fill(2)),
      ];
      patterns.forEach((answers, u) => fillSurvey(ikm, units[u]![1], answers));
      // The summary table: unit names in column A under the header "Unit Kerja".
      let summaryHeader = 1;
      while (text(ikm.getCell(summaryHeader, 1).value) !== 'Unit Kerja') summaryHeader++;
      const summaryRow = (unit: string) => {
        for (let r = summaryHeader + 1; ; r++) if (text(ikm.getCell(r, 1).value) === unit) return r;
      };
      const before = summaryRow(units[1]![0]);
      ikm.getCell(before, 15).value = 80;
      const input = join(dir, 'ikm-filled.xlsx');
      await save(workbook, input);

      const outDir = mkdtempSync(join(tmpdir(), 'ikm-lo-'));
      const recalculated = sheet(
        await load(convertWithSoffice((soffice as { soffice: string }).soffice, input, 'xlsx', outDir)),
        'IKM Layanan',
      );
      const result = (r: number, c: number) => {
        const value = recalculated.getCell(r, c).value;
        // A formula whose result is "" is read back with no result at all.
        return value !== null && typeof value === 'object' && 'formula' in value ? (value.result ?? '') : value;
      };
      patterns.forEach((answers, u) => {
        const r = summaryRow(units[u]![0]);
        const expected = expectedIkm(answers);
        expect(result(r, 12)).toBeCloseTo(expected.ikm, 2);
        expect(result(r, 13)).toBe(expected.grade);
        expect(result(r, 2)).toBe(answers.length);
      });
      expect(patterns.map((answers) => expectedIkm(answers).grade)).toEqual(['A', 'B', 'C', 'D']);
      expect(result(before, 14)).toBe('Baik');
      expect(result(before, 16)).toBeCloseTo(expectedIkm(patterns[1]!).ikm - 80, 2);
      // A unit nobody answered for shows no index rather than an error.
      expect(text(result(summaryRow(units[units.length - 1]![0]), 12) as ExcelJS.CellValue)).toBe('');
    },
    240_000,
  );
});

describe('mutasi followup', () => {
  const filled = join(dir, 'filled.xlsx');
  let expectedFlagged: string[] = [];

  beforeAll(async () => {
    const workbook = await load(evaluated);
    const form = sheet(workbook, 'Evaluasi Mutasi');
    const { row, col } = header(form);
    const rowOf = (nip: string, month: number) => {
      for (let r = row + 1; r <= form.rowCount; r++) {
        if (text(form.getCell(r, col('NIP')).value) === nip && form.getCell(r, col('Evaluasi Bulan ke-')).value === month) return r;
      }
      throw new Error(`no row for ${nip} month ${month}`);
    };
    const fill = (nip: string, month: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [name, value] of Object.entries(values)) form.getCell(rowOf(nip, month), col(name)).value = value;
    };
    const [n0, n1, n2, n3, n4, n5] = approvedNips as [string, string, string, string, string, string];
    // A poor start, then good at six months: the latest evaluation counts.
    fill(n0, 3, { 'Predikat Kinerja': 'Kurang', 'Adaptasi (1-5)': 2 });
    fill(n0, 6, { 'Predikat Kinerja': 'Baik', 'Adaptasi (1-5)': 4, Rekomendasi: 'Lanjutkan' });
    fill(n1, 3, { 'Predikat Kinerja': 'Baik', 'Adaptasi (1-5)': 2 });
    fill(n2, 3, { Rekomendasi: 'pertimbangkan penempatan ulang', Catatan: 'Tidak cocok dengan tugas baru' });
    fill(n3, 3, { 'Predikat Kinerja': 'Sangat Baik', 'Adaptasi (1-5)': 5, 'Kepuasan Atasan (1-5)': 5, Rekomendasi: 'Lanjutkan' });
    // Typed as people do: text in a number cell, a word not in the list, a score out of range.
    fill(n4, 3, { 'Adaptasi (1-5)': 'baik', 'Predikat Kinerja': 'Luar biasa', Rekomendasi: 'Lanjutkan' });
    fill(n5, 3, { 'Predikat Kinerja': 'butuh perbaikan', 'Kepuasan Atasan (1-5)': 9 });
    expectedFlagged = [n1, n2, n5];

    // A public-service placement rated well by its supervisor, in a unit whose public rates it grade D.
    const ikm = sheet(workbook, 'IKM Layanan');
    const tables = surveys(ikm);
    const service = approvedNips.slice(6).find((nip) => tables.has(text(form.getCell(rowOf(nip, 3), col('Unit Kerja Baru')).value)));
    if (service !== undefined) {
      const unit = text(form.getCell(rowOf(service, 3), col('Unit Kerja Baru')).value);
      fillSurvey(
        ikm,
        tables.get(unit)!,
        Array.from({ length: 3 }, () => Array<number>(9).fill(2)),
      );
      fill(service, 3, { 'Predikat Kinerja': 'Baik', 'Adaptasi (1-5)': 4, Rekomendasi: 'Lanjutkan' });
      expectedFlagged.push(service);
      // Others in the same unit are flagged by the same survey once they are evaluated.
      for (const nip of approvedNips.slice(0, 6)) {
        if (text(form.getCell(rowOf(nip, 3), col('Unit Kerja Baru')).value) === unit && !expectedFlagged.includes(nip)) {
          const latest = [12, 6, 3].find((m) => form.getCell(rowOf(nip, m), col('Predikat Kinerja')).value !== null);
          if (latest !== undefined) expectedFlagged.push(nip);
        }
      }
    }
    const order = new Map(approvedNips.map((nip, i) => [nip, i]));
    expectedFlagged.sort((a, b) => order.get(a)! - order.get(b)!);
    await save(workbook, filled);
  }, 60_000);

  it('lists exactly the placements whose evaluation calls for action, and names every unreadable cell', async () => {
    const out = join(dir, 'followup.xlsx');
    const run = await runCli('followup', filled, '--out', out, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.join('\n')) as {
      sheets: string[];
      flagged: string[];
      issues: { code: string; sheet: string; row: number; column: string; value: string }[];
    };
    expect(report.sheets).toEqual(['Tindak Lanjut']);
    expect(report.flagged).toEqual(expectedFlagged);
    const codes = report.issues.map((i) => [i.code, i.column, i.value]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['EVALUATION_NOT_NUMBER', 'Adaptasi (1-5)', 'baik'],
        ['EVALUATION_VALUE_UNKNOWN', 'Predikat Kinerja', 'Luar biasa'],
        ['EVALUATION_OUT_OF_RANGE', 'Kepuasan Atasan (1-5)', '9'],
      ]),
    );
    expect(report.issues.every((i) => i.sheet === 'Evaluasi Mutasi' && i.row > 4)).toBe(true);
    expect(report.issues.length).toBeGreaterThanOrEqual(3);

    const sheetOut = sheet(await load(out), 'Tindak Lanjut');
    const { row, col } = header(sheetOut);
    const listed: string[] = [];
    for (let r = row + 1; r <= sheetOut.rowCount; r++) listed.push(text(sheetOut.getCell(r, col('NIP')).value));
    expect(listed).toEqual(expectedFlagged);
    const action = (nip: string) => text(sheetOut.getCell(row + 1 + listed.indexOf(nip), col('Tindakan yang Disarankan')).value);
    expect(action(approvedNips[1]!)).toMatch(/^Pendampingan adaptasi/);
    expect(action(approvedNips[2]!)).toMatch(/^Pertimbangkan penempatan ulang/);
    expect(action(approvedNips[5]!)).toMatch(/^Pembinaan kinerja/);
  }, 60_000);

  it('with --replan writes a new Usulan Mutasi that moves only the flagged employees, each for the follow-up', async () => {
    // Every supervisor asks for a new post at three months: those the rules let move, and only they, get one.
    const workbook = await load(evaluated);
    const form = sheet(workbook, 'Evaluasi Mutasi');
    const { row, col } = header(form);
    for (let r = row + 1; r <= form.rowCount; r++) {
      if (form.getCell(r, col('Evaluasi Bulan ke-')).value === 3)
        form.getCell(r, col('Rekomendasi')).value = 'Pertimbangkan Penempatan Ulang';
    }
    const input = join(dir, 'replace-all.xlsx');
    await save(workbook, input);
    const out = join(dir, 'replan.xlsx');
    const run = await runCli('followup', input, '--out', out, '--json', '--replan', '--date', '2027-06-01');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.join('\n')) as { sheets: string[]; flagged: string[] };
    expect(report.sheets.slice(0, 3)).toEqual(['Tindak Lanjut', 'Ringkasan (2)', 'Usulan Mutasi (2)']);
    expect([...report.flagged].sort()).toEqual([...approvedNips].sort());
    const proposals = sheet(await load(out), 'Usulan Mutasi (2)');
    const head = header(proposals);
    const moved: string[] = [];
    for (let r = head.row + 1; r <= proposals.rowCount; r++) {
      const nip = text(proposals.getCell(r, head.col('NIP')).value);
      if (nip === '') continue;
      moved.push(nip);
      expect(text(proposals.getCell(r, head.col('Dasar Usulan')).value)).toMatch(/^Tindak Lanjut Evaluasi/);
    }
    expect(moved.length).toBeGreaterThan(0);
    for (const nip of moved) expect(report.flagged).toContain(nip);

    // The same workbook with only the three earlier flagged: nobody else moves.
    const narrow = await runCli('followup', filled, '--out', join(dir, 'replan-narrow.xlsx'), '--json', '--replan', '--date', '2027-06-01');
    expect(narrow.code).toBe(0);
    const narrowed = sheet(await load(join(dir, 'replan-narrow.xlsx')), 'Usulan Mutasi (2)');
    const narrowHead = header(narrowed);
    for (let r = narrowHead.row + 1; r <= narrowed.rowCount; r++) {
      const nip = text(narrowed.getCell(r, narrowHead.col('NIP')).value);
      if (nip !== '') expect(expectedFlagged).toContain(nip);
    }
  }, 180_000);
});

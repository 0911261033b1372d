import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './harness';
import { PLANTED } from '../../src/sample/planted';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function sheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

function headerAndRows(ws: ExcelJS.Worksheet): { header: string[]; rows: unknown[][] } {
  const all: unknown[][] = [];
  ws.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
  const at = all.findIndex((r) => r[0] === 'No');
  return { header: all[at] as string[], rows: all.slice(at + 1) };
}

describe('mutasi CLI', () => {
  const dir = tempDir();
  const sample = join(dir, 'sampel.xlsx');

  beforeAll(async () => {
    const run = await runCli('sample', '--employees', '600', '--seed', '7', '--out', sample);
    expect(run.code).toBe(0);
  });

  it('validates the sample with exit 0 and reports the table sizes', async () => {
    const run = await runCli('validate', sample);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/Data terbaca: 600 pegawai/);
  });

  it('plans, writes every input sheet plus the result sheets, and leaves the input byte-for-byte unchanged', async () => {
    const before = sha(sample);
    const out = join(dir, 'hasil.xlsx');
    const run = await runCli('plan', sample, '--out', out, '--date', '2026-12-01', '--json');
    expect(run.code).toBe(0);
    expect(sha(sample)).toBe(before);
    const summary = JSON.parse(run.stdout.at(-1)!);
    expect(summary.sheets).toEqual(
      expect.arrayContaining(['Ringkasan', 'Usulan Mutasi', 'Analisis Kebutuhan', 'Catatan Data', '_RencanaMutasi']),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.slice(0, 3).map((w) => w.name)).toEqual(['Pegawai', 'Jabatan', 'Unit Kerja']);
    expect(wb.getWorksheet('_RencanaMutasi')!.state).toBe('hidden');
    const { header, rows } = headerAndRows(await sheet(out, 'Usulan Mutasi'));
    expect(header).toEqual([
      'No',
      'ID Usulan',
      'NIP',
      'Nama',
      'Golongan',
      'Unit Asal',
      'Kode Jabatan Asal',
      'Jabatan Asal',
      'Unit Tujuan',
      'Kode Jabatan Tujuan',
      'Jabatan Tujuan',
      'Skor Asal',
      'Skor Tujuan',
      'Alasan Utama',
      'Dasar Usulan',
      'Perlu Perhatian',
      'Keputusan',
      'Catatan Peninjau',
      'Peninjau',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(typeof row[2]).toBe('string');
      expect(row[2]).toMatch(/^\d{18}$/);
      expect(String(row[14])).not.toBe(''); // Dasar Usulan: every move has a purpose
      expect(row[16]).toBe('Diusulkan');
    }
    const figures = Object.fromEntries(summary.figures.map((f: { key: string; value: unknown }) => [f.key, f.value]));
    expect(figures.ruleViolations).toBe(0);
    expect(figures.optimal).toBe('Ya');
  });

  it('gives the same proposals for the same input', async () => {
    const ids = async (out: string) => {
      expect((await runCli('plan', sample, '--out', out, '--date', '2026-12-01')).code).toBe(0);
      return headerAndRows(await sheet(out, 'Usulan Mutasi')).rows.map((r) => `${r[1]} ${r[2]} ${r[9]}`);
    };
    expect(await ids(join(dir, 'a.xlsx'))).toEqual(await ids(join(dir, 'b.xlsx')));
  });

  it('moves the brief’s nursing graduate from Dinas Sosial to Dinas Kesehatan, as she asked', async () => {
    const out = join(dir, 'brief.xlsx');
    expect((await runCli('plan', sample, '--out', out, '--date', '2026-12-01')).code).toBe(0);
    const { rows } = headerAndRows(await sheet(out, 'Usulan Mutasi'));
    const nurse = rows.find((r) => r[2] === PLANTED.nursingGraduate.nip);
    expect(nurse?.[8]).toBe(PLANTED.nursingGraduate.targetUnit);
  });

  it('writes English sheet names with --lang en', async () => {
    const out = join(dir, 'en.xlsx');
    const run = await runCli('plan', sample, '--out', out, '--date', '2026-12-01', '--lang', 'en', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.at(-1)!).sheets).toEqual(
      expect.arrayContaining(['Summary', 'Proposed Transfers', 'Staffing Needs', 'Data Issues']),
    );
  });

  it('refuses to write over its input (exit 2) and names the problem', async () => {
    const run = await runCli('plan', sample, '--out', sample);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/tidak boleh sama/);
  });

  it('exits 2 for a file that is not an xlsx, and for an unknown command', async () => {
    const junk = join(dir, 'bukan.xlsx');
    writeFileSync(junk, 'bukan workbook');
    expect((await runCli('validate', junk)).code).toBe(2);
    expect((await runCli('terbang')).code).toBe(2);
    expect((await runCli('validate', join(dir, 'tidak-ada.xlsx'))).code).toBe(2);
  });

  it('exits 1 with sheet, row and column named when the data is broken, leaving the file untouched', async () => {
    const broken = join(dir, 'rusak.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const ws = wb.getWorksheet('Pegawai')!;
    ws.getCell('A3').value = 19850101201001100; // a NIP stored as a number has lost digits
    ws.getCell('A4').value = ws.getCell('A5').value; // duplicate NIP
    await wb.xlsx.writeFile(broken);
    const before = sha(broken);
    const run = await runCli('validate', broken);
    expect(run.code).toBe(1);
    const text = run.stdout.join('\n');
    expect(text).toMatch(/Pegawai/);
    expect(text).toMatch(/baris 3/);
    expect(text).toMatch(/NIP/);
    expect(sha(broken)).toBe(before);
    const json = JSON.parse((await runCli('validate', broken, '--json', '--lang', 'en')).stdout.at(-1)!);
    expect(json.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['NIP_AS_NUMBER', 'NIP_DUPLICATE']));
    const plan = await runCli('plan', broken, '--out', join(dir, 'x.xlsx'));
    expect(plan.code).toBe(1);
    const skipped = await runCli('plan', broken, '--out', join(dir, 'skipped.xlsx'), '--skip-invalid-rows', '--date', '2026-12-01');
    expect(skipped.code).toBe(0);
    const { rows } = headerAndRows(await sheet(join(dir, 'skipped.xlsx'), 'Catatan Data'));
    expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining(['ROW_EXCLUDED']));
  });

  it('reads a policy file: a rule switched off changes who may move; a bad value exits 2 and is named', async () => {
    const ready = async (policy: object | null) => {
      const args = ['plan', sample, '--out', join(dir, 'policy.xlsx'), '--date', '2026-12-01', '--json'];
      if (policy) {
        const file = join(dir, 'kebijakan.json');
        writeFileSync(file, JSON.stringify(policy));
        args.push('--policy', file);
      }
      const run = await runCli(...args);
      return { run, ready: JSON.parse(run.stdout.at(-1)!).figures?.find((f: { key: string }) => f.key === 'ready')?.value };
    };
    const base = await ready(null);
    const relaxed = await ready({ rules: { minTenure: { enabled: false } } });
    expect(relaxed.ready).toBeGreaterThan(base.ready);
    const bad = await ready({ rules: { minTenure: { years: -3 } } });
    expect(bad.run.code).toBe(2);
    expect(JSON.parse(bad.run.stdout.at(-1)!).issues[0].code).toMatch(/^POLICY_/);
  });

  it('solves an assignment instance and prints the JSON last', async () => {
    const file = join(dir, 'instance.json');
    writeFileSync(
      file,
      JSON.stringify({
        rows: 2,
        cols: 2,
        capacity: [1, 1],
        edges: [
          [0, 0, 5],
          [0, 1, 3],
          [1, 0, 4],
          [1, 1, 1],
        ],
      }),
    );
    const run = await runCli('solve', file);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.at(-1)!)).toMatchObject({ objective: 7, assignment: [1, 0] });
  });
});

import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../cli/harness';

const dir = tempDir();
const sample = join(dir, 'sample.xlsx');
const planned = join(dir, 'planned.xlsx');
const reviewed = join(dir, 'reviewed.xlsx');

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Column number (1-based) of `header` in the row that holds it. */
function findHeader(sheet: ExcelJS.Worksheet, header: string): { row: number; column: number } {
  for (let r = 1; r <= 10; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return { row: r, column: c };
  }
  throw new Error(`no header ${header}`);
}

/** NIPs of the proposals, in sheet order, and NIPs written into the decree appendix (the line under the name). */
function proposalNips(sheet: ExcelJS.Worksheet): string[] {
  const nip = findHeader(sheet, 'NIP');
  const nips: string[] = [];
  for (let r = nip.row + 1; r <= sheet.rowCount; r++) {
    const value = sheet.getCell(r, nip.column).value;
    if (typeof value === 'string' && value !== '') nips.push(value);
  }
  return nips;
}

function appendixNips(sheet: ExcelJS.Worksheet): string[] {
  const nips: string[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(2).value;
    const match = typeof value === 'string' ? /NIP\.? (\d{18})/.exec(value) : null;
    if (match?.[1]) nips.push(match[1]);
  });
  return nips;
}

const approved: string[] = [];
let allProposals: string[] = [];

beforeAll(async () => {
  expect((await runCli('sample', '--employees', '300', '--seed', '11', '--out', sample)).code).toBe(0);
  expect((await runCli('plan', sample, '--out', planned, '--date', '2026-12-01')).code).toBe(0);
  const workbook = await load(planned);
  const proposals = workbook.getWorksheet('Usulan Mutasi');
  if (!proposals) throw new Error('no Usulan Mutasi');
  allProposals = proposalNips(proposals);
  expect(allProposals.length).toBeGreaterThanOrEqual(3);
  const decision = findHeader(proposals, 'Keputusan');
  const nip = findHeader(proposals, 'NIP');
  // Reviewers approve the 2nd and the 3rd proposal.
  for (const r of [decision.row + 2, decision.row + 3]) {
    proposals.getCell(r, decision.column).value = 'Setuju';
    approved.push(String(proposals.getCell(r, nip.column).value));
  }
  writeFileSync(reviewed, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}, 120_000);

describe('mutasi decree', () => {
  it('writes exactly the approved transfers into Lampiran SK, with notices and the service impact', async () => {
    const out = join(dir, 'decree.xlsx');
    const run = await runCli('decree', reviewed, '--out', out, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.join('\n')) as { sheets: string[]; figures: { key: string; value: unknown }[] };
    expect(report.sheets).toEqual(['Lampiran SK', 'Pemberitahuan', 'Dampak Layanan']);
    expect(report.figures.find((f) => f.key === 'decreeMoves')?.value).toBe(2);
    // The effective date the plan recorded in _RencanaMutasi.
    expect(report.figures.find((f) => f.key === 'effectiveDate')?.value).toBe('1 Desember 2026');
    const workbook = await load(out);
    const appendix = workbook.getWorksheet('Lampiran SK');
    if (!appendix) throw new Error('no Lampiran SK');
    expect(appendixNips(appendix)).toEqual(approved);
    expect(appendix.getCell('A6').value).toBe('NO');
    expect(appendix.pageSetup.printTitlesRow).toBe('6:7');
    const notices = workbook.getWorksheet('Pemberitahuan');
    expect(notices?.getCell(5, 2).value).toBe(approved[0]);
    expect(notices?.getCell(5, 7).value).toEqual(new Date(Date.UTC(2026, 11, 1)));
  }, 60_000);

  it('with --draft takes every proposal not rejected', async () => {
    const out = join(dir, 'draft.xlsx');
    const run = await runCli('decree', reviewed, '--out', out, '--draft');
    expect(run.code).toBe(0);
    const appendix = (await load(out)).getWorksheet('Lampiran SK');
    if (!appendix) throw new Error('no Lampiran SK');
    expect(appendixNips(appendix)).toEqual(allProposals);
  }, 60_000);

  it('works in English, and an unknown target code is an error naming the sheet and row', async () => {
    const out = join(dir, 'decree-en.xlsx');
    const run = await runCli('decree', reviewed, '--out', out, '--lang', 'en', '--date', '2027-01-02');
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toContain('Decree appendix, notices and service impact written to');
    const workbook = await load(out);
    expect(workbook.getWorksheet('Decree Appendix')).toBeDefined();
    expect(workbook.getWorksheet('Notices')?.getCell(5, 7).value).toEqual(new Date(Date.UTC(2027, 0, 2)));
    expect(workbook.getWorksheet('Service Impact')).toBeDefined();

    const broken = join(dir, 'broken.xlsx');
    const edited = await load(reviewed);
    const proposals = edited.getWorksheet('Usulan Mutasi');
    if (!proposals) throw new Error('no Usulan Mutasi');
    const target = findHeader(proposals, 'Kode Jabatan Tujuan');
    proposals.getCell(target.row + 2, target.column).value = 'TIDAK-ADA-99';
    writeFileSync(broken, new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer));
    const failed = await runCli('decree', broken, '--out', join(dir, 'never.xlsx'), '--json');
    expect(failed.code).toBe(1);
    const issues = (JSON.parse(failed.stdout.join('\n')) as { issues: { code: string; sheet: string; row: number }[] }).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'DECREE_UNKNOWN_POSITION', sheet: 'Usulan Mutasi', row: target.row + 2 }),
    );
  }, 60_000);
});

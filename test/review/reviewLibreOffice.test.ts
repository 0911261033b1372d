/**
 * A reviewed plan workbook saved by LibreOffice Calc (test/fixtures/xlsx/plan60-reviewed-libreoffice.xlsx,
 * made by make-reviewed.mjs: rows reversed, Setuju / TOLAK / Revisi typed in mixed case with
 * notes, then saved by LibreOffice): `review` keeps the approved pair with its decision and
 * note, never proposes the rejected or revised pair again, and leaves the reviewed sheet as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReviewedProposals } from '../../src/domain/input/reviewedProposals';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { runCli, tempDir } from '../cli/harness';

const FIXTURE = join(__dirname, '..', 'fixtures', 'xlsx', 'plan60-reviewed-libreoffice.xlsx');

async function valuesOf(path: string) {
  return (await ExcelJsWorkbook.fromBuffer(readFileSync(path))).readValues();
}

describe('review of a workbook saved by LibreOffice', () => {
  const out = join(tempDir(), 'rencana-2.xlsx');

  it('keeps the approved pair with its words, drops the rejected and revised pairs, and leaves the reviewed sheet as it was', async () => {
    const before = await valuesOf(FIXTURE);
    const reviewed = readReviewedProposals(before).sheet!;
    expect(reviewed.sheetName).toBe('Usulan Mutasi');
    const decided = (decision: string) => reviewed.rows.filter((r) => r.decision === decision);
    expect([decided('approved').length, decided('rejected').length, decided('revise').length]).toEqual([1, 1, 1]);

    const run = await runCli('review', FIXTURE, '--out', out, '--date', '2026-12-01');
    expect(run.code).toBe(0);

    const after = await valuesOf(out);
    const next = readReviewedProposals(after).sheet!;
    expect(next.sheetName).toBe('Usulan Mutasi (2)');
    const pairs = new Map(next.rows.map((r) => [`${r.nip}|${r.targetCode}`, r]));
    const approved = decided('approved')[0]!;
    expect(pairs.get(`${approved.nip}|${approved.targetCode}`)).toMatchObject({
      decision: 'approved',
      note: 'Sesuai kebutuhan unit',
      reviewer: 'Sekda',
    });
    for (const r of [...decided('rejected'), ...decided('revise')]) expect(pairs.has(`${r.nip}|${r.targetCode}`)).toBe(false);

    // The reviewed sheet is carried over unchanged; every reviewer word is somewhere in the output.
    const sheet = (values: typeof before, name: string) => values.sheets.find((s) => s.name === name)?.rows;
    expect(sheet(after, 'Usulan Mutasi')).toEqual(sheet(before, 'Usulan Mutasi'));
    const text = JSON.stringify(after.sheets.filter((s) => s.name !== 'Usulan Mutasi').map((s) => s.rows));
    for (const note of ['Sesuai kebutuhan unit', 'Pegawai baru saja pindah rumah', 'Cari jabatan di kecamatan'])
      expect(text).toContain(note);
  });
});

/**
 * The two new sheets through the engine's entry point: their place among the outputs, their
 * names and words in both languages, the extra grouping column, and a real .xlsx write.
 */
import { parseCliArgs } from '../../src/cli/args';
import type { CellValue, WorkbookValues } from '../../src/domain/model/cell';
import type { SheetModel } from '../../src/domain/output/sheetModel';
import { runPipeline } from '../../src/domain/pipeline';
import { generateSample } from '../../src/sample/generateSample';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { DEMO_DATE, valuesOfSheets } from '../fairness/sampleRun';

const sample = valuesOfSheets(generateSample({ employees: 400, seed: 3 }).sheets);

/** The sample with a "Agama" column added to the Pegawai sheet. */
function withReligion(values: WorkbookValues): WorkbookValues {
  return {
    ...values,
    sheets: values.sheets.map((sheet) =>
      sheet.name !== 'Pegawai'
        ? sheet
        : { ...sheet, rows: sheet.rows.map((row, i) => [...row, i === 0 ? 'Agama' : i % 3 === 0 ? 'Kristen' : 'Islam']) },
    ),
  };
}

async function plan(lang: 'id' | 'en', values: WorkbookValues = sample, fairnessAttributes?: string[]) {
  const result = await runPipeline(values, {
    command: 'plan',
    lang,
    effectiveDate: DEMO_DATE,
    ...(fairnessAttributes ? { fairnessAttributes } : {}),
  });
  if (result.status !== 'ok') throw new Error(`plan failed: ${result.status}`);
  return result;
}

const texts = (sheet: SheetModel): string[] => {
  const rows: readonly (readonly CellValue[])[] =
    sheet.kind === 'table'
      ? sheet.rows
      : sheet.sections.flatMap((s) => [[s.title, ...(s.notes ?? [])], s.columns.map((c) => c.header), ...s.rows]);
  return [...(sheet.titleLines ?? []), ...rows.flat().filter((v): v is string => typeof v === 'string')];
};

describe('Justifikasi and Pemeriksaan Keadilan in the plan output', () => {
  it('come right after Usulan Mutasi, named in the output language', async () => {
    const id = await plan('id');
    const en = await plan('en');
    expect(id.sheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Usulan Mutasi',
      'Justifikasi',
      'Pemeriksaan Keadilan',
      'Analisis Kebutuhan',
      'Kesiapan Pegawai',
      'Catatan Data',
      '_RencanaMutasi',
    ]);
    expect(en.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Proposed Transfers',
      'Justifications',
      'Fairness Checks',
      'Staffing Needs',
      'Employee Readiness',
      'Data Issues',
      '_RencanaMutasi',
    ]);
    for (const result of [id, en]) {
      for (const sheet of result.sheets.slice(1, 4)) {
        const raw = texts(sheet).filter((text) => /\b(explain|fairness|scoring|rules|sheets)\.[A-Za-z]/.test(text));
        expect({ sheet: sheet.name, raw }).toEqual({ sheet: sheet.name, raw: [] });
      }
    }
    const statuses = (result: typeof id) => {
      const fairness = result.sheets[3];
      return fairness?.kind === 'sections' ? [...new Set(fairness.sections[0]!.rows.map((r) => r[2]))] : [];
    };
    expect(statuses(id).length).toBeGreaterThan(0);
    expect(statuses(en).length).toBeGreaterThan(0);
    expect(statuses(id).every((s) => ['Lulus', 'Perhatian', 'Gagal', 'Dilaporkan'].includes(String(s)))).toBe(true);
    expect(statuses(en).every((s) => ['Pass', 'Attention', 'Fail', 'Reported'].includes(String(s)))).toBe(true);
  });

  it('justifies every proposal on the row of the same number, and Alasan Utama is its summary', async () => {
    const result = await plan('id');
    const [, proposals, justifications] = result.sheets;
    if (proposals?.kind !== 'table' || justifications?.kind !== 'table') throw new Error('table sheets expected');
    expect(justifications.rows.map((r) => [r[0], r[1], r[2]])).toEqual(proposals.rows.map((r) => [r[0], r[1], r[2]]));
    expect(justifications.columns.slice(0, 10).map((c) => c.header)).toEqual([
      'No',
      'ID Usulan',
      'NIP',
      'Nama',
      'Dari',
      'Ke',
      'Alasan',
      'Rantai',
      'Kandidat Berikutnya',
      'Selisih Nilai',
    ]);
    expect(proposals.rows.length).toBeGreaterThan(0);
    for (const row of proposals.rows) expect(String(row[13]).length).toBeGreaterThan(10);
    for (const row of justifications.rows) expect(typeof row[9]).toBe('number');
  });

  it('is deterministic: the same workbook gives the same proposals, justifications and fairness sheets', async () => {
    const [a, b] = [await plan('id'), await plan('id')];
    expect(b.sheets.slice(1, 4)).toEqual(a.sheets.slice(1, 4));
  });

  it('adds fairness figures to the key figures', async () => {
    const result = await plan('en');
    const keys = result.figures.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['fairnessFail', 'fairnessAttention', 'fairnessPass', 'justifiedEnvy', 'rotationLeftBehind', 'zeroMargins']),
    );
    const count = (key: string) => Number(result.figures.find((f) => f.key === key)?.value);
    // Eleven checks; the move rate is reported, not judged, so ten carry a verdict.
    expect(count('fairnessFail') + count('fairnessAttention') + count('fairnessPass')).toBe(10);
  });

  it('groups by an extra employee column the user picks, and notes a name it cannot find', async () => {
    const result = await plan('id', withReligion(sample), ['agama', 'Suku']);
    const fairness = result.sheets[3];
    if (fairness?.kind !== 'sections') throw new Error('sections sheet expected');
    const moveRate = fairness.sections[1]!;
    expect([...new Set(moveRate.rows.filter((r) => r[0] === 'Agama').map((r) => r[1]))]).toEqual(['Islam', 'Kristen']);
    expect(moveRate.notes).toContain('Kolom pengelompokan yang tidak ditemukan di sheet pegawai: Suku');
  });

  it('writes both sheets into a real workbook', async () => {
    const result = await plan('en');
    const workbook = ExcelJsWorkbook.empty();
    const names = await workbook.addSheets(result.sheets);
    expect(names).toContain('Fairness Checks');
    const reread = await ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
    const values = await reread.readValues();
    const fairness = values.sheets.find((s) => s.name === 'Fairness Checks')!;
    expect(fairness.rows[0]?.[0]).toBe('Fairness Checks of the Transfer Plan — Kota Tebing Tinggi');
    expect(fairness.rows.some((row) => row[0] === 'Grouped By' && row[1] === 'Group' && row.includes('Could Move'))).toBe(true);
  });

  it('takes the extra columns from the command line as --group-by', () => {
    expect(parseCliArgs(['plan', 'in.xlsx', '--out', 'out.xlsx', '--group-by', 'Agama, Suku ,']).groupBy).toEqual(['Agama', 'Suku']);
    expect(parseCliArgs(['plan', 'in.xlsx', '--out', 'out.xlsx']).groupBy).toEqual([]);
  });
});

import { mainReasonText } from '../../src/domain/explain/mainReason';
import { renderMessage } from '../../src/i18n';
import { checkTexts } from '../../src/domain/fairness/fairnessLabels';
/**
 * The structured summaries `runPipeline` gives its hosts (the task pane's Kebutuhan,
 * Kebijakan and Rencana steps): needs per unit for `validate` and `plan`, the fairness
 * checks and the proposals with their row in Usulan Mutasi — plain data that survives a
 * structured clone to and from the planning worker.
 */
import { runPipeline } from '../../src/domain/pipeline';
import type { PipelineOptions, PipelineResult } from '../../src/domain/pipelineTypes';
import type { TableSheetModel } from '../../src/domain/output/sheetModel';
import { generateSample } from '../../src/sample/generateSample';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { tableHeaderRow } from '../../src/domain/output/sheetLayout';
import { DEMO_DATE, valuesOfSheets } from '../fairness/sampleRun';

const sample = valuesOfSheets(generateSample({ employees: 300, seed: 2 }).sheets);
type Ok = Extract<PipelineResult, { status: 'ok' }>;

async function run(options: Partial<PipelineOptions> = {}): Promise<Ok> {
  const result = await runPipeline(sample, { command: 'plan', lang: 'id', effectiveDate: DEMO_DATE, ...options });
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result;
}

const figureOf = (result: Ok, key: string) => result.figures.find((f) => f.key === key)?.value;

describe('pipeline summaries for the hosts', () => {
  let validated: Ok;
  let planned: Ok;
  beforeAll(async () => {
    validated = await run({ command: 'validate' });
    planned = await run();
  });

  it('gives validate the needs per unit, largest shortage first, without after-plan figures', () => {
    const needs = validated.needs;
    expect(needs?.planned).toBe(false);
    const units = needs?.units ?? [];
    // Units of the unit sheet and any unit named only in positions.
    expect(units.length).toBeGreaterThanOrEqual(Number(figureOf(validated, 'units')));
    for (let i = 1; i < units.length; i++) expect(units[i - 1]!.gap).toBeGreaterThanOrEqual(units[i]!.gap);
    for (const u of units) {
      expect(u.after).toBeUndefined();
      expect(u.gap).toBe(u.need - u.staff);
      expect(['abk', 'workload', 'formasi']).toContain(u.source);
      if (u.need > 0) expect(u.fillRatio).toBeCloseTo(u.staff / u.need, 10);
      else expect(u.fillRatio).toBeNull();
    }
    expect(needs?.totals.shortageUnits).toBe(units.filter((u) => u.gap > 0).length);
    expect(needs?.totals.shortage).toBe(units.reduce((sum, u) => sum + Math.max(0, u.gap), 0));
    expect(needs?.totals.staff).toBe(figureOf(validated, 'employees'));
    expect(units.some((u) => u.urgentVacancies.length > 0)).toBe(true);
    expect(validated.fairness).toBeUndefined();
    expect(validated.proposals).toBeUndefined();
  });

  it('gives plan the needs before and after: staff after = staff + in − out, moves balance', () => {
    const units = planned.needs?.units ?? [];
    expect(planned.needs?.planned).toBe(true);
    let incoming = 0;
    let outgoing = 0;
    for (const u of units) {
      const after = u.after;
      expect(after).toBeDefined();
      if (!after) continue;
      expect(after.staff).toBe(u.staff + after.incoming - after.outgoing);
      expect(after.gap).toBe(u.need - after.staff);
      incoming += after.incoming;
      outgoing += after.outgoing;
    }
    expect(incoming).toBe(outgoing);
    // Validate and plan see the same needs before the plan.
    const strip = (list: typeof units) => list.map(({ after: _after, ...rest }) => rest);
    expect(strip(units)).toEqual(strip(validated.needs?.units ?? []));
  });

  it('lists every fairness check with a status and a sentence; the rule re-check passes', () => {
    const checks = planned.fairness ?? [];
    expect(checks.map((c) => c.key)).toContain('RULE_RECHECK');
    expect(checks.length).toBeGreaterThanOrEqual(11);
    for (const check of checks) {
      expect(['pass', 'attention', 'fail']).toContain(check.status);
      const texts = checkTexts(check.finding, 'id');
      expect(texts.name.length).toBeGreaterThan(0);
      expect(texts.sentence).not.toMatch(/^fairness\.|\{\w+\}/);
      expect(checkTexts(check.finding, 'en').sentence).not.toBe(texts.sentence);
    }
    expect(checks.find((c) => c.key === 'RULE_RECHECK')?.status).toBe('pass');
    // The move rate is reported, not judged: it counts towards no verdict.
    const count = (status: string) => checks.filter((c) => c.judged && c.status === status).length;
    expect(checks.filter((c) => !c.judged).map((c) => c.key)).toEqual(['PARITY_MOVE_RATE']);
    expect(count('pass')).toBe(figureOf(planned, 'fairnessPass'));
    expect(count('fail')).toBe(figureOf(planned, 'fairnessFail'));
  });

  it('lists every proposal with from, to and main reason, and the Excel row where it sits in Usulan Mutasi', async () => {
    const proposals = planned.proposals;
    expect(proposals?.items.length).toBe(figureOf(planned, 'moves'));
    expect(proposals?.items.length).toBeGreaterThan(0);
    const model = planned.sheets.find((s) => s.name === proposals?.sheet) as TableSheetModel;
    expect(model.kind).toBe('table');
    for (const [i, item] of (proposals?.items ?? []).entries()) {
      expect(item.row).toBe(tableHeaderRow(model) + 1 + i);
      expect(item.mainReason).not.toBeNull();
      if (item.mainReason === null) continue;
      const words = mainReasonText(item.mainReason, 'id');
      expect(words.length).toBeGreaterThan(0);
      expect(words).not.toMatch(/\b[a-z]+\.[A-Z][A-Z_]+\b|\{\w+\}/);
      expect(item.from.unit.length + item.to.unit.length).toBeGreaterThan(1);
    }
    // The row holds that proposal's NIP in the written workbook.
    const workbook = ExcelJsWorkbook.empty();
    const [name] = await workbook.addSheets([model]);
    const values = await workbook.readValues();
    const rows = values.sheets.find((s) => s.name === name)?.rows ?? [];
    for (const item of proposals?.items.slice(0, 5) ?? []) expect(rows[item.row - 1]).toContain(item.nip);
  });

  it('survives a structured clone (worker messages) unchanged', () => {
    const { needs, fairness, proposals } = planned;
    expect(structuredClone({ needs, fairness, proposals })).toEqual({ needs, fairness, proposals });
  });

  it('follows the policy: turning off minimum tenure raises the number of employees who may move', async () => {
    const relaxed = await run({ policy: { rules: { minTenure: { enabled: false } } } });
    expect(Number(figureOf(relaxed, 'ready'))).toBeGreaterThan(Number(figureOf(planned, 'ready')));
  });

  it('carries codes, not words: the summaries are the same in either language, and words come at display time', async () => {
    const english = await run({ lang: 'en' });
    expect(english.fairness).toEqual(planned.fairness);
    expect(english.proposals?.items).toEqual(planned.proposals?.items);
    const check = english.fairness?.find((c) => c.key === 'RULE_RECHECK');
    expect(check && checkTexts(check.finding, 'en').name).toMatch(/rule/i);
    const moves = english.figures.find((f) => f.key === 'moves');
    expect(moves?.message && renderMessage(moves.message, 'en')).toBe(moves?.label);
    expect(moves?.message && renderMessage(moves.message, 'id')).toBe(planned.figures.find((f) => f.key === 'moves')?.label);
  });
});

describe('mapping overrides', () => {
  it('reads a column the user chose instead of the detected one, and reports where it read from', async () => {
    const { generateSample } = await import('../../src/sample/generateSample');
    const { runPipeline } = await import('../../src/domain/pipeline');
    const sheets = generateSample({ employees: 60, seed: 4 }).sheets;
    const values = { date1904: false, sheets: sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows] })) };
    const detected = await runPipeline(values, { command: 'validate', lang: 'id' });
    expect(detected.status).toBe('ok');
    if (detected.status !== 'ok') return;
    const pegawai = detected.sources.find((s) => s.table === 'pegawai')!;
    expect(pegawai.columns.find((c) => c.field === 'tmtJabatan')?.header).toBe('TMT Jabatan');
    // Point TMT Jabatan at the birth-date column instead of the detected one.
    const overridden = await runPipeline(values, {
      command: 'validate',
      lang: 'id',
      overrides: { pegawai: { columns: { tmtJabatan: 'Tanggal Lahir' } } },
    });
    const sources = overridden.status === 'cancelled' ? [] : overridden.sources;
    expect(sources.find((s) => s.table === 'pegawai')?.columns.find((c) => c.field === 'tmtJabatan')?.header).toBe('Tanggal Lahir');
  });
});

/**
 * Test support: the generated Kota Tebing Tinggi sample read through the input layer and
 * planned, as the demo does it (effective date 1 December 2026). Cached per size and seed.
 */
import type { WorkbookValues } from '../../src/domain/model/cell';
import { dayFromYmd } from '../../src/domain/model/dates';
import { readInput } from '../../src/domain/input/readInput';
import type { TableSheetModel } from '../../src/domain/output/sheetModel';
import { buildPlan, type PlanRun } from '../../src/domain/plan/buildPlan';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { generateSample } from '../../src/sample/generateSample';
import type { InputTables } from '../../src/domain/model/types';

export const DEMO_DATE = dayFromYmd(2026, 12, 1) ?? 0;

/** A sheet model as the values a workbook would hand the engine: header row, then the rows. */
export function valuesOfSheets(sheets: readonly TableSheetModel[]): WorkbookValues {
  return {
    date1904: false,
    sheets: sheets.map((sheet) => ({ name: sheet.name, rows: [sheet.columns.map((c) => c.header), ...sheet.rows.map((row) => [...row])] })),
  };
}

const cache = new Map<string, { tables: InputTables; run: PlanRun }>();

/** The sample's tables and its plan. */
export function sampleRun(employees = 2500, seed = 1): { tables: InputTables; run: PlanRun } {
  const key = `${employees}:${seed}`;
  const known = cache.get(key);
  if (known) return known;
  const input = readInput(valuesOfSheets(generateSample({ employees, seed }).sheets));
  if (input.tables === null) throw new Error('the sample should read without errors');
  const run = buildPlan({ tables: input.tables, policy: DEFAULT_POLICY, effectiveDate: DEMO_DATE });
  if (run === null) throw new Error('not cancelled');
  const result = { tables: input.tables, run };
  cache.set(key, result);
  return result;
}

/**
 * The decree step (docs/sheets.md#lampiran-sk): from the reviewed proposals, the decree
 * appendix (Lampiran SK), the notices to the moved employees (Pemberitahuan) and the effect
 * on public services (Dampak Layanan). A roof like `pipeline.ts`: workbook values in, sheet
 * models, figures and issues out.
 */
import { t, type Lang } from '../i18n';
import { readInput } from './input/readInput';
import { readReviewedProposals, type ReviewedProposal } from './input/reviewedProposals';
import type { WorkbookValues } from './model/cell';
import { dayOfIso, formatDayEn, formatDayId, todayDay, utcDateOfDay } from './model/dates';
import { issue, type Issue } from './model/issue';
import type { DayNumber, Employee, InputTables, Position } from './model/types';
import { dampakLayananSheet } from './output/dampakLayananSheet';
import { missingCompetencies, type DecreeMove } from './output/decreeMove';
import type { Figure } from './output/figure';
import { lampiranSkSheet } from './output/lampiranSkSheet';
import { pemberitahuanSheet } from './output/pemberitahuanSheet';
import type { SheetModel } from './output/sheetModel';
import { DEFAULT_POLICY, parsePolicy } from './rules';

export interface DecreeOptions {
  readonly lang: Lang;
  /** Policy as JSON (its `decree` section gives the appendix's words); absent = defaults. */
  readonly policy?: unknown;
  /** Tanggal Efektif; absent = the one the plan recorded in `_RencanaMutasi`, else today. */
  readonly effectiveDate?: DayNumber;
  /** A draft: every proposal not rejected or sent back for revision, not only the approved ones. */
  readonly draft: boolean;
}

export type DecreeResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
      /** The proposals sheet the moves came from. */
      readonly source: string;
      readonly moves: number;
    }
  | { readonly status: 'data-errors'; readonly issues: readonly Issue[] };

/** Decisions that go into the decree: approved only, or (draft) all but rejected and revise. */
function included(row: ReviewedProposal, draft: boolean): boolean {
  return draft ? row.decision === 'approved' || row.decision === 'proposed' : row.decision === 'approved';
}

/**
 * Builds the decree sheets from the newest reviewed `Usulan Mutasi`. Every included row must
 * name an employee and a target post of the input tables; one that does not is an error
 * naming the sheet and row, since a decree must not silently drop a transfer.
 *
 * @example
 * const result = runDecree(values, { lang: 'id', draft: false });
 * if (result.status === 'ok') await port.addSheets(result.sheets);
 */
export function runDecree(values: WorkbookValues, options: DecreeOptions): DecreeResult {
  const { lang } = options;
  const policyResult = options.policy === undefined ? { ok: true as const, value: DEFAULT_POLICY } : parsePolicy(options.policy);
  if (!policyResult.ok) return { status: 'data-errors', issues: policyResult.issues };
  const policy = policyResult.value;
  const input = readInput(values);
  if (input.tables === null) return { status: 'data-errors', issues: input.issues };
  const tables = input.tables;

  const reviewed = readReviewedProposals(values);
  const issues: Issue[] = [...reviewed.issues];
  if (reviewed.sheet === null) {
    if (!issues.some((i) => i.severity === 'error')) issues.push(issue('DECREE_NO_PROPOSALS', 'error'));
    return { status: 'data-errors', issues };
  }
  const sheetName = reviewed.sheet.sheetName;
  const moves = resolveMoves(
    reviewed.sheet.rows.filter((row) => included(row, options.draft)),
    tables,
    sheetName,
    issues,
  );
  if (issues.some((i) => i.severity === 'error')) return { status: 'data-errors', issues };
  if (moves.length === 0) issues.push(issue('DECREE_NO_MOVES', 'warning', { sheet: sheetName }, { sheet: sheetName }));

  const effectiveDate = options.effectiveDate ?? recordedEffectiveDate(values) ?? todayDay();
  const city = policy.decree.city;
  const impact = dampakLayananSheet(moves, tables, effectiveDate, lang, city);
  const sheets = [lampiranSkSheet(moves, policy.decree, lang), pemberitahuanSheet(moves, effectiveDate, lang, city), impact];
  // The label in the run's language, and as a code the pane puts into words in the language shown now.
  const label = (key: Parameters<typeof t>[1]) => ({ label: t(lang, key), message: { code: key, params: {} } });
  const figures: Figure[] = [
    { key: 'decreeSource', ...label('sheets.figure.decreeSource'), value: sheetName },
    { key: 'decreeMoves', ...label('sheets.figure.decreeMoves'), value: moves.length },
    {
      key: 'effectiveDate',
      ...label('sheets.figure.effectiveDate'),
      value: lang === 'id' ? formatDayId(effectiveDate) : formatDayEn(effectiveDate),
      date: utcDateOfDay(effectiveDate),
    },
    {
      key: 'trainingNeeds',
      ...label('sheets.figure.trainingNeeds'),
      value: moves.filter((m) => missingCompetencies(m.employee, m.to).length > 0).length,
    },
    { key: 'serviceUnits', ...label('sheets.figure.serviceUnits'), value: impact.rows.length },
  ];
  return { status: 'ok', issues, sheets, figures, source: sheetName, moves: moves.length };
}

/** The included rows as moves, each resolved against the tables; what does not resolve is an error naming its row. */
export function resolveMoves(rows: readonly ReviewedProposal[], tables: InputTables, sheet: string, issues: Issue[]): DecreeMove[] {
  const employees = new Map<string, Employee>(tables.employees.map((e) => [e.nip, e]));
  const positions = new Map<string, Position>(tables.positions.map((p) => [p.code.toLowerCase(), p]));
  const moves: DecreeMove[] = [];
  for (const row of rows) {
    const employee = employees.get(row.nip);
    const to = positions.get(row.targetCode.toLowerCase());
    if (employee === undefined) {
      issues.push(issue('DECREE_UNKNOWN_NIP', 'error', { sheet, row: row.row, column: 'NIP', value: row.nip }, { nip: row.nip }));
    }
    if (to === undefined) {
      issues.push(issue('DECREE_UNKNOWN_POSITION', 'error', { sheet, row: row.row, value: row.targetCode }, { code: row.targetCode }));
    }
    const from = employee === undefined ? undefined : positions.get(employee.positionCode.toLowerCase());
    if (employee === undefined || to === undefined || from === undefined) continue;
    moves.push({ employee, from, to });
  }
  return moves;
}

/** The effective date the newest plan recorded in its hidden `_RencanaMutasi` sheet, if any. */
export function recordedEffectiveDate(values: WorkbookValues): DayNumber | null {
  const records = values.sheets.filter((s) => /^_RencanaMutasi( \(\d+\))?$/.test(s.name));
  const newest = records.sort((a, b) => suffix(b.name) - suffix(a.name))[0];
  const row = newest?.rows.find((cells) => cells[0] === 'effectiveDate');
  const value = row?.[1];
  return typeof value === 'string' ? dayOfIso(value.trim()) : null;
}

const suffix = (name: string): number => Number(/\((\d+)\)$/.exec(name)?.[1] ?? 1);

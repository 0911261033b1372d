/**
 * Evaluation after the move and its follow-up (docs/sheets.md#evaluasi-mutasi): from the
 * approved transfers, the forms supervisors fill in (Evaluasi Mutasi) and the public
 * satisfaction survey of the service units touched (IKM Layanan); from the filled forms,
 * the placements that call for action (Tindak Lanjut) and, on request, a re-plan of exactly
 * those. A roof like `pipeline.ts`: workbook values in, sheet models, figures and issues out.
 */
import { t, type Lang, type MessageKey } from '../i18n';
import { recordedEffectiveDate, resolveMoves } from './decree';
import { readEvaluationSheet, type EvaluationEntry } from './input/evaluationForms';
import { readIkmSheet, type IkmSheet } from './input/ikmResponses';
import { readInput } from './input/readInput';
import { readReviewedProposals } from './input/reviewedProposals';
import type { WorkbookValues } from './model/cell';
import { todayDay } from './model/dates';
import { hasErrors, issue, type Issue } from './model/issue';
import { normalizeKey } from './model/normalize';
import type { DayNumber, InputTables, Position } from './model/types';
import { publicServiceBasis } from './output/dampakLayananSheet';
import { evaluationSheet } from './output/evaluationSheet';
import type { Figure } from './output/figure';
import { followUpSheet, type FollowUpRow } from './output/followUpSheet';
import { ikmSheet, serviceUnitsOf } from './output/ikmSheet';
import type { SheetModel } from './output/sheetModel';
import { runPipeline } from './pipeline';
import type { PipelineOptions } from './pipelineTypes';
import { DEFAULT_POLICY, parsePolicy, type Policy } from './rules';
import { elementAverages, ikmOf } from './rules/ikm';
import { latestFilled, placementFinding, type FollowUpAction, type FollowUpReason, type UnitIkm } from './rules/placementFollowUp';

export interface EvaluateOptions {
  readonly lang: Lang;
  /** Policy as JSON (its `evaluation` section gives the checkpoints); absent = defaults. */
  readonly policy?: unknown;
  /** Tanggal Efektif of the transfers; absent = the one the plan recorded, else today. */
  readonly effectiveDate?: DayNumber;
}

export type EvaluationResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
    }
  | { readonly status: 'data-errors'; readonly issues: readonly Issue[] };

const figure = (lang: Lang, key: string, value: number | string): Figure => ({
  key,
  label: t(lang, `sheets.figure.${key}` as MessageKey),
  // The pane puts the label into words in the language shown now.
  message: { code: `sheets.figure.${key}`, params: {} },
  value,
});

function policyAndTables(
  values: WorkbookValues,
  policyJson: unknown,
): { policy: Policy; tables: InputTables } | { issues: readonly Issue[] } {
  const parsed = policyJson === undefined ? { ok: true as const, value: DEFAULT_POLICY } : parsePolicy(policyJson);
  if (!parsed.ok) return { issues: parsed.issues };
  const input = readInput(values);
  if (input.tables === null) return { issues: input.issues };
  return { policy: parsed.value, tables: input.tables };
}

/**
 * Builds Evaluasi Mutasi (one row per approved transfer and checkpoint) and IKM Layanan (per
 * public-service unit the transfers touch) from the newest reviewed Usulan Mutasi.
 *
 * @example
 * const result = runEvaluate(values, { lang: 'id' });
 * if (result.status === 'ok') await port.addSheets(result.sheets);
 */
export function runEvaluate(values: WorkbookValues, options: EvaluateOptions): EvaluationResult {
  const { lang } = options;
  const loaded = policyAndTables(values, options.policy);
  if ('issues' in loaded) return { status: 'data-errors', issues: loaded.issues };
  const { policy, tables } = loaded;
  const reviewed = readReviewedProposals(values);
  const issues: Issue[] = [...reviewed.issues];
  if (reviewed.sheet === null) {
    if (!hasErrors(issues)) issues.push(issue('DECREE_NO_PROPOSALS', 'error'));
    return { status: 'data-errors', issues };
  }
  const sheetName = reviewed.sheet.sheetName;
  const approved = reviewed.sheet.rows.filter((row) => row.decision === 'approved');
  if (approved.length === 0) issues.push(issue('EVALUATION_NO_APPROVED', 'error', { sheet: sheetName }, { sheet: sheetName }));
  const moves = resolveMoves(approved, tables, sheetName, issues);
  if (hasErrors(issues)) return { status: 'data-errors', issues };

  const effectiveDate = options.effectiveDate ?? recordedEffectiveDate(values) ?? todayDay();
  const { checkpointMonths, respondentRows } = policy.evaluation;
  const units = serviceUnitsOf(moves, tables.units);
  const city = policy.decree.city;
  const sheets = [
    evaluationSheet(moves, checkpointMonths, effectiveDate, tables.units, lang, city),
    ikmSheet(units, respondentRows, lang, city),
  ];
  const figures = [
    figure(lang, 'decreeSource', sheetName),
    figure(lang, 'evaluationMoves', moves.length),
    figure(lang, 'evaluationRows', moves.length * checkpointMonths.length),
    figure(lang, 'ikmUnits', units.length),
  ];
  return { status: 'ok', issues, sheets, figures };
}

export interface FollowUpOptions extends EvaluateOptions {
  /** Re-plan exactly the placements that need action, everyone else locked where they are. */
  readonly replan: boolean;
  readonly onProgress?: PipelineOptions['onProgress'];
}

/** A placement Tindak Lanjut lists; words from `reasonText` and `sheets.followUp.action.<action>`. */
export interface FollowUpPlacement {
  readonly nip: string;
  readonly nama: string;
  /** The unit of the post moved into ('' when its code is no longer in the position sheet). */
  readonly unit: string;
  /** The unit whose IKM the reasons cite. */
  readonly reasonUnit: string;
  readonly reasons: readonly FollowUpReason[];
  readonly action: FollowUpAction;
}

export type FollowUpResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
      /** NIPs of the placements listed in Tindak Lanjut, in its order. */
      readonly flagged: readonly string[];
      /** The same placements as data (codes and numbers), for a host that puts them into words itself. */
      readonly placements: readonly FollowUpPlacement[];
    }
  | { readonly status: 'data-errors'; readonly issues: readonly Issue[] };

/**
 * Reads the filled Evaluasi Mutasi and IKM Layanan and lists in Tindak Lanjut exactly the
 * placements whose latest evaluation calls for action (rules/placementFollowUp.ts). With
 * `replan`, the evaluated transfers are taken as done and only those placements are planned
 * again; the new Usulan Mutasi goes to the Baperjakat like any other.
 */
export async function runFollowUp(values: WorkbookValues, options: FollowUpOptions): Promise<FollowUpResult> {
  const { lang } = options;
  const loaded = policyAndTables(values, options.policy);
  if ('issues' in loaded) return { status: 'data-errors', issues: loaded.issues };
  const { policy, tables } = loaded;
  const evaluation = readEvaluationSheet(values);
  const ikm = readIkmSheet(values);
  const issues: Issue[] = [...evaluation.issues, ...ikm.issues];
  if (evaluation.sheet === null) return { status: 'data-errors', issues };

  const positions = new Map<string, Position>(tables.positions.map((p) => [normalizeKey(p.code), p]));
  const names = new Map<string, string>(tables.employees.map((e) => [e.nip, e.nama]));
  const surveys = unitSurveys(ikm.sheet);
  const latest = latestFilled(evaluation.sheet.rows);
  const rows: FollowUpRow[] = [];
  for (const entry of latest.values()) {
    const to = positions.get(normalizeKey(entry.toCode)) ?? null;
    const service = to !== null && publicServiceBasis(to.unit, tables.units) !== null;
    const unitIkm = service ? (surveys.get(normalizeKey(to.unit)) ?? { ikm: null, previous: null }) : null;
    const finding = placementFinding(entry, unitIkm, policy.evaluation);
    if (finding !== null) rows.push({ finding, nama: names.get(entry.nip) ?? '', to, unit: to?.unit ?? '' });
  }
  rows.sort((a, b) => a.finding.entry.row - b.finding.entry.row);
  const city = policy.decree.city;
  const sheet = followUpSheet(rows, evaluation.sheet.sheetName, latest.size, lang, city);
  const flagged = rows.map((r) => r.finding.entry.nip as string);
  const placements: FollowUpPlacement[] = rows.map((r) => ({
    nip: r.finding.entry.nip,
    nama: r.nama,
    unit: r.to?.unit ?? '',
    reasonUnit: r.unit,
    reasons: r.finding.reasons,
    action: r.finding.action,
  }));
  const figures = [figure(lang, 'followUpEvaluated', latest.size), figure(lang, 'followUpFlagged', rows.length)];
  if (!options.replan) return { status: 'ok', issues, sheets: [sheet], figures, flagged, placements };

  const transfers = doneTransfers(evaluation.sheet.rows, tables, evaluation.sheet.sheetName, issues);
  if (hasErrors(issues)) return { status: 'data-errors', issues };
  const planned = await runPipeline(values, {
    command: 'followup',
    lang,
    ...(options.policy !== undefined ? { policy: options.policy } : {}),
    ...(options.effectiveDate !== undefined ? { effectiveDate: options.effectiveDate } : {}),
    followUp: {
      transfers,
      transferDate: recordedEffectiveDate(values) ?? options.effectiveDate ?? todayDay(),
      movable: flagged,
      replacing: rows.filter((r) => r.finding.action === 'replace').map((r) => r.finding.entry.nip),
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (planned.status === 'cancelled') throw new Error('follow-up re-plan cancelled without a cancel request');
  if (planned.status === 'data-errors') return { status: 'data-errors', issues: [...issues, ...planned.issues] };
  return {
    status: 'ok',
    issues: [...issues, ...planned.issues],
    sheets: [sheet, ...planned.sheets],
    figures: [...figures, ...planned.figures],
    flagged,
    placements,
  };
}

/** Each surveyed unit's IKM now and before, by normalised unit name. */
function unitSurveys(sheet: IkmSheet | null): Map<string, UnitIkm> {
  const surveys = new Map<string, UnitIkm>();
  for (const unit of sheet?.units ?? []) {
    surveys.set(normalizeKey(unit.unit), { ikm: ikmOf(elementAverages(unit.answers)), previous: unit.previous });
  }
  return surveys;
}

/** One transfer per evaluated employee (the post they were moved into); unknown ones are errors naming the row. */
function doneTransfers(rows: readonly EvaluationEntry[], tables: InputTables, sheet: string, issues: Issue[]) {
  const nips = new Set<string>(tables.employees.map((e) => e.nip));
  const codes = new Set(tables.positions.map((p) => normalizeKey(p.code)));
  const transfers = new Map<string, { nip: string; positionCode: string }>();
  for (const row of rows) {
    if (transfers.has(row.nip)) continue;
    if (!nips.has(row.nip)) {
      issues.push(issue('EVALUATION_UNKNOWN_NIP', 'error', { sheet, row: row.row, value: row.nip }, { nip: row.nip }));
      continue;
    }
    if (!codes.has(normalizeKey(row.toCode))) {
      issues.push(issue('EVALUATION_UNKNOWN_POSITION', 'error', { sheet, row: row.row, value: row.toCode }, { code: row.toCode }));
      continue;
    }
    transfers.set(row.nip, { nip: row.nip, positionCode: row.toCode });
  }
  return [...transfers.values()];
}

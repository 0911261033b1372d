/**
 * The engine's one entry point as the hosts (CLI, task pane worker) see it: workbook
 * values (`WorkbookValues`) in, sheet models and figures out. Implemented in `pipeline.ts`.
 */
import type { Lang } from '../i18n';
import type { MappingOverrides } from './input/tableMapping';
import type { MainReason } from './explain/mainReason';
import type { FairnessCheck } from './fairness/types';
import type { CellComment } from './model/comment';
import type { Issue } from './model/issue';
import type { Figure } from './output/figure';
import type { SheetModel } from './output/sheetModel';
import type { DayNumber } from './model/types';

/** Progress stages, in order, as the task pane's progress bar names them (docs/pane.md). */
export const STAGES = ['reading', 'checking', 'scoring', 'optimising', 'fairness', 'writing'] as const;
export type Stage = (typeof STAGES)[number];

/** `review` re-plans after reviewers marked the newest Usulan Mutasi (docs/sheets.md#review-loop). */
export type Command = 'validate' | 'plan' | 'review' | 'followup';

/**
 * `followup --replan` (docs/sheets.md#tindak-lanjut): the evaluated transfers, taken as done
 * on `transferDate`, and the employees the evaluation flagged; everyone else stays where the
 * transfers put them.
 */
export interface FollowUpRequest {
  readonly transfers: readonly { readonly nip: string; readonly positionCode: string }[];
  readonly transferDate: DayNumber;
  readonly movable: readonly string[];
  /** Of those, the ones whose supervisor (or evidence) calls for a new post: staying costs them as much as a move. */
  readonly replacing: readonly string[];
}

export interface PipelineOptions {
  readonly command: Command;
  readonly lang: Lang;
  /** Policy as JSON (validated by the engine); absent = defaults. */
  readonly policy?: unknown;
  /** Tanggal Efektif of the transfers; absent = today. */
  readonly effectiveDate?: DayNumber;
  /** Continue without rows that have errors; they are listed in Catatan Data. */
  readonly skipInvalidRows?: boolean;
  /** Extra employee-sheet columns (headers as written) to group by in Pemeriksaan Keadilan, besides the built-in attributes. */
  readonly fairnessAttributes?: readonly string[];
  /** The user's corrections to the detected sheets, header rows and columns. */
  readonly overrides?: MappingOverrides;
  /** `review`: the comments reviewers left in the workbook (Ringkasan Tinjauan repeats those on proposal rows). */
  readonly comments?: readonly CellComment[];
  /** Re-plan only the placements a follow-up flagged (command `followup`). */
  readonly followUp?: FollowUpRequest;
  readonly onProgress?: (stage: Stage, fraction: number) => void;
  /** Checked between stages; an aborted run returns `{ status: 'cancelled' }`. */
  readonly isCancelled?: () => boolean;
}

export type { Figure } from './output/figure';

/** One unit of Analisis Kebutuhan for the hosts (docs/sheets.md#analisis-kebutuhan): plain data, safe to structured-clone. */
export interface NeedsSummaryUnit {
  readonly unit: string;
  /** Where the need comes from: the ABK figure, workload hours, or the sum of Formasi. */
  readonly source: 'abk' | 'workload' | 'formasi';
  readonly need: number;
  readonly staff: number;
  /** need − staff: positive is a shortage. */
  readonly gap: number;
  /** staff / need; null when the need is 0. */
  readonly fillRatio: number | null;
  /** Positions marked Prioritas Segera that are not full. */
  readonly urgentVacancies: readonly { readonly code: string; readonly name: string; readonly vacant: number }[];
  /** The same unit after the plan; absent for `validate`. */
  readonly after?: { readonly staff: number; readonly gap: number; readonly incoming: number; readonly outgoing: number };
}

export interface NeedsSummary {
  readonly units: readonly NeedsSummaryUnit[];
  readonly totals: { readonly need: number; readonly staff: number; readonly shortageUnits: number; readonly shortage: number };
  /** True when the units carry their figures after the plan. */
  readonly planned: boolean;
}

/**
 * One fairness check (docs/sheets.md#pemeriksaan-keadilan) as data: its code, status and
 * parameters. Hosts put it into words with `checkTexts(finding, lang)` when they show it.
 */
export interface FairnessSummaryCheck {
  /** The check's code, e.g. `RULE_RECHECK`. */
  readonly key: FairnessCheck['code'];
  readonly status: 'pass' | 'attention' | 'fail';
  /** False for a figure that is reported, not judged (the move rate): the pane shows no verdict. */
  readonly judged: boolean;
  /** The check itself (code, status, parameters, the group row it names): plain data. */
  readonly finding: FairnessCheck;
}

/** One proposed move as the pane lists it. */
export interface ProposalSummary {
  readonly id: string;
  readonly nip: string;
  readonly nama: string;
  readonly from: { readonly unit: string; readonly code: string; readonly position: string };
  readonly to: { readonly unit: string; readonly code: string; readonly position: string };
  /** Alasan Utama as data (`mainReasonText` puts it into words); null when the move has no justification. */
  readonly mainReason: MainReason | null;
  /** Excel row (1-based) of this proposal in the Usulan Mutasi sheet as the adapters lay it out. */
  readonly row: number;
}

export interface ProposalsSummary {
  /** Name of the Usulan Mutasi sheet model (the host may add " (2)" when the name is taken). */
  readonly sheet: string;
  readonly items: readonly ProposalSummary[];
}

/** Where one input table was read from, as detected (or as the user's overrides chose). */
export interface SourceSummary {
  readonly table: 'pegawai' | 'jabatan' | 'unit';
  readonly sheet: string;
  /** Excel row of the header. */
  readonly headerRow: number;
  /** Recognised columns: field name and the header text it was read from. */
  readonly columns: readonly { readonly field: string; readonly header: string }[];
  /** Headers not recognised, kept as extra columns. */
  readonly extra: readonly string[];
}

export type PipelineResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      /** New sheets to add, in order. Existing sheets are never touched. */
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
      /** Which sheets, header rows and columns the input was read from. */
      readonly sources: readonly SourceSummary[];
      /** Staffing need per unit, largest shortage first (`validate` and `plan`). */
      readonly needs?: NeedsSummary;
      /** The fairness checks (`plan` only). */
      readonly fairness?: readonly FairnessSummaryCheck[];
      /** Every proposal, in the order of Usulan Mutasi (`plan` only). */
      readonly proposals?: ProposalsSummary;
    }
  | {
      readonly status: 'data-errors';
      readonly issues: readonly Issue[];
      readonly sheets: readonly SheetModel[];
      readonly sources: readonly SourceSummary[];
    }
  | { readonly status: 'cancelled' };

/**
 * Messages between the task pane and its planning Web Worker. Everything crosses by
 * structured clone (Dates survive); .xlsx bytes cross as transferred ArrayBuffers. In preview
 * mode the engine's result comes first and the result workbook in a second message, so the pane
 * shows the plan while the file is still being written.
 */
import type { WorkbookValues } from '../../domain/model/cell';
import type { CellComment } from '../../domain/model/comment';
import type { FollowUpPlacement } from '../../domain/evaluation';
import type { MappingOverrides } from '../../domain/input/tableMapping';
import type { SheetModel } from '../../domain/output/sheetModel';
import type { Command, Figure, PipelineResult, Stage } from '../../domain/pipelineTypes';
import type { Issue } from '../../domain/model/issue';
import type { DayNumber } from '../../domain/model/types';
import type { Lang } from '../../i18n';

/** Where the worker gets the workbook from. */
export type WorkerSource =
  /** Office mode: values read from the open workbook by the pane. */
  | { readonly kind: 'values'; readonly values: WorkbookValues }
  /** Preview mode: an .xlsx file's bytes (transferred). */
  | { readonly kind: 'xlsx'; readonly data: ArrayBuffer }
  /** Preview mode: the built-in sample workbook. */
  | { readonly kind: 'sample' };

export interface RunOptions {
  readonly command: Command;
  readonly lang: Lang;
  readonly skipInvalidRows: boolean;
  readonly effectiveDate?: DayNumber;
  /** Partial policy JSON (checked by the engine); absent = defaults. */
  readonly policy?: unknown;
  /** Corrections to the detected sheets and columns; absent = detection as is. */
  readonly overrides?: MappingOverrides;
}

export type WorkerRequest =
  | {
      readonly type: 'run';
      readonly source: WorkerSource;
      readonly options: RunOptions;
      /**
       * 'xlsx': add the result sheets to the source workbook and send back its bytes
       * (preview mode). 'models': send back the sheet models only (Office mode writes them).
       */
      readonly output: 'models' | 'xlsx';
    }
  | {
      /** A later stage of the round (Tinjauan, SK, Evaluasi, Tindak Lanjut): see `runStage.ts`. */
      readonly type: 'stage';
      readonly source: WorkerSource;
      readonly options: StageOptions;
      readonly output: 'models' | 'xlsx';
    }
  | { readonly type: 'sample-models' }
  | { readonly type: 'cancel' };

/** Stages 5-8 of the round (docs/pane.md). */
export type StageKind = 'review' | 'decree' | 'evaluate' | 'followup';

export interface StageOptions {
  readonly stage: StageKind;
  readonly lang: Lang;
  readonly effectiveDate?: DayNumber;
  readonly policy?: unknown;
  /** `decree`: every proposal not rejected or sent back, not only the approved ones. */
  readonly draft?: boolean;
  /** `followup`: re-plan exactly the flagged placements. */
  readonly replan?: boolean;
  /** `review`: continue without rows that have errors. */
  readonly skipInvalidRows?: boolean;
  /**
   * `review`, Office mode: the comments on the newest Usulan Mutasi, read by the pane (Excel.run
   * lives there). Absent: the worker reads the .xlsx file's notes itself (preview mode), or none.
   */
  readonly comments?: readonly CellComment[];
}

/** Counts of the reviewers' decisions in the newest Usulan Mutasi. */
export interface DecisionCounts {
  readonly approved: number;
  readonly rejected: number;
  readonly revise: number;
  readonly proposed: number;
}

/** What a Tinjauan did with each reviewed row, counted by outcome (the rows of Ringkasan Tinjauan). */
export type ReviewOutcomeCounts = Readonly<Record<'kept' | 'dropped' | 'stillProposed' | 'changed' | 'notApplied' | 'new', number>>;

/**
 * One placement Tindak Lanjut lists, as codes and numbers: the pane puts the evidence and the
 * suggested action into words in the language shown now (the sheet keeps the run's language).
 */
export type FollowUpItem = FollowUpPlacement;

/** The stage-specific part of a stage's result. */
export interface StageDetail {
  /** `review`: the reviewed sheet's decisions and what became of them. */
  readonly review?: {
    readonly sheet: string;
    readonly decisions: DecisionCounts;
    readonly outcomes: ReviewOutcomeCounts | null;
    /** Comments reviewers left on the sheet's proposal rows, repeated in Ringkasan Tinjauan. */
    readonly comments: number;
  };
  /** `followup`: the placements that need action, in the order of Tindak Lanjut. */
  readonly followUp?: { readonly flagged: readonly string[]; readonly items: readonly FollowUpItem[] };
}

export type StageResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
      readonly detail: StageDetail;
    }
  | { readonly status: 'data-errors'; readonly issues: readonly Issue[]; readonly detail: StageDetail }
  | { readonly status: 'cancelled' };

/** The result workbook in preview mode: the input sheets plus the new ones. */
export interface OutputWorkbook {
  readonly data: ArrayBuffer;
  readonly sheetNames: readonly string[];
}

export type WorkerResponse =
  | { readonly type: 'progress'; readonly stage: Stage; readonly fraction: number }
  | {
      readonly type: 'done';
      readonly result: PipelineResult;
      /** A 'file' (or an 'error') message follows: the result workbook is being written. */
      readonly fileFollows: boolean;
      /** The names of the input workbook's sheets (the Data step's sheet choosers). */
      readonly inputSheets?: readonly string[];
    }
  | { readonly type: 'stage-done'; readonly result: StageResult; readonly fileFollows: boolean }
  /** After a 'done' or 'stage-done' whose file follows: the written workbook (its bytes transferred). */
  | { readonly type: 'file'; readonly workbook: OutputWorkbook }
  | { readonly type: 'sample-models'; readonly sheets: readonly SheetModel[] }
  | { readonly type: 'error'; readonly error: WorkerError };

/** An error as data: `code` picks the pane's message, `detail` is for the technical note. */
export interface WorkerError {
  readonly code: 'unreadable-workbook' | 'internal';
  readonly detail: string;
}

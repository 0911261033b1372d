/**
 * What the pane's components need from where they run: Office mode (the open workbook)
 * or preview mode (an .xlsx in memory). Components get a PaneHost, never `Excel` or
 * ExcelJS (ARCHITECTURE.md: hosts get a port, not a global).
 */
import type { Command, PipelineResult, Stage } from '../../domain/pipelineTypes';
import type { Lang } from '../../i18n';
import type { MappingOverrides } from '../../domain/input/tableMapping';
import type { DayNumber } from '../../domain/model/types';
import type { FeatureNote } from '../../workbook/officejs/features';
import type { RunOptions, StageOptions, StageResult } from '../worker/protocol';
import type { SettingsStore } from './settingsStore';

/** The workbook a preview-mode run reads. */
export type PreviewSource = { readonly kind: 'file'; readonly name: string; readonly data: ArrayBuffer } | { readonly kind: 'sample' };

export interface HostRunRequest {
  readonly command: Command;
  readonly lang: Lang;
  readonly skipInvalidRows: boolean;
  /** Preview mode only; Office mode always reads the open workbook. */
  readonly source: PreviewSource | null;
  /** Partial policy JSON from the Kebijakan step; absent = defaults. */
  readonly policy?: unknown;
  /** Tanggal Efektif; absent = today. */
  readonly effectiveDate?: DayNumber;
  /** Corrections to the detected sheets and columns; absent = detection as is. */
  readonly overrides?: MappingOverrides;
}

/** The result .xlsx of a preview-mode plan, ready to download. */
export interface Download {
  readonly data: ArrayBuffer;
  readonly fileName: string;
}

/** A result .xlsx with the names its new sheets got. */
export interface WrittenFile {
  readonly download: Download;
  readonly sheetNames: readonly string[];
}

/** Preview mode: the result file, still being written when the run's outcome arrives. */
export interface PendingDownload {
  /** The file, or null once discarded; rejects when writing it failed. */
  readonly ready: Promise<WrittenFile | null>;
  /** Stops the writing (a newer run or workbook made the file stale). */
  discard(): void;
}

/** What a host hands over with an outcome: the result file that follows it, if one does. */
export interface FollowingFile {
  readonly pendingDownload?: PendingDownload;
}

export interface HostRunOutcome {
  readonly result: PipelineResult;
  /** Sheets added to the workbook (Office mode) or to the downloadable copy (preview). */
  readonly sheetNames: readonly string[];
  readonly download: Download | null;
  /** Excel features skipped for missing requirement sets (Office mode). */
  readonly notes: readonly FeatureNote[];
  /** The names of the input workbook's sheets, when known (the Data step's sheet choosers). */
  readonly inputSheets?: readonly string[];
}

/** One of stages 5-8 (Tinjauan, SK & Implementasi, Evaluasi, Tindak Lanjut). */
export interface StageRunRequest {
  readonly options: StageOptions;
  /** Preview mode: the workbook as the round left it (the last result, else the one opened); Office mode reads the open workbook. */
  readonly source: PreviewSource | null;
}

export interface StageRunOutcome {
  readonly result: StageResult;
  /** Sheets added to the workbook (Office mode) or to the downloadable copy (preview). */
  readonly sheetNames: readonly string[];
  readonly download: Download | null;
  readonly notes: readonly FeatureNote[];
}

export interface StageRun {
  readonly done: Promise<StageRunOutcome & FollowingFile>;
  cancel(): void;
}

export interface HostRun {
  readonly done: Promise<HostRunOutcome & FollowingFile>;
  cancel(): void;
}

export interface PaneHost {
  readonly mode: 'office' | 'preview';
  /** Where the Kebijakan settings are kept. */
  readonly settings: SettingsStore;
  run(request: HostRunRequest, onProgress: (stage: Stage, fraction: number) => void): HostRun;
  /** Runs one of stages 5-8 and writes its sheets (all or nothing). */
  runStage(request: StageRunRequest, onProgress: (stage: Stage, fraction: number) => void): StageRun;
  /** Office mode: inserts the sample sheets into the open workbook; returns their names. */
  insertSample?(): Promise<readonly string[]>;
  /** Office mode: selects the row an issue refers to. */
  selectRow?(sheet: string, row: number): Promise<void>;
}

/** The worker's run options of a pane request (policy and date only when given). */
export function runOptionsOf(request: HostRunRequest): RunOptions {
  return {
    command: request.command,
    lang: request.lang,
    skipInvalidRows: request.skipInvalidRows,
    ...(request.policy !== undefined ? { policy: request.policy } : {}),
    ...(request.effectiveDate !== undefined ? { effectiveDate: request.effectiveDate } : {}),
    ...(request.overrides !== undefined ? { overrides: request.overrides } : {}),
  };
}

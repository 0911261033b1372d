/**
 * Messages between the task pane and its planning Web Worker. Everything crosses by
 * structured clone (Dates survive); .xlsx bytes cross as transferred ArrayBuffers.
 */
import type { WorkbookValues } from '../../domain/model/cell';
import type { MappingOverrides } from '../../domain/input/tableMapping';
import type { SheetModel } from '../../domain/output/sheetModel';
import type { Command, PipelineResult, Stage } from '../../domain/pipelineTypes';
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
  | { readonly type: 'sample-models' }
  | { readonly type: 'cancel' };

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
      readonly workbook: OutputWorkbook | null;
      /** The names of the input workbook's sheets (the Data step's sheet choosers). */
      readonly inputSheets?: readonly string[];
    }
  | { readonly type: 'sample-models'; readonly sheets: readonly SheetModel[] }
  | { readonly type: 'error'; readonly error: WorkerError };

/** An error as data: `code` picks the pane's message, `detail` is for the technical note. */
export interface WorkerError {
  readonly code: 'unreadable-workbook' | 'internal';
  readonly detail: string;
}

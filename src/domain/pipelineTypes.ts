/**
 * The engine's one entry point as the hosts (CLI, task pane worker) see it: workbook
 * values (`WorkbookValues`) in, sheet models and figures out. Implemented in `pipeline.ts`.
 */
import type { Lang } from '../i18n';
import type { Issue } from './issue';
import type { SheetModel } from './output/sheetModel';
import type { DayNumber } from './types';

/** Progress stages, in order, as the task pane's progress bar names them (SPEC §14). */
export const STAGES = ['reading', 'checking', 'scoring', 'optimising', 'fairness', 'writing'] as const;
export type Stage = (typeof STAGES)[number];

export type Command = 'validate' | 'plan';

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
  readonly onProgress?: (stage: Stage, fraction: number) => void;
  /** Checked between stages; an aborted run returns `{ status: 'cancelled' }`. */
  readonly isCancelled?: () => boolean;
}

/** Key figures for the CLI summary and the task pane's result cards. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number | string;
}

export type PipelineResult =
  | {
      readonly status: 'ok';
      readonly issues: readonly Issue[];
      /** New sheets to add, in order. Existing sheets are never touched. */
      readonly sheets: readonly SheetModel[];
      readonly figures: readonly Figure[];
    }
  | { readonly status: 'data-errors'; readonly issues: readonly Issue[]; readonly sheets: readonly SheetModel[] }
  | { readonly status: 'cancelled' };

/**
 * The one door between the engine's hosts and a workbook (ARCHITECTURE.md: hosts get a port,
 * not a global). The CLI uses the ExcelJS adapter over .xlsx files; the task pane uses
 * the Office.js adapter inside Excel, or the ExcelJS adapter in preview mode.
 *
 * Contract: existing sheets are never modified. `addSheets` is all-or-nothing: when one
 * sheet fails, the sheets this call created are removed again before the error is thrown.
 */
import type { WorkbookValues } from '../domain/model/cell';
import type { CellComment } from '../domain/model/comment';
import type { SheetModel } from '../domain/output/sheetModel';

export interface WorkbookPort {
  /** Every sheet's values (formula results, not formulas), with the date system. */
  readValues(): Promise<WorkbookValues>;
  /** Adds the sheets in order; returns the names actually used (unique in the workbook). */
  addSheets(models: readonly SheetModel[]): Promise<string[]>;
  /**
   * The comments on one sheet's cells as host-free data (Excel's threaded comments; an .xlsx
   * file's notes), [] when the sheet has none or the host cannot read them. Optional: a host
   * without comments leaves it out. Comments are the reviewers' words: never logged.
   */
  readComments?(sheet: string): Promise<readonly CellComment[]>;
}

/** Picks `name`, or `name (2)`, `name (3)`, … — the first not in `taken` (case-insensitive, 31 chars max). */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const clip = (s: string, suffix: string) => s.slice(0, 31 - suffix.length) + suffix;
  if (!lower.has(clip(name, '').toLowerCase())) return clip(name, '');
  for (let n = 2; ; n++) {
    const candidate = clip(name, ` (${n})`);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

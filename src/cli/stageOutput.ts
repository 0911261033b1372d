import type { Issue } from '../domain/model/issue';
import type { Figure } from '../domain/output/figure';
import type { SheetModel } from '../domain/output/sheetModel';
import type { ExcelJsWorkbook } from '../workbook/exceljs/ExcelJsWorkbook';
import type { CliConsole } from './console';
import { writeBytes } from './io';
import { printFigures, printIssues } from './report';

/** What a stage (decree, evaluate, followup) hands back to be written. */
export interface StageOutput {
  readonly sheets: readonly SheetModel[];
  readonly figures: readonly Figure[];
  readonly issues: readonly Issue[];
}

/**
 * Adds a stage's sheets to the workbook, writes it to `out`, and reports: one JSON line with
 * `extra` merged in, or the issues, the figures and the sentence `written(path)`.
 */
export async function writeStageOutput(
  workbook: ExcelJsWorkbook,
  out: string,
  result: StageOutput,
  io: CliConsole,
  report: { readonly json: boolean; readonly written: (path: string) => string; readonly extra?: Readonly<Record<string, unknown>> },
): Promise<void> {
  const sheetNames = await workbook.addSheets(result.sheets);
  const path = await writeBytes(out, await workbook.toBuffer());
  if (report.json) {
    const { figures, issues } = result;
    io.out(JSON.stringify({ status: 'ok', out: path, sheets: sheetNames, figures, issues, ...report.extra }));
    return;
  }
  if (result.issues.length > 0) printIssues(io, result.issues);
  printFigures(io, result.figures);
  io.out(report.written(path));
}

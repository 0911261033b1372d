/**
 * Excel's refusals that the user can act on, told apart from faults. Excel reports them as an
 * `OfficeExtension.Error` whose `code` is one of `Excel.ErrorCodes` (Microsoft's "Excel
 * JavaScript API error codes"): `AccessDenied` when the workbook's structure is protected or
 * the workbook is open read-only, `InvalidOperationInCellEditMode` while a cell is being
 * edited. The pane shows each with its own message (ui.json `error.<code>`).
 */

export type ExcelRefusal = 'workbook-protected' | 'workbook-read-only' | 'cell-edit-mode' | 'run-in-progress';

export class ExcelRefusedError extends Error {
  constructor(
    readonly code: ExcelRefusal,
    cause?: unknown,
  ) {
    super(`Excel menolak permintaan (${code}); workbook tidak diubah.`, cause === undefined ? undefined : { cause });
    this.name = 'ExcelRefusedError';
  }
}

/** The refusal an Office.js error stands for, or null for any other failure. */
export function refusalOf(error: unknown): ExcelRefusal | null {
  if (error instanceof ExcelRefusedError) return error.code;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'AccessDenied') return 'workbook-protected';
  if (code === 'InvalidOperationInCellEditMode') return 'cell-edit-mode';
  return null;
}

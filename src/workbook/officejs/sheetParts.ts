/**
 * The parts every new output sheet shares: title lines, column widths, and the finishing
 * touches that depend on the requirement sets (drop-down lists, number ranges, frozen header,
 * print settings, and last the protection of a form). Those go in requests of their own, so a
 * refusal costs the feature, not the sheet.
 */
import { columnLetter } from '../../domain/output/sheetLayout';
import type { ColumnSpec, PrintSetup } from '../../domain/output/sheetModel';
import { columnWidthPoints } from './cells';
import type { ExcelFeatures, FeatureNote } from './features';
import type { ListRequest, RangeRequest } from './writeTable';

export interface WriteContext {
  readonly features: ExcelFeatures;
  readonly date1904: boolean;
  /** Collects the features skipped on this Excel. */
  readonly note: (note: FeatureNote) => void;
}

/** A bold (first) or plain line of text in column A. */
export function writeLine(sheet: Excel.Worksheet, row: number, text: string, style: 'title' | 'heading' | 'plain'): void {
  const cell = sheet.getRange(`A${row}`);
  cell.numberFormat = [['@']];
  cell.values = [[text]];
  if (style !== 'plain') cell.format.font.bold = true;
  if (style === 'title') cell.format.font.size = 14;
}

export function writeTitleLines(sheet: Excel.Worksheet, lines: readonly string[]): void {
  lines.forEach((line, i) => writeLine(sheet, i + 1, line, i === 0 ? 'title' : 'plain'));
}

/** Column widths (Excel characters) and wrapping of whole sheet columns. */
export function setColumns(sheet: Excel.Worksheet, columns: readonly Pick<ColumnSpec, 'width' | 'wrap'>[]): void {
  columns.forEach((column, c) => {
    const whole = sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`);
    whole.format.columnWidth = columnWidthPoints(column.width);
    if (column.wrap) {
      whole.format.wrapText = true;
      whole.format.verticalAlignment = 'Top';
    }
  });
}

export interface Finish {
  readonly lists: readonly ListRequest[];
  readonly ranges?: readonly RangeRequest[];
  /** Protect the sheet (a form) without a password, after everything else is written. */
  readonly protect?: boolean;
  /** Cells left unlocked on a protected sheet (the input columns' data cells). */
  readonly unlock?: readonly string[];
  /** Rows to freeze (the table header and everything above it); 0 = none. */
  readonly freezeRows: number;
  /** `titleRow`: the header row repeated on every page, or rows such as "6:7" (a header and its numbered row). */
  readonly print?: (PrintSetup & { readonly titleRow: number | string | null }) | undefined;
  readonly hidden: boolean;
}

export async function finishSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  finish: Finish,
  write: WriteContext,
): Promise<void> {
  const { features } = write;
  const ranges = finish.ranges ?? [];
  if ((finish.lists.length > 0 || ranges.length > 0) && !features.dataValidation) write.note('noDataValidation');
  if (finish.freezeRows > 0 && !features.freezePanes) write.note('noFreezePanes');
  if (finish.print && !features.pageLayout) write.note('noPageLayout');

  let queued = false;
  if (features.dataValidation) {
    for (const list of finish.lists) {
      sheet.getRange(list.address).dataValidation.rule = { list: { inCellDropDown: true, source: list.source } };
      queued = true;
    }
    for (const request of ranges) {
      addNumberRange(sheet, request);
      queued = true;
    }
  }
  if (finish.freezeRows > 0 && features.freezePanes) {
    sheet.freezePanes.freezeRows(finish.freezeRows);
    queued = true;
  }
  if (finish.print && features.pageLayout) {
    const layout = sheet.pageLayout;
    layout.orientation = finish.print.landscape ? 'Landscape' : 'Portrait';
    // F4 is the Indonesian name of Folio (8.5 × 13 in).
    layout.paperSize = finish.print.paper === 'A4' ? 'A4' : 'Folio';
    layout.zoom = { horizontalFitToPages: finish.print.pagesWide ?? 1, verticalFitToPages: 0 };
    // Excel's "Narrow" margins (points), as the ExcelJS file has them: wide tables print larger.
    layout.leftMargin = 18;
    layout.rightMargin = 18;
    layout.topMargin = 54;
    layout.bottomMargin = 54;
    const titles = finish.print.titleRow;
    if (typeof titles === 'number') layout.setPrintTitleRows(`$${titles}:$${titles}`);
    if (typeof titles === 'string') layout.setPrintTitleRows(titles.replace(/(\d+)/g, '$$$1'));
    const columns = finish.print.repeatColumns ?? 0;
    if (columns > 0) layout.setPrintTitleColumns(`$A:$${columnLetter(columns - 1)}`);
    if (finish.print.area !== undefined) layout.setPrintArea(finish.print.area);
    queued = true;
  }
  if (queued) {
    try {
      await context.sync();
    } catch {
      // The sheet and its data are complete; only the refused formatting is missing.
      write.note('formattingRefused');
    }
  }
  if (finish.protect) await protectForm(context, sheet, finish.unlock ?? [], write);
  // Hidden last: the sheet stays visible while it is being written.
  if (finish.hidden) {
    sheet.visibility = 'Hidden';
    await context.sync();
  }
}

/**
 * A number between the bounds, inclusive; anything else is refused with Excel's own message
 * (in the user's Excel language, as the ExcelJS file has it: no custom title or text).
 */
function addNumberRange(sheet: Excel.Worksheet, request: RangeRequest): void {
  const { kind, min, max } = request.range;
  const validation = sheet.getRange(request.address).dataValidation;
  const bounds: Excel.BasicDataValidation = { formula1: min, formula2: max, operator: 'Between' };
  validation.rule = kind === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
  validation.errorAlert = { showAlert: true, style: 'Stop', title: '', message: '' };
}

/**
 * Protects a form without a password, in a request of its own after everything else: only
 * the `unlock` cells can be typed in; filters, sorting and column and row formats still work,
 * and anyone can lift it (Review > Unprotect Sheet). Without ExcelApi 1.2 the sheet stays open.
 */
async function protectForm(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  unlock: readonly string[],
  write: WriteContext,
): Promise<void> {
  if (!write.features.protection) {
    write.note('noProtection');
    return;
  }
  for (const address of unlock) sheet.getRange(address).format.protection.locked = false;
  const options: Excel.WorksheetProtectionOptions = {
    allowAutoFilter: true,
    allowSort: true,
    allowFormatColumns: true,
    allowFormatRows: true,
    // Locked and unlocked cells can both be selected, as Excel's Protect Sheet dialog offers by default (ExcelApi 1.7).
    ...(write.features.protectionSelectionMode ? { selectionMode: 'Normal' as const } : {}),
  };
  sheet.protection.protect(options);
  try {
    await context.sync();
  } catch {
    // The sheet and its data are complete; it is only left unprotected.
    write.note('formattingRefused');
  }
}

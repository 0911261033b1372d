/**
 * Which optional Excel features the running Excel supports (docs/pane.md; use the requirement
 * sets honestly). A missing feature is skipped with a note, never a crash.
 */

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface ExcelFeatures {
  /** `worksheet.freezePanes` (ExcelApi 1.7). */
  readonly freezePanes: boolean;
  /** `range.dataValidation`: drop-down lists and number ranges (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** `worksheet.pageLayout`: orientation, paper, fit to width, print titles (ExcelApi 1.9). */
  readonly pageLayout: boolean;
  /** `worksheet.protection.protect(options)` and `range.format.protection.locked` (ExcelApi 1.2). */
  readonly protection: boolean;
  /** The `selectionMode` option of sheet protection (ExcelApi 1.7); without it Excel's default applies. */
  readonly protectionSelectionMode: boolean;
  /**
   * `worksheet.comments`: threaded comments with author, replies and `getLocation()` (ExcelApi
   * 1.10). Absent counts as unsupported (only the pane's Tinjauan reads comments).
   */
  readonly comments?: boolean;
  /** `worksheet.charts.add`, chart title, legend, position and series names (ExcelApi 1.1); absent counts as unsupported. */
  readonly charts?: boolean;
  /** `axis.reversePlotOrder` (ExcelApi 1.7): a bar chart lists its categories top-down, as its block does. */
  readonly chartPlotOrder?: boolean;
}

/** Codes of the notes shown when a feature is skipped (ui.note.<code>). */
export type FeatureNote =
  'noFreezePanes' | 'noDataValidation' | 'noPageLayout' | 'noProtection' | 'formattingRefused' | 'noComments' | 'noCharts';

export function excelFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (version: string) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    freezePanes: has('1.7'),
    dataValidation: has('1.8'),
    pageLayout: has('1.9'),
    protection: has('1.2'),
    protectionSelectionMode: has('1.7'),
    comments: has('1.10'),
    charts: has('1.1'),
    chartPlotOrder: has('1.7'),
  };
}

/** The running Excel's features (Office mode only). */
export function currentExcelFeatures(): ExcelFeatures {
  return excelFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
}

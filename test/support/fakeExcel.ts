/**
 * A small in-memory stand-in for the parts of the Excel object model that the Office.js
 * adapter uses, for tests only (no Excel here). Writes apply at once; `sync()` counts
 * requests and can be told to fail, which is what the rollback tests need.
 */
import type { ExcelRun } from '../../src/workbook/officejs/OfficeJsWorkbook';
import { FakeChart } from './fakeChart';

type Cell = string | number | boolean;

function parseCell(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell ${ref}`);
  const letters = match[1] ?? 'A';
  let column = 0;
  for (const char of letters) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Column letters of a 0-based column index. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export class FakeRange {
  readonly format = {
    columnWidth: 0,
    rowHeight: 0,
    wrapText: false,
    verticalAlignment: '',
    horizontalAlignment: '',
    font: { bold: false, size: 11 },
    /** `format.protection`: cells are locked unless told otherwise, as in Excel. */
    protection: { locked: true, formulaHidden: false },
    /** Border edges set through `borders.getItem(edge)`, by edge name. */
    borderItems: new Map<string, { style: string; weight: string }>(),
    borders: {
      getItem: (edge: string) => {
        const item = this.format.borderItems.get(edge) ?? { style: '', weight: '' };
        this.format.borderItems.set(edge, item);
        return item;
      },
    },
  };
  merged = false;
  readonly dataValidation: { rule: unknown; errorAlert: unknown } = { rule: null, errorAlert: null };
  constructor(
    private readonly sheet: FakeSheet,
    readonly address: string,
    readonly rowIndex: number,
    readonly columnIndex: number,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {}
  load() {
    return this;
  }
  get values(): Cell[][] {
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from({ length: this.columnCount }, (_, c) => this.sheet.cells[this.rowIndex + r]?.[this.columnIndex + c] ?? ''),
    );
  }
  set values(values: Cell[][]) {
    this.sheet.assertWritable();
    values.forEach((row, r) => row.forEach((value, c) => this.sheet.set(this.rowIndex + r, this.columnIndex + c, value)));
  }
  set numberFormat(formats: string[][]) {
    this.sheet.assertWritable();
    formats.forEach((row, r) => row.forEach((format, c) => this.sheet.formats.set(`${this.rowIndex + r}:${this.columnIndex + c}`, format)));
  }
  /** Formulas land in `sheet.formulas` by A1 cell (the fake computes nothing). */
  set formulas(formulas: string[][]) {
    this.sheet.assertWritable();
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => this.sheet.formulas.set(`${columnName(this.columnIndex + c)}${this.rowIndex + r + 1}`, formula)),
    );
  }
  merge() {
    this.merged = true;
  }
  select() {
    this.sheet.workbook.selected = `${this.sheet.name}!${this.address}`;
  }
}

/** `Excel.Comment` as far as the adapter reads it. */
export interface FakeComment {
  content: string;
  authorName: string;
  replies: { items: { content: string; authorName: string }[]; load(): unknown };
  getLocation(): { rowIndex: number; columnIndex: number; load(): unknown };
}

export class FakeSheet {
  readonly cells: Cell[][] = [];
  readonly formats = new Map<string, string>();
  /** Formulas written through `range.formulas`, by A1 cell ("C5" -> "=SUM(A5:B5)"). */
  readonly formulas = new Map<string, string>();
  readonly ranges: FakeRange[] = [];
  readonly tables = { add: (address: string, hasHeaders: boolean) => this.workbook.addTable(this, address, hasHeaders) };
  /** Charts added through `sheet.charts.add` (ExcelApi 1.1), in order. */
  readonly chartList: FakeChart[] = [];
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      this.assertWritable();
      const chart = new FakeChart(type, source.address, seriesBy ?? 'Auto', source.columnCount - 1);
      this.chartList.push(chart);
      return chart;
    },
  };
  readonly freezePanes = { frozenRows: 0, freezeRows: (count: number) => void (this.freezePanes.frozenRows = count) };
  readonly pageLayout = {
    orientation: '',
    paperSize: '',
    zoom: {},
    printTitleRows: '',
    printTitleColumns: '',
    printArea: '',
    setPrintTitleRows: (rows: string) => void (this.pageLayout.printTitleRows = rows),
    setPrintTitleColumns: (columns: string) => void (this.pageLayout.printTitleColumns = columns),
    setPrintArea: (area: string) => void (this.pageLayout.printArea = area),
  };
  readonly protection = {
    protected: false,
    options: null as unknown,
    password: undefined as string | undefined,
    protect: (options?: unknown, password?: string) => {
      if (this.protection.protected) throw new Error('InvalidOperation: the sheet is already protected');
      this.protection.protected = true;
      this.protection.options = options ?? null;
      this.protection.password = password;
    },
  };
  visibility = 'Visible';
  /** Threaded comments (ExcelApi 1.10), added by tests with `addComment`. */
  readonly comments = { items: [] as FakeComment[], load: () => this.comments };
  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {}
  /** A reviewer's threaded comment on `cell` ("C5"), with its replies. */
  addComment(cell: string, content: string, authorName: string, replies: readonly { content: string; authorName: string }[] = []): void {
    const { row, column } = parseCell(cell);
    const location = { rowIndex: row, columnIndex: column, load: () => location };
    const thread = { items: replies.map((reply) => ({ ...reply })), load: () => thread };
    this.comments.items.push({ content, authorName, replies: thread, getLocation: () => location });
  }
  set(row: number, column: number, value: Cell) {
    const cells = (this.cells[row] ??= []);
    cells[column] = value;
  }
  getRange(address: string): FakeRange {
    let range: FakeRange;
    const wholeRows = /^(\d+):(\d+)$/.exec(address);
    if (wholeRows) range = new FakeRange(this, address, Number(wholeRows[1]) - 1, 0, Number(wholeRows[2]) - Number(wholeRows[1]) + 1, 0);
    else if (/^([A-Z]+):\1$/.test(address)) range = new FakeRange(this, address, 0, 0, 0, 0);
    else {
      const [from = '', to = from] = address.split(':');
      const a = parseCell(from);
      const b = parseCell(to);
      range = new FakeRange(this, address, a.row, a.column, b.row - a.row + 1, b.column - a.column + 1);
    }
    this.ranges.push(range);
    return range;
  }
  getUsedRange(): FakeRange {
    const rows = this.cells.map((row, r) => (row && row.some((v) => v !== '' && v !== undefined) ? r : -1)).filter((r) => r >= 0);
    if (rows.length === 0) return new FakeRange(this, 'A1', 0, 0, 1, 1);
    const columns = this.cells.flatMap((row) => (row ?? []).map((v, c) => (v !== '' && v !== undefined ? c : -1))).filter((c) => c >= 0);
    const top = Math.min(...rows);
    const left = Math.min(...columns);
    return new FakeRange(this, 'used', top, left, Math.max(...rows) - top + 1, Math.max(...columns) - left + 1);
  }
  activate() {
    this.workbook.active = this.name;
  }
  delete() {
    this.workbook.sheets.splice(this.workbook.sheets.indexOf(this), 1);
  }
  /** Height set on Excel row `row` (1-based) through a whole-row range; 0 when never set. */
  rowHeight(row: number): number {
    let height = 0;
    for (const range of this.ranges) {
      if (
        range.columnCount === 0 &&
        range.rowCount > 0 &&
        row - 1 >= range.rowIndex &&
        row - 1 < range.rowIndex + range.rowCount &&
        range.format.rowHeight > 0
      )
        height = range.format.rowHeight;
    }
    return height;
  }

  /** Stricter than Excel, which refuses only locked cells: the adapter protects a sheet last. */
  assertWritable(): void {
    if (this.protection.protected) throw new Error(`AccessDenied: sheet ${this.name} is protected`);
  }

  /** Addresses of the ranges whose cells were unlocked (`format.protection.locked = false`). */
  unlockedRanges(): string[] {
    return this.ranges.filter((range) => !range.format.protection.locked).map((range) => range.address);
  }

  /** The sheet's values as rows (for assertions). */
  rows(): Cell[][] {
    return this.cells.map((row) => [...(row ?? [])]);
  }
}

export interface FakeTable {
  sheet: FakeSheet;
  address: string;
  hasHeaders: boolean;
  name: string;
  style: string;
}

/**
 * What Excel throws: an `OfficeExtension.Error` (name "RichApi.Error") whose `code` is one of
 * `Excel.ErrorCodes`, with Excel's own English message.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const EXCEL_ERRORS = {
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
} as const;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tableList: FakeTable[] = [];
  active = '';
  selected = '';
  syncs = 0;
  /** When set, the sync with this number (1-based) throws a GeneralException. */
  failOnSync: number | null = null;
  /** Review > Protect Workbook (structure): adding or deleting a sheet is refused with AccessDenied. */
  structureProtected = false;
  /** Opened without edit rights (a shared library, "View only"): every edit is refused with AccessDenied. */
  readOnly = false;
  /** A cell is being edited: every request fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** An Excel before ExcelApi 1.7/1.8: `workbook.protection` and `workbook.readOnly` are unknown. */
  lacksProtectionApi = false;
  /** Becomes a sync's error: Excel reports a refused operation when the batch is sent. */
  private pending: FakeOfficeError | null = null;

  constructor(readonly date1904 = false) {}

  addSheet(name: string, rows: Cell[][] = [], at: { row: number; column: number } = { row: 0, column: 0 }): FakeSheet {
    const sheet = new FakeSheet(this, name);
    rows.forEach((row, r) => row.forEach((value, c) => sheet.set(at.row + r, at.column + c, value)));
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheet: FakeSheet, address: string, hasHeaders: boolean): FakeTable {
    const table: FakeTable = { sheet, address, hasHeaders, name: `Table${this.tableList.length + 1}`, style: '' };
    this.tableList.push(table);
    return table;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  context() {
    const workbook = {
      worksheets: {
        items: [] as FakeSheet[],
        load: () => void (workbook.worksheets.items = [...this.sheets]),
        add: (name: string) => {
          if (this.structureProtected || this.readOnly) return this.refuse('AccessDenied');
          return this.addSheet(name);
        },
        getItem: (name: string) => {
          const sheet = this.sheet(name);
          if (!sheet) throw new Error(`no sheet ${name}`);
          return sheet;
        },
      },
      tables: {
        items: [] as FakeTable[],
        load: () => void (workbook.tables.items = [...this.tableList]),
      },
      functions: {
        date: () => ({ value: this.date1904 ? 0 : 1462, load() {} }),
      },
      readOnly: this.readOnly,
      protection: {
        protected: this.structureProtected,
        load: () => {
          if (this.lacksProtectionApi)
            this.pending ??= new FakeOfficeError('ApiNotFound', 'The API you are trying to use could not be found.');
          return workbook.protection;
        },
      },
      load: (property: string) => {
        if (property === 'readOnly' && this.lacksProtectionApi) this.pending ??= new FakeOfficeError('PropertyNotLoaded', 'readOnly');
      },
    };
    return {
      workbook,
      sync: async () => {
        this.syncs += 1;
        const pending = this.pending;
        this.pending = null;
        if (this.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', EXCEL_ERRORS.InvalidOperationInCellEditMode);
        if (pending) throw pending;
        if (this.failOnSync === this.syncs) throw new FakeOfficeError('GeneralException', 'GeneralException: the request failed');
      },
    };
  }

  /** Queues Excel's refusal for the next sync and hands back a sheet that goes nowhere (as a proxy object would). */
  private refuse(code: keyof typeof EXCEL_ERRORS): FakeSheet {
    this.pending ??= new FakeOfficeError(code, EXCEL_ERRORS[code]);
    return new FakeSheet(this, '(refused)');
  }

  readonly run: ExcelRun = async (batch) => batch(this.context() as unknown as Excel.RequestContext);
}

/**
 * A small in-memory stand-in for the parts of the Excel object model that the Office.js
 * adapter uses, for tests only (no Excel here). Writes apply at once; `sync()` counts
 * requests and can be told to fail, which is what the rollback tests need.
 */
import type { ExcelRun } from '../../src/workbook/officejs/OfficeJsWorkbook';

type Cell = string | number | boolean;

function parseCell(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell ${ref}`);
  const letters = match[1] ?? 'A';
  let column = 0;
  for (const char of letters) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export class FakeRange {
  readonly format = {
    columnWidth: 0,
    rowHeight: 0,
    wrapText: false,
    verticalAlignment: '',
    horizontalAlignment: '',
    font: { bold: false, size: 11 },
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
  readonly dataValidation: { rule: unknown } = { rule: null };
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
    values.forEach((row, r) => row.forEach((value, c) => this.sheet.set(this.rowIndex + r, this.columnIndex + c, value)));
  }
  set numberFormat(formats: string[][]) {
    formats.forEach((row, r) => row.forEach((format, c) => this.sheet.formats.set(`${this.rowIndex + r}:${this.columnIndex + c}`, format)));
  }
  merge() {
    this.merged = true;
  }
  select() {
    this.sheet.workbook.selected = `${this.sheet.name}!${this.address}`;
  }
}

export class FakeSheet {
  readonly cells: Cell[][] = [];
  readonly formats = new Map<string, string>();
  readonly ranges: FakeRange[] = [];
  readonly tables = { add: (address: string, hasHeaders: boolean) => this.workbook.addTable(this, address, hasHeaders) };
  readonly freezePanes = { frozenRows: 0, freezeRows: (count: number) => void (this.freezePanes.frozenRows = count) };
  readonly pageLayout = {
    orientation: '',
    paperSize: '',
    zoom: {},
    printTitleRows: '',
    printTitleColumns: '',
    setPrintTitleRows: (rows: string) => void (this.pageLayout.printTitleRows = rows),
    setPrintTitleColumns: (columns: string) => void (this.pageLayout.printTitleColumns = columns),
  };
  visibility = 'Visible';
  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {}
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

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tableList: FakeTable[] = [];
  active = '';
  selected = '';
  syncs = 0;
  /** When set, the sync with this number (1-based) throws. */
  failOnSync: number | null = null;

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
        add: (name: string) => this.addSheet(name),
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
    };
    return {
      workbook,
      sync: async () => {
        this.syncs += 1;
        if (this.failOnSync === this.syncs) throw new Error('GeneralException: the request failed');
      },
    };
  }

  readonly run: ExcelRun = async (batch) => batch(this.context() as unknown as Excel.RequestContext);
}

/**
 * A worksheet in memory with just the part of ExcelJS's interface the sheet writers use
 * ({@link SheetTarget}), behaving as ExcelJS's does, so the same writer code lays out the same
 * sheet: a new cell starts with its column's style, setting `font` or `numFmt` changes the
 * cell's style object in place, setting a column's format reaches the cells already in rows
 * holding a value, merged cells share their master's style object, a table writes its header
 * and rows into the cells. `worksheetXml.ts` renders it; nothing here knows XML.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../domain/output/sheetLayout';
import type { SheetTarget, TargetCell, TargetColumn, TargetRow, TargetValidations } from './sheetTarget';

type Style = Partial<ExcelJS.Style>;

export class LeanCell implements TargetCell {
  value: ExcelJS.CellValue = null;
  /** The top-left cell of the merged range this cell belongs to (not itself), or null. */
  master: LeanCell | null = null;
  /**
   * Whether `style` is the cell's to change. A new cell starts with its column's style object
   * itself and copies it on its first change: the same as ExcelJS's copy made at once, without
   * an object for each of a large table's cells whose style is replaced anyway.
   */
  private own = false;
  constructor(private current: Style) {}
  get style(): Style {
    return this.current;
  }
  /** The cell now has `value` as its style object, shared with whoever else has it, as in ExcelJS. */
  set style(value: Style) {
    this.current = value;
    this.own = true;
  }
  /** The cell's style object, copied first if it still shares its column's. */
  ownStyle(): Style {
    if (!this.own) this.style = { ...this.current };
    return this.current;
  }
  /** Sets one style property of the cell (of its style object, shared or not, as ExcelJS does). */
  setStyle<K extends keyof Style>(key: K, value: Style[K]): void {
    this.ownStyle()[key] = value;
  }
  /** Stops sharing `columnStyle` (about to change) if the cell still does. */
  detach(columnStyle: Style): void {
    if (!this.own && this.current === columnStyle) this.ownStyle();
  }
  get numFmt(): string {
    return this.current.numFmt ?? '';
  }
  set numFmt(value: string) {
    this.setStyle('numFmt', value);
  }
  get font(): Partial<ExcelJS.Font> {
    return this.current.font ?? {};
  }
  set font(value: Partial<ExcelJS.Font>) {
    this.setStyle('font', value);
  }
  get fill(): ExcelJS.Fill {
    return this.current.fill as ExcelJS.Fill;
  }
  set fill(value: ExcelJS.Fill) {
    this.setStyle('fill', value);
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.current.alignment ?? {};
  }
  set alignment(value: Partial<ExcelJS.Alignment>) {
    this.setStyle('alignment', value);
  }
  get border(): Partial<ExcelJS.Borders> {
    return this.current.border ?? {};
  }
  set border(value: Partial<ExcelJS.Borders>) {
    this.setStyle('border', value);
  }
}

/**
 * A new cell's style: its column's (ExcelJS's `_mergeStyle`, without row styles), shared until
 * the cell changes it. A column's style never holds an empty property, so sharing it reads as a copy.
 */
const startingStyle = (column: LeanColumn | undefined): Style => column?.style ?? {};

export class LeanRow implements TargetRow {
  /** Cells by 1-based column. */
  readonly cells: (LeanCell | undefined)[] = [];
  height = 0;
  constructor(
    private readonly sheet: LeanSheet,
    readonly number: number,
  ) {}
  getCell(column: number): LeanCell {
    let cell = this.cells[column];
    if (cell === undefined) this.cells[column] = cell = new LeanCell(startingStyle(this.sheet.columns[column]));
    return cell;
  }
  /** Whether any cell holds a value (ExcelJS's `hasValues`: what a column's format reaches). */
  get hasValues(): boolean {
    return this.cells.some((cell) => cell !== undefined && ((cell.value !== null && cell.value !== undefined) || cell.master !== null));
  }
}

export class LeanColumn implements TargetColumn {
  width?: number;
  readonly style: Style = {};
  constructor(
    private readonly sheet: LeanSheet,
    readonly number: number,
  ) {}
  get letter(): string {
    return columnLetter(this.number - 1);
  }
  get numFmt(): string {
    return this.style.numFmt ?? '';
  }
  set numFmt(value: string) {
    this.apply('numFmt', value);
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.style.alignment ?? {};
  }
  set alignment(value: Partial<ExcelJS.Alignment>) {
    this.apply('alignment', value);
  }
  /** The column's style, and the same property of its cells in every row holding a value. */
  private apply<K extends 'numFmt' | 'alignment'>(key: K, value: Style[K]): void {
    // A cell still sharing this style would see the change twice: cells copy theirs first.
    for (const row of this.sheet.rows) row?.cells[this.number]?.detach(this.style);
    (this.style as Record<string, unknown>)[key] = value;
    for (const row of this.sheet.rows) {
      if (row !== undefined && row.hasValues) row.getCell(this.number).setStyle(key, value);
    }
  }
}

/** An Excel table as written: its name, where it sits and its columns. */
export interface LeanTable {
  readonly name: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly columns: readonly { readonly name: string; readonly filterButton: boolean }[];
  readonly styleName: string;
  readonly showRowStripes: boolean;
}

export class LeanSheet implements SheetTarget {
  /** Rows by 1-based number. */
  readonly rows: (LeanRow | undefined)[] = [];
  /** Columns by 1-based number. */
  readonly columns: (LeanColumn | undefined)[] = [];
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  readonly tables: LeanTable[] = [];
  readonly dataValidations: TargetValidations & { readonly list: { ref: string; validation: ExcelJS.DataValidation }[] } = {
    list: [],
    add(ref, validation) {
      this.list.push({ ref, validation });
    },
  };
  views: Partial<ExcelJS.WorksheetView>[] = [];
  pageSetup: Partial<ExcelJS.PageSetup> = {};
  state: ExcelJS.WorksheetState = 'visible';
  /** Set by `protect`: the options asked for (the sheet itself is protected). */
  protection: Partial<ExcelJS.WorksheetProtection> | null = null;

  constructor(readonly name: string) {}

  getRow(row: number): LeanRow {
    let found = this.rows[row];
    if (found === undefined) this.rows[row] = found = new LeanRow(this, row);
    return found;
  }

  getCell(row: number, column: number): LeanCell {
    return this.getRow(row).getCell(column);
  }

  getColumn(column: number): LeanColumn {
    for (let c = this.columns.length; c <= column; c++)
      if (c > 0 && this.columns[c] === undefined) this.columns[c] = new LeanColumn(this, c);
    return this.columns[column] as LeanColumn;
  }

  /** Merges the range; its other cells share the top-left cell's style object, as in ExcelJS. */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const master = this.getCell(top, left);
    // The master's own style object, which its range shares from now on.
    master.ownStyle();
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        const cell = this.getCell(r, c);
        cell.value = null;
        cell.master = master;
        cell.style = master.style;
      }
    }
    this.merges.push({ top, left, bottom, right });
  }

  /** Writes the header and the rows into the cells, as ExcelJS's `Table.store` does, and records the table. */
  addTable(table: ExcelJS.TableProperties): void {
    const top = /^([A-Z]+)(\d+)$/.exec(table.ref);
    if (top === null) throw new Error(`table reference ${table.ref}`);
    const headerRow = Number(top[2]);
    const firstColumn = columnNumber(top[1] ?? 'A');
    const header = this.getRow(headerRow);
    table.columns.forEach((column, j) => (header.getCell(firstColumn + j).value = column.name));
    table.rows.forEach((data: ExcelJS.CellValue[], i) => {
      const row = this.getRow(headerRow + 1 + i);
      data.forEach((value, j) => (row.getCell(firstColumn + j).value = value));
    });
    this.tables.push({
      name: table.name,
      headerRow,
      firstColumn,
      lastRow: headerRow + table.rows.length,
      columns: table.columns.map((c) => ({ name: c.name, filterButton: c.filterButton === true })),
      styleName: table.style?.theme ?? 'TableStyleMedium2',
      showRowStripes: table.style?.showRowStripes === true,
    });
  }

  /** Protects the sheet without a password (the only protection the writers ask for). */
  protect(password: string, options: Partial<ExcelJS.WorksheetProtection>): Promise<void> {
    if (password !== '') throw new Error('the lean sheet protects without a password only');
    this.protection = { ...options };
    return Promise.resolve();
  }
}

/** 1-based column number of letters (A → 1, AA → 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

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

/**
 * A cell of a {@link LeanRow}: a handle on the row's arrays, made for each `getCell`, holding
 * nothing itself. A sheet keeps no object per cell: a 50,000-row table is a few arrays per row.
 */
export class LeanCell implements TargetCell {
  constructor(
    private readonly row: LeanRow,
    private readonly column: number,
  ) {}
  get value(): ExcelJS.CellValue {
    return this.row.values[this.column];
  }
  set value(value: ExcelJS.CellValue) {
    this.row.values[this.column] = value;
  }
  /** Whether the cell belongs to a merged range and is not its top-left cell. */
  get merged(): boolean {
    return this.row.isMerged(this.column);
  }
  get style(): Style {
    return this.row.styles[this.column] as Style;
  }
  /** The cell now has `value` as its style object, shared with whoever else has it, as in ExcelJS. */
  set style(value: Style) {
    this.row.styles[this.column] = value;
  }
  /** The cell's style object, copied first if it still shares its column's. */
  ownStyle(): Style {
    return this.row.ownStyle(this.column);
  }
  /** Sets one style property of the cell (of its style object, shared or not, as ExcelJS does). */
  setStyle<K extends keyof Style>(key: K, value: Style[K]): void {
    this.ownStyle()[key] = value;
  }
  get numFmt(): string {
    return this.style.numFmt ?? '';
  }
  set numFmt(value: string) {
    this.setStyle('numFmt', value);
  }
  get font(): Partial<ExcelJS.Font> {
    return this.style.font ?? {};
  }
  set font(value: Partial<ExcelJS.Font>) {
    this.setStyle('font', value);
  }
  get fill(): ExcelJS.Fill {
    return this.style.fill as ExcelJS.Fill;
  }
  set fill(value: ExcelJS.Fill) {
    this.setStyle('fill', value);
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.style.alignment ?? {};
  }
  set alignment(value: Partial<ExcelJS.Alignment>) {
    this.setStyle('alignment', value);
  }
  get border(): Partial<ExcelJS.Borders> {
    return this.style.border ?? {};
  }
  set border(value: Partial<ExcelJS.Borders>) {
    this.setStyle('border', value);
  }
}

/**
 * A row's cells as arrays by 1-based column: a cell is there when it has a style object. A new
 * cell starts with its column's style (ExcelJS's `_mergeStyle`, without row styles): the column's
 * object itself, copied on the cell's first change of a property, the same as ExcelJS's copy
 * made at once, without an object for each of a large table's cells whose style is replaced
 * anyway. A cell without a column starts with an empty object of its own. Only a cell still
 * holding its column's object shares it: no writer can hand a cell its column's style object.
 */
export class LeanRow implements TargetRow {
  /** Values by 1-based column (null for a new cell). Made anew only while the row has no cell. */
  values: ExcelJS.CellValue[] = [];
  /** Style objects by 1-based column; undefined where there is no cell. Made anew only while the row has no cell. */
  styles: (Style | undefined)[] = [];
  /** The columns whose cells belong to a merged range without being its top-left cell; null when none. */
  private merges: boolean[] | null = null;
  height = 0;
  constructor(
    private readonly sheet: LeanSheet,
    readonly number: number,
  ) {}

  getCell(column: number): LeanCell {
    this.ensure(column);
    return new LeanCell(this, column);
  }

  /** Makes the cell of `column` if the row has none yet. */
  ensure(column: number): void {
    if (this.styles[column] !== undefined) return;
    this.styles[column] = this.sheet.columns[column]?.style ?? {};
    this.values[column] = null;
  }

  /** Sets the value of the cell of `column`, made if new. */
  put(column: number, value: ExcelJS.CellValue): void {
    this.ensure(column);
    this.values[column] = value;
  }

  /**
   * Sets the values of the cells from `first` on to `data` (a table's row), skipping holes as
   * `forEach` does. A row without cells gets its arrays at their full size at once.
   */
  putAll(first: number, data: readonly ExcelJS.CellValue[]): void {
    const end = first + data.length;
    if (this.styles.length === 0 && end > 1) {
      this.values = new Array<ExcelJS.CellValue>(end);
      this.styles = new Array<Style | undefined>(end);
    }
    for (let j = 0; j < data.length; j++) if (data[j] !== undefined || j in data) this.put(first + j, data[j]);
  }

  /** The style object of the cell of `column` (made if new), copied first if it still shares its column's. */
  ownStyle(column: number): Style {
    this.ensure(column);
    const style = this.styles[column] as Style;
    if (style !== this.sheet.columns[column]?.style) return style;
    const copy = { ...style };
    this.styles[column] = copy;
    return copy;
  }

  /** Whether the cell of `column` belongs to a merged range and is not its top-left cell. */
  isMerged(column: number): boolean {
    return this.merges?.[column] === true;
  }

  /** Puts the cell of `column` (made if new) under `master`: no value, and the master's style object. */
  mergeInto(column: number, masterStyle: Style): void {
    this.ensure(column);
    this.values[column] = null;
    this.styles[column] = masterStyle;
    (this.merges ??= [])[column] = true;
  }

  /** Whether any cell holds a value (ExcelJS's `hasValues`: what a column's format reaches). */
  get hasValues(): boolean {
    for (let c = 1; c < this.styles.length; c++) if (this.styles[c] !== undefined && isUsed(this, c)) return true;
    return false;
  }
}

/** Whether the row's cell of `column` (there) counts towards the used range: it holds a value or belongs to a merged range. */
export function isUsed(row: LeanRow, column: number): boolean {
  const value = row.values[column];
  return (value !== null && value !== undefined) || row.isMerged(column);
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
    const c = this.number;
    // A cell still sharing this style would see the change twice: cells copy theirs first.
    for (const row of this.sheet.rows) if (row !== undefined && row.styles[c] === this.style) row.ownStyle(c);
    (this.style as Record<string, unknown>)[key] = value;
    for (const row of this.sheet.rows) {
      if (row !== undefined && row.hasValues) row.ownStyle(c)[key] = value;
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
    // The master's own style object, which its range shares from now on.
    const style = this.getRow(top).ownStyle(left);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) this.getRow(r).mergeInto(c, style);
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
    table.columns.forEach((column, j) => header.put(firstColumn + j, column.name));
    const rows: readonly ExcelJS.CellValue[][] = table.rows;
    for (let i = 0; i < rows.length; i++) this.getRow(headerRow + 1 + i).putAll(firstColumn, rows[i] as ExcelJS.CellValue[]);
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

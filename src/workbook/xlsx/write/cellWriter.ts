/**
 * The cells of a {@link LeanRow} as worksheet XML (ECMA-376 Part 1, 18.3.1.4), as ExcelJS writes
 * them: a text as a shared string, a number or date as its value, a boolean, a formula without
 * a result, and an empty cell only when it has a format or belongs to a merged range.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../domain/output/sheetLayout';
import { xmlEscape } from '../xmlText';
import { asciiBytes, type ByteWriter } from './byteWriter';
import type { CellStyles } from './cellStyles';
import type { LeanRow } from './leanSheet';
import type { StringTable } from './stringTable';

type Style = Partial<ExcelJS.Style>;

export interface WorksheetContext {
  readonly styles: CellStyles;
  readonly strings: StringTable;
  readonly date1904: boolean;
  /**
   * Added to every cell format and shared string index written: the counts of those the
   * package the sheets join already has, so they need no renumbering there.
   */
  readonly offsets: { readonly xf: number; readonly string: number };
}

/** Excel's serial day of a date (ExcelJS's reckoning: UTC, no time zone). */
function serialOf(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000) - (date1904 ? 1462 : 0);
}

/** Whether a cell value is a formula (`{ formula }`). */
export const isFormula = (value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && 'formula' in value;

const VALUE_CLOSE = asciiBytes('</v></c>');
const TRUE_CELL = asciiBytes('" t="b"><v>1</v></c>');
const FALSE_CELL = asciiBytes('" t="b"><v>0</v></c>');

/** Distinct texts a column may show and still be looked up in a table of its own. */
const FEW_TEXTS = 256;

/** A column's markup for the cells of one style object, made once: what comes before the row number and after it. */
interface CellMarkup {
  /** The style object these are for, and its cell format. */
  readonly style: object;
  readonly id: number;
  /** Up to the row number of the cell reference: `<c r="B`. */
  readonly open: Uint8Array;
  /** After the row number: the format alone (nothing for format 0). */
  readonly format: Uint8Array;
  /** After the row number: the format and the start of a shared string, of a number (a date), and an empty cell. */
  readonly text: Uint8Array;
  readonly number: Uint8Array;
  readonly empty: Uint8Array;
}

/**
 * The cells of a sheet as they are written: per column, the cell format and the markup around
 * the row number and the value made once per style object (a column's cells mostly share
 * one), and a text's shared string index looked up once per run of it down the column.
 */
export class CellWriter {
  private readonly markup: (CellMarkup | undefined)[] = [];
  /** Per column, the last text written and its shared string index: a column often repeats its cell above. */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastTextId: number[] = [];
  /**
   * Per column, its texts so far and their shared string indexes while the column has few
   * (a status, a unit type): looked up in a small table that stays in the cache instead of the
   * workbook's large one. Null once a column has shown more than {@link FEW_TEXTS}.
   */
  private readonly columnTexts: (Map<string, number> | null | undefined)[] = [];
  private readonly stringOffset: number;

  constructor(
    private readonly out: ByteWriter,
    private readonly context: WorksheetContext,
  ) {
    this.stringOffset = context.offsets.string;
  }

  /**
   * The markup of `column` for `style`; `isDate` only matters to a style without a number
   * format, and only the first time the object is seen (as in {@link CellStyles.idOf}).
   */
  private markupOf(column: number, style: Style, isDate: boolean): CellMarkup {
    const known = this.markup[column];
    if (known?.style === style) return known;
    const id = this.context.styles.idOf(style, isDate);
    const format = id === 0 ? '' : `" s="${id + this.context.offsets.xf}`;
    const made: CellMarkup = {
      style,
      id,
      open: known?.open ?? asciiBytes(`<c r="${columnLetter(column - 1)}`),
      format: asciiBytes(format),
      text: asciiBytes(`${format}" t="s"><v>`),
      number: asciiBytes(`${format}"><v>`),
      empty: asciiBytes(`${format}"/>`),
    };
    this.markup[column] = made;
    return made;
  }

  private stringId(column: number, text: string): number {
    const strings = this.context.strings;
    if (this.lastText[column] === text) {
      strings.countUse();
      return this.lastTextId[column] ?? 0;
    }
    let few = this.columnTexts[column];
    let id = few?.get(text);
    if (id === undefined) {
      id = strings.add(text);
      if (few === undefined) this.columnTexts[column] = few = new Map();
      if (few !== null) {
        if (few.size < FEW_TEXTS) few.set(text, id);
        else this.columnTexts[column] = null;
      }
    } else {
      strings.countUse();
    }
    this.lastText[column] = text;
    this.lastTextId[column] = id;
    return id;
  }

  /** The XML of the cell of `column` in `row` (row number `r`); nothing for an empty cell without a format. */
  cell(row: LeanRow, r: number, column: number): void {
    const out = this.out;
    const value = row.values[column];
    const isDate = value instanceof Date;
    const empty = value === null || value === undefined;
    const markup = this.markupOf(column, row.styles[column] as Style, isDate);
    if (empty && markup.id === 0 && !row.isMerged(column)) return;
    out.raw(markup.open);
    out.unsigned(r);
    if (empty) {
      out.raw(markup.empty);
    } else if (typeof value === 'string') {
      out.raw(markup.text);
      out.unsigned(this.stringId(column, value) + this.stringOffset);
      out.raw(VALUE_CLOSE);
    } else if (typeof value === 'number') {
      out.raw(markup.number);
      out.number(value);
      out.raw(VALUE_CLOSE);
    } else if (typeof value === 'boolean') {
      out.raw(markup.format);
      out.raw(value ? TRUE_CELL : FALSE_CELL);
    } else if (isDate) {
      out.raw(markup.number);
      out.number(serialOf(value, this.context.date1904));
      out.raw(VALUE_CLOSE);
    } else if (isFormula(value) && value.result === undefined) {
      out.raw(markup.format);
      out.ascii('"><f>');
      out.text(xmlEscape(value.formula));
      out.ascii('</f></c>');
    } else {
      throw new Error(`unsupported cell value at ${columnLetter(column - 1)}${r}`);
    }
  }
}

/**
 * Where things go on an output sheet, shared by both workbook adapters (ExcelJS, Office.js)
 * and by the summaries that point the task pane at sheet rows: the row of a table's header
 * below the title lines, the rows of a stacked-sections sheet, Excel table names, column
 * letters, and the number format a single cell gets. Host-free: no workbook object here.
 */
import { t, type Lang, type Params } from '../../i18n';
import type { CellValue } from '../model/cell';
import type { ColumnFormat, ColumnSpec, NumberRange, SectionsSheetModel } from './sheetModel';

export { columnLetter } from '../input/columnLetter';

/**
 * The first row below a sheet's title lines: the title lines, one blank row, then this row
 * (row 1 when there is no title). A table sheet's header sits here; a sections sheet's
 * first section title too.
 *
 * @example firstRowBelowTitles({ titleLines: ['Usulan Mutasi'] }) // 3
 */
export function firstRowBelowTitles(model: { readonly titleLines?: readonly string[] | undefined }): number {
  const titles = model.titleLines?.length ?? 0;
  return titles > 0 ? titles + 2 : 1;
}

/** Excel row (1-based) of the header of a table sheet's table; see {@link firstRowBelowTitles}. */
export const tableHeaderRow = firstRowBelowTitles;

/**
 * Where each part of a sections sheet goes (1-based Excel rows), so the ExcelJS file and the
 * Office.js sheet look the same: title lines, a blank row, then per section its title, its
 * notes, the table header and rows (or the empty note), and a blank row.
 */
export interface SectionPlacement {
  readonly titleRow: number;
  readonly noteRows: readonly number[];
  /** Header row of the table; null when the section has no rows and shows its empty note instead. */
  readonly headerRow: number | null;
  /** Last row of the table (the one blank row of an empty table included), or of the empty note. */
  readonly lastRow: number;
}

/** The rows of every section of `model`; see {@link SectionPlacement}. */
export function sectionPlacements(model: SectionsSheetModel): SectionPlacement[] {
  let row = firstRowBelowTitles(model);
  return model.sections.map((section) => {
    const titleRow = row;
    const noteRows = (section.notes ?? []).map((_, i) => titleRow + 1 + i);
    const next = titleRow + 1 + noteRows.length;
    const table = section.rows.length > 0 || section.emptyNote === undefined;
    // A table needs at least one data row; an empty one without a note gets a blank row.
    const lastRow = table ? next + Math.max(1, section.rows.length) : next;
    row = lastRow + 2;
    return { titleRow, noteRows, headerRow: table ? next : null, lastRow };
  });
}

/** Width of each sheet column of a sections sheet: the widest any section asks for. */
export function sectionColumnWidths(model: SectionsSheetModel): number[] {
  const widths: number[] = [];
  for (const section of model.sections) section.columns.forEach((column, c) => (widths[c] = Math.max(widths[c] ?? 0, column.width)));
  return widths;
}

/** Excel's longest table name. */
export const MAX_TABLE_NAME = 255;

/**
 * `base` made into a valid Excel table name: letters, digits and underscores only (accents
 * dropped, anything else becomes "_"), starting with a letter or an underscore, not
 * readable as a cell reference ("A1", "XFD99", "R1C1", "R", "C"), at most 255 characters.
 *
 * @example validTableName('Usulan Mutasi') // 'Usulan_Mutasi'
 * @example validTableName('A1') // '_A1'
 */
export function validTableName(base: string): string {
  let name = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]/g, '_');
  if (name === '') name = 'Tabel';
  if (!/^[A-Za-z_]/.test(name) || looksLikeReference(name)) name = `_${name}`;
  return name.slice(0, MAX_TABLE_NAME);
}

/** A1 references (up to three column letters, then a row) and R1C1 ones, "R" and "C" alone included. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * A valid table name (see {@link validTableName}) that no name in `taken` has, compared
 * without case as Excel does; "_2", "_3", … is appended on a clash. `taken` holds lower-case
 * names and gets the new one.
 *
 * @example uniqueTableName('Usulan Mutasi', new Set(['usulan_mutasi'])) // 'Usulan_Mutasi_2'
 */
export function uniqueTableName(base: string, taken: Set<string>): string {
  const clean = validTableName(base);
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `_${n}`;
    name = `${clean.slice(0, MAX_TABLE_NAME - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The format one data cell gets in a column of format `format`: a date is shown as a date
 * wherever it stands (e.g. a figure in Ringkasan's mixed column); text in a number or date
 * column stays plain ("general").
 */
export function cellFormat(value: CellValue, format: ColumnFormat): ColumnFormat {
  if (value instanceof Date) return 'date';
  if (typeof value === 'string' && format !== 'text') return 'general';
  return format;
}

/** What a column may add to its header, width and format. */
export interface ColumnOptions {
  /** Wrap long text; the adapters then make each row tall enough to show all of it. */
  readonly wrap?: boolean;
  /** A drop-down list offered in every data cell. */
  readonly list?: readonly string[];
  /** A number range checked in every data cell. */
  readonly range?: NumberRange;
  /** A column the user fills in (unlocked on a protected sheet). */
  readonly input?: boolean;
}

/** A column spec; options left out stay out (no `wrap: undefined`). */
export function column(header: string, width: number, format: ColumnFormat, options: ColumnOptions = {}): ColumnSpec {
  return {
    header,
    width,
    format,
    ...(options.wrap === true ? { wrap: true } : {}),
    ...(options.list !== undefined ? { list: options.list } : {}),
    ...(options.range !== undefined ? { range: options.range } : {}),
    ...(options.input === true ? { input: true } : {}),
  };
}

/** A column headed by the catalogue's text for `key` (with `params`), wrapped when `wrap`. */
export const catalogColumn = (
  lang: Lang,
  key: Parameters<typeof t>[1],
  width: number,
  format: ColumnFormat,
  wrap = false,
  params: Params = {},
): ColumnSpec => column(t(lang, key, params), width, format, { wrap });

/** Widths (Excel characters) of the columns every sheet about people shares. */
export const STANDARD_WIDTHS = {
  no: 6,
  nip: 20,
  name: 24,
  golongan: 10,
  unit: 24,
  positionCode: 18,
  position: 26,
  tenure: 17,
  date: 12,
} as const;

/** "No": the row's running number. */
export const noColumn = (lang: Lang): ColumnSpec => column(t(lang, 'sheets.col.no'), STANDARD_WIDTHS.no, 'integer');

/** "NIP", always text: an 18-digit NIP would lose digits as a number. */
export const nipColumn = (lang: Lang, header = t(lang, 'sheets.col.nip')): ColumnSpec => column(header, STANDARD_WIDTHS.nip, 'text');

/** "Nama", wrapped: names with degrees ("Dr. …, S.Sos., M.Si.") outgrow any width. */
export const nameColumn = (lang: Lang, header = t(lang, 'sheets.col.name')): ColumnSpec =>
  column(header, STANDARD_WIDTHS.name, 'text', { wrap: true });

/** "Golongan" (e.g. III/a). */
export const golonganColumn = (lang: Lang): ColumnSpec => column(t(lang, 'sheets.col.golongan'), STANDARD_WIDTHS.golongan, 'text');

/** "Unit Kerja", wrapped. */
export const unitColumn = (lang: Lang, header = t(lang, 'sheets.col.unit')): ColumnSpec =>
  column(header, STANDARD_WIDTHS.unit, 'text', { wrap: true });

/** A position code (e.g. DINSOS-PLO-01), as text. */
export const positionCodeColumn = (header: string): ColumnSpec => column(header, STANDARD_WIDTHS.positionCode, 'text');

/** "Jabatan" (a position's name), wrapped. */
export const positionColumn = (lang: Lang, header = t(lang, 'sheets.col.position')): ColumnSpec =>
  column(header, STANDARD_WIDTHS.position, 'text', { wrap: true });

/** A duration shown in words ("3 tahun 2 bulan", see `tenureText`). */
export const tenureColumn = (header: string): ColumnSpec => column(header, STANDARD_WIDTHS.tenure, 'text');

/** A date column: cells hold `Date`s (UTC midnight, `utcDateOfDay`) and show as dates. */
export const dateColumn = (header: string): ColumnSpec => column(header, STANDARD_WIDTHS.date, 'date');

/** No, NIP and Nama: how every list of people starts. */
export const personColumns = (lang: Lang): ColumnSpec[] => [noColumn(lang), nipColumn(lang), nameColumn(lang)];

/**
 * Where each input table was found: the sheet, the header row and which column holds which
 * field. Detection proposes it; the user may correct it (task pane, CLI option) through
 * {@link MappingOverrides}, and the same mapping then drives row parsing.
 */
import type { JabatanField } from './jabatanFields';
import type { PegawaiField } from './pegawaiFields';
import type { UnitField } from './unitFields';

/** A column as found in the sheet. */
export interface ColumnRef {
  /** 0-based column index (A = 0). */
  readonly index: number;
  /** The header text as written in the sheet, trimmed. */
  readonly header: string;
}

export interface TableMapping<F extends string> {
  readonly sheet: string;
  /** Excel row number (1-based) of the header row (the top row of a two-row header). */
  readonly headerRow: number;
  /** Excel row number of the first data row (after a sub-header row or a column-numbering row). */
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<F, ColumnRef>>>;
  /** Columns with a header that matches no field, kept by their header text. */
  readonly extra: readonly ColumnRef[];
}

/** The tables of one workbook; null when that table could not be found (unit: not present). */
export interface InputMapping {
  readonly pegawai: TableMapping<PegawaiField> | null;
  readonly jabatan: TableMapping<JabatanField> | null;
  readonly unit: TableMapping<UnitField> | null;
}

/**
 * A column choice: a 0-based column index, the header text as written (matched ignoring
 * case, spaces and punctuation), or null to leave the field unmapped.
 */
export type ColumnChoice = number | string | null;

export interface TableOverride<F extends string> {
  /** The sheet to read; for the unit table, null means "there is no unit sheet". */
  readonly sheet?: string | null;
  /** Excel row number (1-based) of the header row. */
  readonly headerRow?: number;
  readonly columns?: Readonly<Partial<Record<F, ColumnChoice>>>;
}

/** User corrections to what detection found; anything not named is detected. */
export interface MappingOverrides {
  readonly pegawai?: TableOverride<PegawaiField>;
  readonly jabatan?: TableOverride<JabatanField>;
  readonly unit?: TableOverride<UnitField>;
}

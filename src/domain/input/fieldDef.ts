/**
 * The header dictionary's building block: one field of an input table, with the header
 * a template would use and the other ways real sheets write it.
 */

/** The three input tables (docs/sheets.md#input-tables). */
export type TableKind = 'pegawai' | 'jabatan' | 'unit';

export const TABLE_KINDS: readonly TableKind[] = ['pegawai', 'jabatan', 'unit'];

/** One column the input layer recognises. */
export interface FieldDef<F extends string = string> {
  readonly key: F;
  /** The header of our own template, in Indonesian; used in messages when the column is missing. */
  readonly header: string;
  /** Other headers seen in BKPSDM sheets, Indonesian and English. Matched via `normalizeKey`. */
  readonly aliases: readonly string[];
  /** Whether the table cannot be read without this column. */
  readonly required: boolean;
}

/** All fields of one table kind, plus what detection needs to tell the kinds apart. */
export interface TableDictionary<F extends string = string> {
  readonly kind: TableKind;
  readonly fields: readonly FieldDef<F>[];
  /** A sheet can only be this table when at least one of these fields is found. */
  readonly keyFields: readonly F[];
  /**
   * Fields that mark this kind among the three (e.g. Formasi for positions); a sheet also
   * needs one of these unless {@link TableDictionary.keyFields} alone are distinctive.
   */
  readonly markerFields: readonly F[];
  /** The field whose blank cell marks a row that is not a record (NIP, Kode Jabatan, Unit Kerja). */
  readonly rowKey: F;
  /** Words in sheet names that hint at this kind; only break ties between equal scores. */
  readonly sheetNameHints: readonly string[];
}

/**
 * Headers of a running-number column ("No", "No. Urut"): recognised, so they are neither a
 * field nor an extra column offered as a fairness attribute.
 */
export const IGNORED_HEADERS: readonly string[] = ['No', 'No.', 'No Urut', 'Nomor Urut', 'Nmr', 'Urut', 'Row', 'S/N'];

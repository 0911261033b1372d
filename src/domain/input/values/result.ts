/**
 * What every value parser returns: the recognised value, a blank, or a problem as data
 * (a code and the parameters its message needs; errors are data). The input
 * layer turns a failure into an {@link Issue} with sheet, row and column; the words live
 * in the `values` i18n namespace under the same code.
 */

/** Every code a value parser can return; each has a message in `i18n/{id,en}/values.json`. */
export const VALUE_CODES = [
  'CELL_FORMULA_ERROR',
  'NIP_AS_NUMBER',
  'NIP_NOT_DIGITS',
  'NIP_LENGTH',
  'NIP_BIRTH_DATE',
  'NIP_CPNS_MONTH',
  'NIP_CPNS_YEAR',
  'NIP_GENDER_DIGIT',
  'DATE_UNREADABLE',
  'DATE_MONTH_NAME',
  'DATE_IMPOSSIBLE',
  'DATE_MONTH_FIRST',
  'DATE_TWO_DIGIT_YEAR',
  'DATE_OUT_OF_RANGE',
  'GOLONGAN_UNKNOWN',
  'GOLONGAN_MISMATCH',
  'PENDIDIKAN_UNKNOWN',
  'YESNO_UNKNOWN',
  'NUMBER_UNREADABLE',
  'NUMBER_NOT_INTEGER',
  'PREDIKAT_UNKNOWN',
  'POTENSI_UNKNOWN',
  'HUKDIS_UNKNOWN',
  'JENIS_JABATAN_UNKNOWN',
  'PRIORITAS_UNKNOWN',
  'STATUS_UNKNOWN',
] as const;
export type ValueCode = (typeof VALUE_CODES)[number];

export type ValueParams = Readonly<Record<string, string | number>>;

/**
 * A parsed cell: `value` null means the cell was blank (empty, whitespace only, or a lone
 * dash, which Indonesian sheets use for "none").
 */
export type ValueResult<T> =
  { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly code: ValueCode; readonly params: ValueParams };

/** A recognised value. */
export function ok<T>(value: T): ValueResult<T> {
  return { ok: true, value };
}

/** A blank cell. */
export function blank<T>(): ValueResult<T> {
  return { ok: true, value: null };
}

/** A problem with its message parameters. */
export function fail<T>(code: ValueCode, params: ValueParams = {}): ValueResult<T> {
  return { ok: false, code, params };
}

/**
 * Re-types a failure for another value type (failures carry no value).
 *
 * @example if (!r.ok) return relay(r);
 */
export function relay<T>(failure: { readonly ok: false; readonly code: ValueCode; readonly params: ValueParams }): ValueResult<T> {
  return failure;
}

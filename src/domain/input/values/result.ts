/**
 * What every value parser returns: the recognised value, a blank, or a problem as data
 * (a code and the parameters its message needs; errors are data). The input
 * layer turns a failure into an {@link Issue} with sheet, row and column; the words live
 * in the `values` i18n namespace under the same code.
 */

import type { ValueCode } from '../../model/issueCodes';

/** Every code a value parser can return (listed with every issue code on the ground floor). */
export { VALUE_CODES, type ValueCode } from '../../model/issueCodes';

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

/** The one blank result: results are never changed, so every blank cell shares it. */
const BLANK: ValueResult<never> = Object.freeze({ ok: true, value: null });

/** A blank cell. */
export function blank<T>(): ValueResult<T> {
  return BLANK;
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

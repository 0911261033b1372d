/**
 * Numbers as Indonesian sheets hold them: real numbers, or text with a decimal comma and
 * thousands dots (`1.250,5`), or the English style (`1,250.5`), possibly with `%`.
 */
import type { CellValue } from '../../model/cell';
import { readCell } from './cellInput';
import { blank, fail, ok, relay, type ValueResult } from './result';

/** Distance from a whole number still read as that number (formula results like 2.9999999999). */
const INTEGER_TOLERANCE = 1e-9;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

/**
 * Reads a number. Text follows Indonesian usage first: a comma is the decimal mark and a
 * dot groups thousands (`1.250,5` → 1250.5, `12,5` → 12.5, `1.250` → 1250). When both
 * marks appear, the later one is the decimal mark (`1,250.5` → 1250.5); a single dot not
 * followed by exactly three digits is a decimal point (`4.5` → 4.5); several commas group
 * thousands (`1,250,000`), and so do spaces between groups of three (`1 250 000`; `2 1` is
 * no number). A trailing `%` is dropped and the number kept as written
 * (`4,5 %` → 4.5), as percentage columns hold percents.
 *
 * Codes: NUMBER_UNREADABLE, CELL_FORMULA_ERROR.
 *
 * @example parseNumber('1.250,5') // ok: 1250.5
 * @example parseNumber('4.5%') // ok: 4.5
 */
export function parseNumber(raw: CellValue | undefined): ValueResult<number> {
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'number':
      return Number.isFinite(cell.value) ? ok(cell.value) : fail('NUMBER_UNREADABLE', { value: String(cell.value) });
    case 'boolean':
      return fail('NUMBER_UNREADABLE', { value: String(cell.value).toUpperCase() });
    case 'date':
      return fail('NUMBER_UNREADABLE', { value: String(cell.value) });
    case 'text': {
      const value = numberFromText(cell.text);
      return value === null ? fail('NUMBER_UNREADABLE', { value: cell.text }) : ok(value);
    }
  }
}

/**
 * Reads a whole number (counts such as Formasi or Kebutuhan ABK); a value within 1e-9 of
 * a whole number is rounded to it.
 *
 * Codes: NUMBER_NOT_INTEGER, NUMBER_UNREADABLE, CELL_FORMULA_ERROR.
 *
 * @example parseInteger('12') // ok: 12
 * @example parseInteger('2,5') // fails: NUMBER_NOT_INTEGER
 */
export function parseInteger(raw: CellValue | undefined): ValueResult<number> {
  const result = parseNumber(raw);
  if (!result.ok) return relay(result);
  if (result.value === null) return blank();
  const whole = Math.round(result.value);
  if (Math.abs(result.value - whole) > INTEGER_TOLERANCE) return fail('NUMBER_NOT_INTEGER', { value: result.value });
  return ok(whole === 0 ? 0 : whole);
}

/** Digits grouped by spaces (`1 250 000`, also no-break and thin spaces); other spaced digits are no number. */
const SPACE_GROUPS = /(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d ])/g;

function numberFromText(text: string): number | null {
  const ungrouped = text.replace(SPACE_GROUPS, (groups) => groups.replace(/[ \u00A0\u202F]/g, ''));
  if (/\d\s+\d/.test(ungrouped)) return null;
  // A leading apostrophe is Excel's "keep as text" marker.
  let s = ungrouped
    .replace(/^'/, '')
    .replace(/[\s\u200B-\u200D\u2060]+/g, '')
    .replace(/\u2212/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);
  const plain = EXPONENT.test(s) ? s : canonicalDigits(s);
  if (plain === null) return null;
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** `1.250,5` → `1250.5`; null when the marks are not a consistent number. */
function canonicalDigits(s: string): string | null {
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = '', extra] = s.split(decimal);
    if (extra !== undefined || fraction.includes(group)) return null;
    return joined(grouped(whole, group), fraction);
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return s;
  const parts = s.split(mark);
  if (parts.length > 2) return grouped(s, mark);
  const [whole = '', fraction = ''] = parts;
  // One dot before exactly three digits groups thousands in Indonesian (`1.250`); a comma never does.
  if (mark === '.' && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return whole + fraction;
  return joined(whole, fraction);
}

/** Digits of `1.250.000` (with `group` = '.') or null when the groups are not of three. */
function grouped(whole: string, group: string): string | null {
  if (whole === '') return '0';
  const pattern = group === '.' ? /^\d{1,3}(?:\.\d{3})*$/ : /^\d{1,3}(?:,\d{3})*$/;
  if (!pattern.test(whole)) return /^\d+$/.test(whole) ? whole : null;
  return whole.split(group).join('');
}

function joined(whole: string | null, fraction: string): string | null {
  if (whole === null || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  return `${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`;
}

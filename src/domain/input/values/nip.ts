/**
 * NIP (Nomor Induk Pegawai): the 18-digit civil-servant number and what it encodes.
 *
 * Layout (PP 11/2017 and BKN practice): digits 1-8 birth date YYYYMMDD, digits 9-14 the
 * CPNS appointment (TMT CPNS) YYYYMM, digit 15 gender (1 = male, 2 = female), digits
 * 16-18 a sequence number. PPPK numbers (NI PPPK) use the same layout but put a code
 * above 12 (21, 22, …) where the month would be.
 */
import type { CellValue } from '../../model/cell';
import { dayFromYmd } from '../../model/dates';
import { asNip, type DayNumber, type Gender, type Nip } from '../../model/types';
import { readCell } from './cellInput';
import { plainNumberText } from './numberText';
import { blank, fail, ok, type ValueResult } from './result';

/** What an 18-digit NIP says about its holder. */
export interface NipInfo {
  readonly nip: Nip;
  readonly birthDate: DayNumber;
  readonly gender: Gender;
  /** 'PPPK' when the month digits (13-14) are above 12. */
  readonly kind: 'PNS' | 'PPPK';
  /** TMT CPNS from digits 9-14; `month` is null for a PPPK number, whose digits 13-14 are a code. */
  readonly appointed: { readonly year: number; readonly month: number | null };
}

const NIP_LENGTH = 18;
/** Lowest plausible birth year in a NIP; digits below it are a typing error. */
const MIN_BIRTH_YEAR = 1900;
/**
 * Youngest age at appointment accepted as plausible. CPNS applicants must be at least 18
 * (PP 11/2017 Pasal 23); 15 leaves room for honorary staff appointed early while still
 * catching transposed digits.
 */
const MIN_APPOINTMENT_AGE = 15;
/** Text that is a number in exponent form: a NIP that went through a number and back. */
const EXPONENT_TEXT = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/**
 * Reads a NIP. Spaces, dots and hyphens between digit groups are removed
 * (`19800512 200501 1 003`). A NIP held as a number (or its exponent text `1.98E+17`)
 * has lost the digits beyond Excel's 15 significant ones: that is `NIP_AS_NUMBER` and is
 * never repaired, because the lost digits cannot be known.
 *
 * Codes: NIP_AS_NUMBER, NIP_NOT_DIGITS, NIP_LENGTH, NIP_BIRTH_DATE, NIP_CPNS_MONTH,
 * NIP_CPNS_YEAR, NIP_GENDER_DIGIT, CELL_FORMULA_ERROR.
 *
 * @example parseNip('198005122005011003') // ok: born 1980-05-12, male, PNS appointed 2005-01
 */
export function parseNip(raw: CellValue | undefined): ValueResult<NipInfo> {
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'number':
      return fail('NIP_AS_NUMBER', { value: plainNumberText(cell.value) });
    case 'boolean':
      return fail('NIP_NOT_DIGITS', { value: String(cell.value).toUpperCase() });
    case 'date':
      return fail('NIP_NOT_DIGITS', { value: Number.isNaN(cell.value.getTime()) ? '' : cell.value.toISOString().slice(0, 10) });
    case 'text':
      return nipFromText(cell.text);
  }
}

function nipFromText(text: string): ValueResult<NipInfo> {
  // A leading apostrophe is Excel's "keep as text" marker; CSV exports sometimes keep it.
  // Digits only (the usual case) have nothing to strip and cannot be an exponent.
  const plain = isDigits(text);
  const compact = plain ? text : text.replace(/^'/, '').replace(/[\s.\-\u2010-\u2015]+/g, '');
  if (!plain && EXPONENT_TEXT.test(text.trim())) return fail('NIP_AS_NUMBER', { value: text.trim() });
  if (!plain && !/^\d+$/.test(compact)) return fail('NIP_NOT_DIGITS', { value: text });
  if (compact.length !== NIP_LENGTH) return fail('NIP_LENGTH', { length: compact.length, expected: NIP_LENGTH });

  const birthYear = digitsAt(compact, 1, 4);
  const birthDate = dayFromYmd(birthYear, digitsAt(compact, 5, 6), digitsAt(compact, 7, 8));
  if (birthDate === null || birthYear < MIN_BIRTH_YEAR) return fail('NIP_BIRTH_DATE', { digits: compact.slice(0, 8) });

  const appointedYear = digitsAt(compact, 9, 12);
  const monthDigits = digitsAt(compact, 13, 14);
  if (monthDigits === 0) return fail('NIP_CPNS_MONTH', { digits: compact.slice(8, 14), month: compact.slice(12, 14) });
  const kind = monthDigits > 12 ? 'PPPK' : 'PNS';
  if (appointedYear < birthYear + MIN_APPOINTMENT_AGE) {
    return fail('NIP_CPNS_YEAR', { digits: compact.slice(8, 14), year: appointedYear, birthYear });
  }

  const genderDigit = compact.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return fail('NIP_GENDER_DIGIT', { digit: genderDigit });

  return ok({
    nip: asNip(compact),
    birthDate,
    gender: genderDigit === '1' ? 'L' : 'P',
    kind,
    appointed: { year: appointedYear, month: kind === 'PPPK' ? null : monthDigits },
  });
}

/** Whether the text is one or more ASCII digits. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The number written by digits `from` to `to` (1-based, inclusive) of an all-digit text. */
function digitsAt(compact: string, from: number, to: number): number {
  let n = 0;
  for (let i = from - 1; i < to; i += 1) n = n * 10 + (compact.charCodeAt(i) - 0x30);
  return n;
}

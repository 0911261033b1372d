/**
 * Free text (names, units, fields of study): tidied, never refused.
 */
import type { CellValue } from '../../model/cell';
import { isoFromDay } from '../../model/dates';
import { readCell } from './cellInput';
import { collapseSpaces, isCollapsed } from '../../model/normalize';
import { plainNumberText } from './numberText';
import { blank, ok, type ValueResult } from './result';
import { memoizeCell } from './textMemo';

const MS_PER_DAY = 86_400_000;

/**
 * The text a cell shows, tidied: trimmed, whitespace runs (line breaks included) collapsed
 * to one space, numbers written out in full (`198005122005011000`, never `1.98E+17`),
 * truth values as TRUE/FALSE, dates as `YYYY-MM-DD`.
 *
 * Codes: CELL_FORMULA_ERROR only.
 *
 * @example parseText('  Dinas   Kesehatan ') // ok: 'Dinas Kesehatan'
 */
export function parseText(raw: CellValue | undefined): ValueResult<string> {
  // Most cells are tidy text already: no outer or doubled space, no dash or # to look at.
  if (typeof raw === 'string' && raw.length > 0 && isCollapsed(raw) && plainStart(raw.charCodeAt(0))) return ok(raw);
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'text': {
      const text = collapseSpaces(cell.text);
      return text === '' ? blank() : ok(text);
    }
    case 'number':
      return ok(plainNumberText(cell.value));
    case 'boolean':
      return ok(cell.value ? 'TRUE' : 'FALSE');
    case 'date': {
      const time = cell.value.getTime();
      return Number.isFinite(time) ? ok(isoFromDay(Math.round(time / MS_PER_DAY))) : blank();
    }
  }
}

/**
 * {@link parseText} for the columns that repeat a few thousand spellings over all rows (units,
 * position names, choices): each spelling is tidied once. Not for names and codes, which differ
 * on every row.
 */
export const parseRepeatedText = memoizeCell(parseText);

/** Whether a text's first character rules out a dash-only blank and a formula error (`-`, dashes, `#`). */
function plainStart(c: number): boolean {
  return c !== 0x2d && c !== 0x23 && !(c >= 0x2012 && c <= 0x2015) && c !== 0x2212;
}

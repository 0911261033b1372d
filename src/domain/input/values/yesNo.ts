/**
 * Yes / no answers as sheets hold them: words in either language, letters, 1/0 and
 * Excel's TRUE/FALSE.
 */
import type { CellValue } from '../../model/cell';
import { readCell } from './cellInput';
import { vocabularyParser } from './enumeration';
import { plainNumberText } from './numberText';
import { blank, fail, ok, type ValueResult } from './result';
import { memoizeCell } from './textMemo';

const fromText = vocabularyParser<boolean>({
  code: 'YESNO_UNKNOWN',
  terms: [
    [true, ['Ya', 'Y', 'Iya', 'Yes', 'True', 'Benar', 'Bersedia', '1']],
    // `T` is Tidak: Indonesian forms abbreviate Ya/Tidak as Y/T.
    [false, ['Tidak', 'T', 'Tdk', 'No', 'N', 'False', 'Salah', 'Tidak Bersedia', '0']],
  ],
});

const CHECK_MARK = /^[\u2713\u2714\u221A\u2611]$/;
const CROSS_MARK = /^[\u2717\u2718\u00D7\u2612]$/;

/**
 * Reads yes or no: Ya/Tidak, Y/T, Yes/No, Y/N, Benar/Salah, Bersedia/Tidak Bersedia,
 * 1/0, TRUE/FALSE (text or Excel truth values), and check or cross marks.
 *
 * Codes: YESNO_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parseYesNo('Tidak') // ok: false
 * @example parseYesNo(1) // ok: true
 */
export function parseYesNo(raw: CellValue | undefined): ValueResult<boolean> {
  return yesNoFromCell(raw);
}

/** The column holds a few spellings: each is read once. */
const yesNoFromCell = memoizeCell(readYesNo);

function readYesNo(raw: CellValue | undefined): ValueResult<boolean> {
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'boolean':
      return ok(cell.value);
    case 'number':
      if (cell.value === 1 || cell.value === 0) return ok(cell.value === 1);
      return fail('YESNO_UNKNOWN', { value: plainNumberText(cell.value) });
    case 'date':
      return fail('YESNO_UNKNOWN', { value: String(cell.value) });
    case 'text':
      if (CHECK_MARK.test(cell.text)) return ok(true);
      if (CROSS_MARK.test(cell.text)) return ok(false);
      return fromText(cell.text);
  }
}

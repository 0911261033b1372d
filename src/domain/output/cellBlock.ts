/**
 * Where the parts of a {@link CellBlock} go, shared by both workbook adapters and by the
 * charts that draw a block's figures: title, header and data rows, and the block's columns.
 */
import { columnLetter } from '../input/columnLetter';
import type { CellBlock } from './sheetModel';

export interface CellBlockPlacement {
  readonly titleRow: number;
  readonly headerRow: number;
  /** First and last data row; `lastRow` is `headerRow` when the block has no rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Column letters of the block's first and last column. */
  readonly firstLetter: string;
  readonly lastLetter: string;
  /** Column letter of each column of the block. */
  readonly letters: readonly string[];
}

/**
 * The rows and column letters of `block`.
 *
 * @example cellBlockPlacement({ titleRow: 3, firstColumn: 4, columns: [a, b], rows: [r1, r2], title: '' })
 * // { titleRow: 3, headerRow: 4, firstRow: 5, lastRow: 6, firstLetter: 'E', lastLetter: 'F', letters: ['E', 'F'] }
 */
export function cellBlockPlacement(block: CellBlock): CellBlockPlacement {
  const headerRow = block.titleRow + 1;
  const letters = block.columns.map((_, c) => columnLetter(block.firstColumn + c));
  return {
    titleRow: block.titleRow,
    headerRow,
    firstRow: headerRow + 1,
    lastRow: headerRow + block.rows.length,
    firstLetter: letters[0] ?? columnLetter(block.firstColumn),
    lastLetter: letters.at(-1) ?? columnLetter(block.firstColumn),
    letters,
  };
}

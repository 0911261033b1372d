/**
 * A worksheet cell's start tag (`<c r="B7" s="3" t="s">`) read in one pass over its attributes,
 * the reference and the style read as numbers in place: the tag a sheet holds most of.
 */
import type { TagAttributes } from './tagAttributes';

/** What a cell's start tag says: its column (1-based), type (`t`, `n` when absent) and format (`s`). */
export interface CellAttributes {
  column: number;
  type: string;
  style: number;
}

/**
 * Reads the cell tag's `r`, `t` and `s` into `cell` (the first of each, as {@link TagAttributes.get}
 * would); a cell without `r` is the one after `previousColumn`.
 */
export function readCell(attributes: TagAttributes, cell: CellAttributes, previousColumn: number): void {
  let column = -1;
  let type: string | undefined;
  let style = 0;
  let styled = false;
  while (attributes.next()) {
    if (attributes.keyEnd - attributes.keyStart !== 1) continue;
    const key = attributes.text.charCodeAt(attributes.keyStart);
    if (key === 114 /* r */) {
      if (column < 0) column = columnAt(attributes);
    } else if (key === 116 /* t */) {
      type ??= attributes.value();
    } else if (key === 115 /* s */) {
      if (!styled) style = styleAt(attributes);
      styled = true;
    }
  }
  cell.column = column < 0 ? previousColumn + 1 : column;
  cell.type = type ?? 'n';
  cell.style = style;
}

/** The column of the current attribute's reference, such as `AB12` (0 when it starts with no letter). */
function columnAt(attributes: TagAttributes): number {
  const text = attributes.text;
  let column = 0;
  for (let i = attributes.valueStart; i < attributes.valueEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 38 /* & */) return columnOf(attributes.value()); // an entity may stand for a letter
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/** The current attribute's value as a number (NaN when it is none): digits read in place. */
function styleAt(attributes: TagAttributes): number {
  const text = attributes.text;
  const { valueStart, valueEnd } = attributes;
  if (valueEnd === valueStart || valueEnd - valueStart > 9) return Number(attributes.value());
  let style = 0;
  for (let i = valueStart; i < valueEnd; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(attributes.value());
    style = style * 10 + digit;
  }
  return style;
}

/** Column number (1-based) of a cell reference such as `AB12`. */
export function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

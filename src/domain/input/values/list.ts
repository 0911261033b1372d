/**
 * Lists typed into one cell: competencies, accepted fields of study, units to avoid.
 */
import type { CellValue } from '../../model/cell';
import { collapseSpaces } from '../../model/normalize';
import { blank, ok, relay, type ValueResult } from './result';
import { parseText } from './text';

/** A list bullet or number at the start of an item typed on its own line: `- `, `• `, `1. `, `2) `. */
const BULLET = /^(?:[-\u2022\u00B7*\u2013]\s*|\d{1,2}[.)]\s+)/;

/**
 * Splits a cell into items on `;` or line breaks — or, when the cell has neither, on `,`
 * (real unit names contain commas: "Dinas Pemberdayaan Perempuan, Perlindungan Anak, …";
 * whoever writes such a name in a list separates items with `;`). Trims each item,
 * removes list bullets, drops empty items and repeats (case-insensitively, keeping the
 * first spelling). A blank cell is null, never an empty list.
 *
 * Codes: CELL_FORMULA_ERROR only.
 *
 * @example parseList('Arsip, Keuangan, arsip') // ok: ['Arsip', 'Keuangan']
 * @example parseList('Dinas A, B dan C; Bappeda') // ok: ['Dinas A, B dan C', 'Bappeda']
 */
export function parseList(raw: CellValue | undefined): ValueResult<readonly string[]> {
  const checked = parseText(raw);
  if (!checked.ok) return relay(checked);
  if (checked.value === null) return blank();
  // Split the original text: parseText has already folded its line breaks into spaces.
  return listFromText(typeof raw === 'string' ? raw : checked.value);
}

function listFromText(text: string): ValueResult<readonly string[]> {
  const seen = new Set<string>();
  const items: string[] = [];
  const separator = /[;\r\n]/.test(text) ? /[;\r\n]+/ : /,+/;
  for (const piece of text.split(separator)) {
    const item = collapseSpaces(
      collapseSpaces(piece)
        .replace(BULLET, '')
        .replace(/^[\s,]+|[\s,]+$/g, ''),
    );
    const key = item.toLocaleLowerCase('id');
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items.length === 0 ? blank() : ok(items);
}

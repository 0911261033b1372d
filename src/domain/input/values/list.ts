/**
 * Lists typed into one cell: competencies, accepted fields of study, units to avoid.
 */
import type { CellValue } from '../../cell';
import { collapseSpaces } from './normalize';
import { blank, ok, relay, type ValueResult } from './result';
import { parseText } from './text';

/** A list bullet or number at the start of an item typed on its own line: `- `, `• `, `1. `, `2) `. */
const BULLET = /^(?:[-\u2022\u00B7*\u2013]\s*|\d{1,2}[.)]\s+)/;

/**
 * Splits a cell into items on `;`, `,` or line breaks; trims each item, removes list
 * bullets, drops empty items and repeats (case-insensitively, keeping the first
 * spelling). A blank cell is null, never an empty list.
 *
 * Codes: CELL_FORMULA_ERROR only.
 *
 * @example parseList('Arsip; Keuangan, arsip\nPelayanan Publik') // ok: ['Arsip', 'Keuangan', 'Pelayanan Publik']
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
  for (const piece of text.split(/[;,\r\n]+/)) {
    const item = collapseSpaces(collapseSpaces(piece).replace(BULLET, ''));
    const key = item.toLocaleLowerCase('id');
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items.length === 0 ? blank() : ok(items);
}

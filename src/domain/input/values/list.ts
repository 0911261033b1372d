/**
 * Lists typed into one cell: competencies, accepted fields of study, units to avoid.
 */
import type { CellValue } from '../../model/cell';
import { collapseSpaces } from '../../model/normalize';
import { blank, ok, relay, type ValueResult } from './result';
import { parseText } from './text';
import { memoizeText } from './textMemo';

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
  return listFromMemo(typeof raw === 'string' ? raw : checked.value);
}

/** Lists repeat across rows (the same competencies, the same units to avoid): each spelling is split once. */
const listFromMemo = memoizeText(listFromText);

function listFromText(text: string): ValueResult<readonly string[]> {
  const seen = new Set<string>();
  const items: string[] = [];
  const separator = /[;\r\n]/.test(text) ? /[;\r\n]+/ : /,+/;
  for (const piece of text.split(separator)) {
    const item = tidyItem(piece);
    const key = isAscii(item) ? item.toLowerCase() : item.toLocaleLowerCase('id');
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items.length === 0 ? blank() : ok(items);
}

/** One item: spaces collapsed, a bullet and outer commas removed (each step only where it can change something). */
function tidyItem(piece: string): string {
  let item = collapseSpaces(piece);
  if (item.length === 0) return item;
  const first = item.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || BULLET_START.has(first)) item = item.replace(BULLET, '');
  if (item.length > 0 && (edgeMayGo(item.charCodeAt(0)) || edgeMayGo(item.charCodeAt(item.length - 1)))) {
    item = item.replace(/^[\s,]+|[\s,]+$/g, '');
  }
  return collapseSpaces(item);
}

/** The first characters of a bullet other than a digit: - • · * –. */
const BULLET_START: ReadonlySet<number> = new Set([0x2d, 0x2022, 0xb7, 0x2a, 0x2013]);

/** Whether an outer character might be a comma or whitespace (conservative: then the pattern decides). */
function edgeMayGo(c: number): boolean {
  return c === 0x2c || c <= 32 || c >= 128;
}

/** ASCII text lower-cases the same in every locale. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

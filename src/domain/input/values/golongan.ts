/**
 * Golongan ruang (civil-service rank) as sheets write it: the code in Roman or Arabic
 * numerals with any separator, the rank name (pangkat), or both.
 */
import type { CellValue } from '../../model/cell';
import { GOLONGAN, PANGKAT, type Golongan } from '../../model/types';
import { parseTextOnly } from './cellInput';
import { fail, ok, type ValueResult } from './result';
import { memoizeCell, memoizeText } from './textMemo';

export type GolonganGroup = 'I' | 'II' | 'III' | 'IV';

const GROUP_OF_NUMERAL: Readonly<Record<string, GolonganGroup>> = {
  i: 'I',
  ii: 'II',
  iii: 'III',
  iv: 'IV',
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
};
/** `III/a`, `III-a`, `III a`, `IIIa`, `3a`, `3/A`, `III.a`, `III / a`, not inside a word. */
const CODE = /(?<![\p{L}\p{N}])(iv|iii|ii|i|[1-4])\s*[/\-.]?\s*([a-e])(?![\p{L}\p{N}])/giu;

/** Rank names as word lists, longest first, so `Penata Muda Tingkat I` wins over `Penata Muda`. */
const NAMES: readonly { readonly words: readonly string[]; readonly golongan: Golongan }[] = GOLONGAN.map((g) => ({
  words: PANGKAT[g].toLowerCase().split(' '),
  golongan: g,
})).sort((a, b) => b.words.length - a.words.length);

/** Words that may stand beside a rank name without changing what it says. */
const FILLER_WORDS: ReadonlySet<string> = new Set(['pangkat', 'gol', 'golongan', 'ruang', 'pangkatgolongan']);

/**
 * Reads a golongan: `III/a`, `III-a`, `III a`, `IIIa`, `3a`, `3/A`, `3-a`,
 * `Penata Muda (III/a)`, `Penata Muda, III/a`, or the rank name alone (`Penata Muda
 * Tingkat I`, also written `Tk. I`, `Tk.I`, `Tkt. I`) → `III/b`. A rank name without a
 * code must stand alone (`Pangkat: Penata` is fine, `Penata Laksana Barang` is not).
 * When the name and the code disagree, or two codes do, nothing is guessed
 * (GOLONGAN_MISMATCH).
 *
 * Codes: GOLONGAN_UNKNOWN, GOLONGAN_MISMATCH, CELL_FORMULA_ERROR.
 *
 * @example parseGolongan('Penata Muda (III/a)') // ok: 'III/a'
 * @example parseGolongan('3b') // ok: 'III/b'
 */
export function parseGolongan(raw: CellValue | undefined): ValueResult<Golongan> {
  return golonganFromCell(raw);
}

const golonganFromCell = memoizeCell((raw) => parseTextOnly(raw, 'GOLONGAN_UNKNOWN', golonganFromText));

const golonganFromText = memoizeText(readGolonganText);

function readGolonganText(text: string): ValueResult<Golongan> {
  const codes = codesIn(text);
  const found = new Set<Golongan>(codes);
  const byName = golonganFromName(text);
  // A rank name alone must be the whole text (apart from words like `Pangkat`, `Gol.`),
  // so a position title such as `Penata Laksana Barang` is not read as golongan III/c.
  if (byName !== null && (codes.length > 0 || byName.rest.every((w) => FILLER_WORDS.has(w)))) found.add(byName.golongan);
  const [first, second] = [...found];
  if (first === undefined) return fail('GOLONGAN_UNKNOWN', { value: text });
  if (second !== undefined) return fail('GOLONGAN_MISMATCH', { first, second });
  return ok(first);
}

/** Every golongan code written in the text; an impossible one (`I/e`) is GOLONGAN_UNKNOWN later. */
function codesIn(text: string): Golongan[] {
  const codes: Golongan[] = [];
  for (const match of text.matchAll(CODE)) {
    const group = GROUP_OF_NUMERAL[(match[1] ?? '').toLowerCase()];
    const candidate = `${group ?? ''}/${(match[2] ?? '').toLowerCase()}`;
    if (isGolongan(candidate)) codes.push(candidate);
  }
  return codes;
}

function isGolongan(s: string): s is Golongan {
  return (GOLONGAN as readonly string[]).includes(s);
}

/** The golongan whose rank name appears in the text (longest name first) and the other words, or null. */
function golonganFromName(text: string): { readonly golongan: Golongan; readonly rest: readonly string[] } | null {
  const words = rankWords(text);
  for (const { words: name, golongan } of NAMES) {
    for (let start = 0; start + name.length <= words.length; start += 1) {
      if (name.every((w, i) => words[start + i] === w)) {
        return { golongan, rest: [...words.slice(0, start), ...words.slice(start + name.length)] };
      }
    }
  }
  return null;
}

/** Lower-case words with `Tk.`, `Tkt`, `Tk.I` and `Tingkat 1` spelled as `tingkat i`. */
function rankWords(text: string): string[] {
  const raw = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const words: string[] = [];
  for (const w of raw) {
    if (w === 'tk' || w === 'tkt' || w === 'tingkat') words.push('tingkat');
    else if (w === 'tki' || w === 'tkti') words.push('tingkat', 'i');
    else if (w === '1' && words[words.length - 1] === 'tingkat') words.push('i');
    else words.push(w);
  }
  return words;
}

/**
 * Position of a golongan in the rank order: 0 for I/a … 16 for IV/e.
 *
 * @example golonganIndex('III/a') // 8
 */
export function golonganIndex(g: Golongan): number {
  return GOLONGAN.indexOf(g);
}

/**
 * The golongan's group (the Roman numeral before the slash).
 *
 * @example golonganGroup('III/d') // 'III'
 */
export function golonganGroup(g: Golongan): GolonganGroup {
  return g.slice(0, g.indexOf('/')) as GolonganGroup;
}

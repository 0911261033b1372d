/**
 * Text as lowercase words for whole-word keyword matching ("Dinas Kesehatan (Dinkes)" →
 * "dinas kesehatan dinkes"); the word-preserving sibling of `normalizeKey`.
 */

/** Lowercase words (letters and digits, accents removed) separated by single spaces. */
export function wordsOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

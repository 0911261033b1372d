/**
 * Text as lowercase words for whole-word keyword matching ("Dinas Kesehatan (Dinkes)" →
 * "dinas kesehatan dinkes"); the word-preserving sibling of `normalizeKey`.
 */

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lowercase words (letters and digits, accents removed) separated by single spaces. */
export function wordsOf(text: string): string {
  // Most names are plain ASCII words already single-spaced: lowercasing is all they need.
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Text normalisation shared by the value parsers and by header matching.
 */

/** Whitespace as spreadsheets deliver it: \s already covers no-break and thin spaces; add zero-width ones. */
const SPACES = /[\s\u200B-\u200D\u2060]+/g;

/**
 * Trims and collapses every run of whitespace (including no-break, thin and zero-width
 * spaces, tabs and line breaks) into one ordinary space.
 *
 * @example collapseSpaces('  Dinas\u00A0 Kesehatan\n') // 'Dinas Kesehatan'
 */
export function collapseSpaces(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/**
 * A key for comparing labels written by hand: lower case, accents removed, and everything
 * but letters and digits dropped. Used for header matching and for enumeration aliases.
 *
 * @example normalizeKey('Tgl. Lahir') // 'tgllahir'
 * @example normalizeKey('Pendidikan  Terakhir (Jenjang)') // 'pendidikanterakhirjenjang'
 */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

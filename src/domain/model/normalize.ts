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
  return isCollapsed(s) ? s : s.replace(SPACES, ' ').trim();
}

/**
 * Whether `s` is already collapsed: no leading, trailing or doubled ordinary space and no
 * other whitespace. Conservative: any character that might be whitespace sends the text
 * down the regular-expression path, so the result is always that path's result.
 */
export function isCollapsed(s: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 32 || (c >= 128 && mightBeSpace(c))) return false;
    else previousSpace = false;
  }
  return !previousSpace || s.length === 0;
}

/** Non-ASCII code units that are (or are near) whitespace or zero-width characters. */
function mightBeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
}

/**
 * A key for comparing labels written by hand: lower case, accents removed, and everything
 * but letters and digits dropped. Used for header matching and for enumeration aliases.
 *
 * @example normalizeKey('Tgl. Lahir') // 'tgllahir'
 * @example normalizeKey('Pendidikan  Terakhir (Jenjang)') // 'pendidikanterakhirjenjang'
 */
export function normalizeKey(s: string): string {
  const cached = keyCache.get(s);
  if (cached !== undefined) return cached;
  const key = isAscii(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, '') : unicodeKey(s);
  // The same unit, position and code names recur on every row: remember them, within bounds.
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(s, key);
  return key;
}

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** ASCII text needs no decomposition, and its only letters and digits are A-Z, a-z and 0-9. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

function unicodeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

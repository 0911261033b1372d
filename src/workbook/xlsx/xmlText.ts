/** Small text helpers for SpreadsheetML read without a DOM. */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as written in the XML, with its entities and character references decoded. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Characters XML cannot hold are stored as `_xHHHH_` in cell text (ECMA-376 Part 1, ST_Xstring),
 * e.g. `_x000D_` for a carriage return; decoded the way Excel shows them.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The element name without its namespace prefix (`x:c` → `c`): some writers prefix SpreadsheetML. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * Text or an attribute value escaped for XML, as ExcelJS writes it: the five markup characters
 * as entities, and the control characters XML 1.0 cannot hold (all below U+0020 but tab, line
 * feed and carriage return, and U+007F) left out.
 */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)
    ? // eslint-disable-next-line no-control-regex
      text.replace(/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => ESCAPES[ch] ?? '')
    : text;
}

/** The text without the control characters {@link xmlEscape} leaves out: what a saved file keeps of it. */
export function withoutControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text) ? text.replace(/[\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, '') : text;
}

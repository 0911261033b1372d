/**
 * Which cell formats show a date: a number in a date-formatted cell is read as a date, the way
 * Excel shows it (and as ExcelJS and Office.js deliver it).
 */
import { decodeXml } from './xmlText';

/**
 * The built-in number formats that show a date or a time (ECMA-376 Part 1, 18.8.30): 14-22 and
 * 45-47 everywhere, 27-36 and 50-58 in the East Asian locales.
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when a number format code shows a date or time: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** For each cell format (`<cellXfs>`, indexed by a cell's `s`), whether it shows a date. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [, id, code] of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?\snumFmtId="(\d+)"[^>]*?\sformatCode="([^"]*)"/g)) {
    custom.set(Number(id), decodeXml(code ?? ''));
  }
  for (const [, code, id] of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?\sformatCode="([^"]*)"[^>]*?\snumFmtId="(\d+)"/g)) {
    custom.set(Number(id), decodeXml(code ?? ''));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].map(([, attributes]) => {
    const id = Number(/\snumFmtId="(\d+)"/.exec(` ${attributes ?? ''}`)?.[1] ?? 0);
    if (id === 0) return false;
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATE_IDS.has(id) : isDateFormat(code);
  });
}

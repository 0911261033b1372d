/**
 * Adds the result sheets to the user's file without writing the user's sheets again. The new
 * sheets come as a small package of their own (xlsx/write/leanWorkbook.ts, laid out as ExcelJS
 * lays out a workbook); their parts are then copied into
 * the original .xlsx package, whose own parts stay byte for byte as they were: the sheets, the
 * styles they use, macros, anything ExcelJS would not have kept. Re-serialising a 50,000-row
 * input sheet was most of a large run's time and memory.
 *
 * What is merged (ECMA-376 Part 1): the new sheets' cell formats (fonts, fills, borders, number
 * formats and cellXfs, appended to the original styles with their indexes shifted), their
 * shared strings (appended, indexes shifted), their tables (renumbered), their print titles
 * (defined names, re-pointed at the new sheet positions), the sheets and relationships of the
 * workbook part, the content types, and the request to recalculate formulas on opening.
 */
import {
  PackageLayoutError as AppendSheetsError,
  attr,
  dirOf,
  partText as text,
  relatedPart,
  relsOf,
  workbookPart as workbookOf,
} from '../packageParts';
import { openPackage } from '../packageReader';
import { readZipEntries, writeZip, type DeflateRaw, type InflateRaw, type ZipEntry } from '../zipArchive';
import { ChangedParts } from './changedParts';
import { xmlEscape } from '../xmlText';
import { tableXml, type LeanWorkbook } from './leanWorkbook';
import { appendSharedStrings, EMPTY_SHARED_STRINGS, sharedStringsLayout } from './sharedStringsPart';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STRINGS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The package cannot be merged (an unexpected layout): the caller writes the whole workbook instead. */
export { PackageLayoutError as AppendSheetsError } from '../packageParts';

/** The elements of one list in a styles part (`<fonts>…</fonts>` → each `<font>`). */
function listItems(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1];
  if (body === undefined) return [];
  return body.match(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g')) ?? [];
}

/** Appends `items` to the list `list` of `xml`, fixing its count; creates the list after `after` when absent. */
function appendToList(xml: string, list: string, items: readonly string[], after: RegExp): string {
  if (items.length === 0) return xml;
  const open = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(xml);
  if (open === null) {
    const anchor = after.exec(xml);
    if (anchor === null) throw new AppendSheetsError(`no place for <${list}>`);
    const at = anchor.index + anchor[0].length;
    return `${xml.slice(0, at)}<${list} count="${items.length}">${items.join('')}</${list}>${xml.slice(at)}`;
  }
  const count = listItemsCount(xml, list, open);
  const tag = open[0].replace(/\scount="\d+"/, '').replace(/\/?>$/, '');
  const opening = `${tag} count="${count + items.length}">`;
  if (open[1] === '/') return `${xml.slice(0, open.index)}${opening}${items.join('')}</${list}>${xml.slice(open.index + open[0].length)}`;
  const close = xml.indexOf(`</${list}>`, open.index);
  return `${xml.slice(0, open.index)}${opening}${xml.slice(open.index + open[0].length, close)}${items.join('')}${xml.slice(close)}`;
}

function listItemsCount(xml: string, list: string, open: RegExpExecArray): number {
  if (open[1] === '/') return 0;
  const item = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', sst: 'si' }[list];
  if (item === undefined) throw new AppendSheetsError(`unknown list ${list}`);
  return listItems(xml, list, item).length;
}

/** Shifts a numeric attribute of every matching tag. */
function shiftAttr(xml: string, tagPattern: string, name: string, shift: (n: number) => number): string {
  const re = new RegExp(`(<(?:${tagPattern})\\b[^>]*?\\s${name}=")(\\d+)(")`, 'g');
  return xml.replace(re, (_, head: string, n: string, tail: string) => `${head}${shift(Number(n))}${tail}`);
}

/** The result's styles appended to the original's; returns the new styles part and the cellXfs offset. */
function mergeStyles(original: string, result: string): { styles: string; xfOffset: number } {
  const fonts = listItems(original, 'fonts', 'font').length;
  const fills = listItems(original, 'fills', 'fill').length;
  const borders = listItems(original, 'borders', 'border').length;
  const xfOffset = listItems(original, 'cellXfs', 'xf').length;
  if (xfOffset === 0 || !/<cellStyleXfs\b/.test(original)) throw new AppendSheetsError('styles part without cell formats');
  const usedIds = [...original.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextId = Math.max(163, ...usedIds) + 1;
  const numFmtId = new Map<number, number>();
  const numFmts = listItems(result, 'numFmts', 'numFmt').map((tag) => {
    const id = Number(attr(tag, 'numFmtId'));
    numFmtId.set(id, nextId);
    return tag.replace(/numFmtId="\d+"/, `numFmtId="${nextId++}"`);
  });
  let xfs = listItems(result, 'cellXfs', 'xf').join('\u0000');
  xfs = shiftAttr(xfs, 'xf', 'numFmtId', (id) => numFmtId.get(id) ?? id);
  xfs = shiftAttr(xfs, 'xf', 'fontId', (id) => id + fonts);
  xfs = shiftAttr(xfs, 'xf', 'fillId', (id) => id + fills);
  xfs = shiftAttr(xfs, 'xf', 'borderId', (id) => id + borders);
  let styles = appendToList(original, 'numFmts', numFmts, /<styleSheet\b[^>]*>/);
  styles = appendToList(styles, 'fonts', listItems(result, 'fonts', 'font'), /$^/);
  styles = appendToList(styles, 'fills', listItems(result, 'fills', 'fill'), /$^/);
  styles = appendToList(styles, 'borders', listItems(result, 'borders', 'border'), /$^/);
  styles = appendToList(styles, 'cellXfs', xfs.split('\u0000'), /$^/);
  return { styles, xfOffset };
}

/** Inserts `xml` after the first of `anchors` found (the workbook part's children have a fixed order). */
function insertAfter(workbook: string, anchors: readonly string[], xml: string): string {
  for (const anchor of anchors) {
    const at = workbook.indexOf(anchor);
    if (at >= 0) return `${workbook.slice(0, at + anchor.length)}${xml}${workbook.slice(at + anchor.length)}`;
  }
  throw new AppendSheetsError('workbook part without sheets');
}

/**
 * The package `original` with the sheets of `results` appended after its own, in order.
 * `original`'s parts are copied as stored (not unpacked and packed again) except the workbook
 * part, its relationships, the styles, the shared strings and the content types, to which the
 * new sheets are added; the parts read are unpacked with `inflate`, the new ones compressed with `deflate`.
 */
export async function appendSheets(
  original: Uint8Array,
  results: LeanWorkbook,
  codec: { readonly deflate: DeflateRaw; readonly inflate: InflateRaw },
): Promise<Uint8Array> {
  const target = await openPackage(original, codec.inflate);
  const book = await workbookOf(target);
  /** Parts written anew or added, by path. */
  const changed = new ChangedParts(codec.deflate);
  // A file appended to before already holds relationships of ours: every id must be new.
  const relIds = new Set(book.rels.map((r) => r.id));
  let relNumber = 1;
  const freeRelId = () => {
    while (relIds.has(`rIdMutasi${relNumber}`)) relNumber++;
    relIds.add(`rIdMutasi${relNumber}`);
    return `rIdMutasi${relNumber}`;
  };

  const stylesPath = relatedPart(book, 'styles');
  if (stylesPath === null) throw new AppendSheetsError('no styles part');
  const originalStyles = await text(target, stylesPath);
  const stringsPath = relatedPart(book, 'sharedStrings');
  const originalStrings = stringsPath === null ? null : sharedStringsLayout(await target.bytes(stringsPath));
  // The new sheets are written with their formats and strings numbered after the original's.
  const offsets = {
    xf: listItems(originalStyles, 'cellXfs', 'xf').length,
    string: originalStrings?.count ?? 0,
  };
  const contentTypes = await text(target, '[Content_Types].xml');
  // A macro-enabled workbook or a template keeps its own content type; written out as .xlsx it
  // would not open, so those are written whole (without their macros) as before.
  const mainType = new RegExp(`<Override\\b[^>]*PartName="/${book.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(
    contentTypes,
  )?.[0];
  if (mainType === undefined || attr(mainType, 'ContentType') !== CT_MAIN) throw new AppendSheetsError('not a plain workbook');
  const overrides: string[] = [];
  const newRels: string[] = [];

  const existing = target.paths();
  const tableIds = await Promise.all(
    existing
      .filter((p) => /\/tables\/[^/]+\.xml$/.test(p))
      .map(async (p) => Number(/<table\b[^>]*\sid="(\d+)"/.exec(await text(target, p))?.[1] ?? 0)),
  );
  let nextTableId = Math.max(0, ...tableIds) + 1;
  const sheetIds = [...book.xml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextSheetId = Math.max(0, ...sheetIds) + 1;
  const originalSheets = sheetIds.length;
  const free = (make: (n: number) => string) => {
    for (let n = 1; ; n++) if (!target.has(make(n)) && !changed.has(make(n))) return make(n);
  };

  // The styles and the shared strings come before the sheets in the order of parts, but are
  // known only once every sheet is rendered.
  changed.reserve(stylesPath);
  const stringsTarget = stringsPath ?? `${dirOf(book.path)}sharedStrings.xml`;
  changed.reserve(stringsTarget);

  // Each sheet's part is compressed while the next is being rendered.
  const newSheets: string[] = [];
  const rendered = results.render(offsets, (sheet) => {
    const to = free((n) => `${dirOf(book.path)}worksheets/sheet${n}.xml`);
    changed.set(to, sheet.xml);
    overrides.push(`<Override PartName="/${to}" ContentType="${CT_SHEET}"/>`);
    const tableRels = sheet.tables.map((table, t) => {
      const tablePath = free((n) => `${dirOf(book.path)}tables/table${n}.xml`);
      changed.set(tablePath, tableXml(table, nextTableId++));
      overrides.push(`<Override PartName="/${tablePath}" ContentType="${CT_TABLE}"/>`);
      return `<Relationship Id="rId${t + 1}" Type="${NS_REL}/table" Target="../tables/${tablePath.slice(tablePath.lastIndexOf('/') + 1)}"/>`;
    });
    if (tableRels.length > 0)
      changed.set(relsOf(to), `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${tableRels.join('')}</Relationships>`);
    const id = freeRelId();
    newRels.push(`<Relationship Id="${id}" Type="${NS_REL}/worksheet" Target="${to.slice(dirOf(book.path).length)}"/>`);
    newSheets.push(
      `<sheet name="${xmlEscape(sheet.name)}" sheetId="${nextSheetId++}"${sheet.state !== 'visible' ? ` state="${sheet.state}"` : ''} r:id="${id}"/>`,
    );
  });
  changed.set(stylesPath, mergeStyles(originalStyles, rendered.styles).styles);

  // Shared strings: the new sheets' strings go after the original's.
  if (rendered.strings.size === 0) {
    changed.release(stringsTarget);
  } else {
    if (originalStrings === null) {
      newRels.unshift(
        `<Relationship Id="rIdMutasiStrings" Type="${NS_REL}/sharedStrings" Target="${stringsTarget.slice(dirOf(book.path).length)}"/>`,
      );
      overrides.unshift(`<Override PartName="/${stringsTarget}" ContentType="${CT_STRINGS}"/>`);
    }
    changed.set(stringsTarget, appendSharedStrings(originalStrings ?? sharedStringsLayout(EMPTY_SHARED_STRINGS), rendered.strings));
  }

  let workbook = book.xml.replace('</sheets>', `${newSheets.join('')}</sheets>`);
  const names = rendered.definedNames.map((name) =>
    name.replace(/localSheetId="(\d+)"/, (_, n: string) => `localSheetId="${Number(n) + originalSheets}"`),
  );
  if (names.length > 0) {
    workbook = workbook.includes('</definedNames>')
      ? workbook.replace('</definedNames>', `${names.join('')}</definedNames>`)
      : insertAfter(
          workbook,
          ['</externalReferences>', '</functionGroups>', '</sheets>'],
          `<definedNames>${names.join('')}</definedNames>`,
        );
  }
  if (rendered.fullCalcOnLoad) {
    workbook = /<calcPr\b/.test(workbook)
      ? workbook.replace(
          /<calcPr\b([^>]*?)(\s*\/?>)/,
          (_, attrs: string, end: string) => `<calcPr${attrs.replace(/\sfullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${end}`,
        )
      : insertAfter(
          workbook,
          ['</definedNames>', '</externalReferences>', '</functionGroups>', '</sheets>'],
          '<calcPr fullCalcOnLoad="1"/>',
        );
  }
  if (!workbook.includes(`xmlns:r="${NS_REL}"`)) throw new AppendSheetsError('workbook part without the relationships namespace prefix r');
  changed.set(book.path, workbook);
  changed.set(book.relsPath, book.relsXml.replace('</Relationships>', `${newRels.join('')}</Relationships>`));
  changed.set('[Content_Types].xml', contentTypes.replace('</Types>', `${overrides.join('')}</Types>`));
  return packageWith(original, await changed.entries());
}

/** `original` with the parts `changed` replaced or added (after the original's, in order); the rest copied as stored. */
function packageWith(original: Uint8Array, changed: readonly ZipEntry[]): Uint8Array {
  const entries = readZipEntries(original);
  const names = new Set(entries.map((e) => e.name));
  const written = new Map(changed.map((e) => [e.name, e] as const));
  const replaced = entries.map((e) => written.get(e.name) ?? e);
  const added = changed.filter((e) => !names.has(e.name));
  return writeZip([...replaced, ...added]);
}

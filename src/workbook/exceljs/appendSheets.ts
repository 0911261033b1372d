/**
 * Adds the result sheets to the user's file without writing the user's sheets again. ExcelJS
 * writes only the new sheets (a small workbook of their own); their parts are then copied into
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
import JSZip from 'jszip';
import {
  PackageLayoutError as AppendSheetsError,
  attr,
  dirOf,
  partText as text,
  relatedPart,
  relationships,
  relsOf,
  resolvePart as resolve,
  workbookPart as workbookOf,
} from '../xlsx/packageParts';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STRINGS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** The package cannot be merged (an unexpected layout): the caller writes the whole workbook instead. */
export { PackageLayoutError as AppendSheetsError } from '../xlsx/packageParts';

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
 * The package `original` with every sheet of `result` (a workbook ExcelJS wrote with only the
 * new sheets) appended after its own, in order. `original`'s parts are copied unchanged
 * except the workbook part, its relationships, the styles, the shared strings and the
 * content types, to which the new sheets are added.
 */
export async function appendSheets(original: Uint8Array, result: Uint8Array): Promise<Uint8Array> {
  const [target, source] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(result)]);
  const book = await workbookOf(target);
  const added = await workbookOf(source);
  // A file appended to before already holds relationships of ours: every id must be new.
  const relIds = new Set(book.rels.map((r) => r.id));
  let relNumber = 1;
  const freeRelId = () => {
    while (relIds.has(`rIdMutasi${relNumber}`)) relNumber++;
    relIds.add(`rIdMutasi${relNumber}`);
    return `rIdMutasi${relNumber}`;
  };
  const partOf = relatedPart;

  const stylesPath = partOf(book, 'styles');
  const addedStyles = partOf(added, 'styles');
  if (stylesPath === null || addedStyles === null) throw new AppendSheetsError('no styles part');
  const { styles, xfOffset } = mergeStyles(await text(target, stylesPath), await text(source, addedStyles));
  target.file(stylesPath, styles);

  let contentTypes = await text(target, '[Content_Types].xml');
  // A macro-enabled workbook or a template keeps its own content type; written out as .xlsx it
  // would not open, so those are written whole (without their macros) as before.
  const mainType = new RegExp(`<Override\\b[^>]*PartName="/${book.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(
    contentTypes,
  )?.[0];
  if (mainType === undefined || attr(mainType, 'ContentType') !== CT_MAIN) throw new AppendSheetsError('not a plain workbook');
  const overrides: string[] = [];
  let workbookRels = book.relsXml;
  const newRels: string[] = [];

  // Shared strings: the new sheets' strings go after the original's.
  const addedStringsPath = partOf(added, 'sharedStrings');
  let stringOffset = 0;
  if (addedStringsPath !== null) {
    const addedStrings = await text(source, addedStringsPath);
    const items = listItems(addedStrings, 'sst', 'si');
    let stringsPath = partOf(book, 'sharedStrings');
    let strings: string;
    if (stringsPath === null) {
      stringsPath = `${dirOf(book.path)}sharedStrings.xml`;
      strings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;
      newRels.push(
        `<Relationship Id="rIdMutasiStrings" Type="${NS_REL}/sharedStrings" Target="${stringsPath.slice(dirOf(book.path).length)}"/>`,
      );
      overrides.push(`<Override PartName="/${stringsPath}" ContentType="${CT_STRINGS}"/>`);
    } else {
      strings = await text(target, stringsPath);
    }
    stringOffset = listItems(strings, 'sst', 'si').length;
    const merged = appendToList(strings.replace(/\suniqueCount="\d+"/, ''), 'sst', items, /$^/);
    const total = stringOffset + items.length;
    target.file(stringsPath, merged.replace(/<sst\b([^>]*?)\scount="\d+"/, `<sst$1 count="${total}" uniqueCount="${total}"`));
  }

  const existing = Object.keys(target.files);
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
    for (let n = 1; ; n++) if (!target.file(make(n))) return make(n);
  };

  const sheetTags = [...added.xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const newSheets: string[] = [];
  for (const tag of sheetTags) {
    const rel = added.rels.find((r) => r.id === attr(tag, 'r:id'));
    if (rel === undefined) throw new AppendSheetsError('sheet without relationship');
    const from = resolve(added.path, rel.target);
    const to = free((n) => `${dirOf(book.path)}worksheets/sheet${n}.xml`);
    let sheet = await text(source, from);
    // In a worksheet ExcelJS wrote, an attribute named s belongs to a cell or a row, and a literal
    // quote never occurs in text or formulas (ExcelJS escapes it): one plain pass shifts them all.
    sheet = sheet.replace(/ s="(\d+)"/g, (_, n: string) => ` s="${Number(n) + xfOffset}"`);
    sheet = shiftAttr(sheet, 'col', 'style', (n) => n + xfOffset);
    if (stringOffset > 0) {
      sheet = sheet.replace(
        /(<c\b[^>]*\st="s"[^>]*><v>)(\d+)(<\/v>)/g,
        (_, a: string, n: string, b: string) => `${a}${Number(n) + stringOffset}${b}`,
      );
    }
    target.file(to, sheet);
    overrides.push(`<Override PartName="/${to}" ContentType="${CT_SHEET}"/>`);

    const sheetRels = source.file(relsOf(from));
    if (sheetRels) {
      let relsXml = await sheetRels.async('string');
      for (const r of relationships(relsXml)) {
        if (!r.type.endsWith('/table')) throw new AppendSheetsError(`unexpected sheet relationship ${r.type}`);
        const tablePath = free((n) => `${dirOf(book.path)}tables/table${n}.xml`);
        const table = (await text(source, resolve(from, r.target))).replace(/(<table\b[^>]*\sid=")\d+(")/, `$1${nextTableId++}$2`);
        target.file(tablePath, table);
        overrides.push(`<Override PartName="/${tablePath}" ContentType="${CT_TABLE}"/>`);
        relsXml = relsXml.replace(`Target="${r.target}"`, `Target="../tables/${tablePath.slice(tablePath.lastIndexOf('/') + 1)}"`);
      }
      target.file(relsOf(to), relsXml);
    }
    const id = freeRelId();
    newRels.push(`<Relationship Id="${id}" Type="${NS_REL}/worksheet" Target="${to.slice(dirOf(book.path).length)}"/>`);
    const state = attr(tag, 'state');
    newSheets.push(
      `<sheet name="${attr(tag, 'name') ?? ''}" sheetId="${nextSheetId++}"${state && state !== 'visible' ? ` state="${state}"` : ''} r:id="${id}"/>`,
    );
  }

  let workbook = book.xml.replace('</sheets>', `${newSheets.join('')}</sheets>`);
  const names = [...added.xml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) =>
    m[0].replace(/localSheetId="(\d+)"/, (_, n: string) => `localSheetId="${Number(n) + originalSheets}"`),
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
  if (/<calcPr\b[^>]*fullCalcOnLoad="1"/.test(added.xml)) {
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
  target.file(book.path, workbook);
  workbookRels = workbookRels.replace('</Relationships>', `${newRels.join('')}</Relationships>`);
  target.file(book.relsPath, workbookRels);
  contentTypes = contentTypes.replace('</Types>', `${overrides.join('')}</Types>`);
  target.file('[Content_Types].xml', contentTypes);
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The values of an .xlsx file, read lean: the package is unzipped part by part and each sheet's
 * XML streamed through a SAX parser into plain rows, without building a cell model of styles,
 * formats and formulas. A 50,000-employee workbook reads in a fraction of the time and memory
 * ExcelJS's full load takes; the values are the same (test/workbook/leanReader.test.ts holds
 * the two readers to that over every fixture workbook).
 */
import JSZip from 'jszip';
import type { SheetValues, WorkbookValues } from '../../domain/model/cell';
import { dateStyles } from './cellFormats';
import { openPackage, jszipPackage, type PackageReader } from './packageReader';
import { PackageLayoutError, attr, partText, relatedPart, relationships, relsOf, resolvePart, workbookPart } from './packageParts';
import { readSharedStrings } from './sharedStrings';
import { readSheetRows } from './sheetValues';
import { decodeXml } from './xmlText';
import { inflateWithStreams, type InflateRaw } from './zipArchive';

export interface XlsxContents {
  /** The worksheets' values in workbook order, with the date system. */
  readonly values: WorkbookValues;
  /** Every sheet, chart sheets included, with its visibility: a new sheet's name must differ from all. */
  readonly sheetStates: readonly { readonly name: string; readonly state: string }[];
  /** The names of the tables (ListObjects), lower-cased: a new table's name must differ from all. */
  readonly tableNames: ReadonlySet<string>;
}

/**
 * Reads every worksheet's values of an .xlsx package: as bytes (its parts unpacked by
 * `inflate`), opened (packageReader.ts) or held by JSZip. Throws {@link PackageLayoutError}
 * when a part the workbook needs is missing, and the zip, inflate or XML parser's error when
 * the file is damaged.
 */
export async function readXlsxValues(
  source: Uint8Array | PackageReader | JSZip,
  inflate: InflateRaw = inflateWithStreams,
): Promise<XlsxContents> {
  const pkg = source instanceof Uint8Array ? await openPackage(source, inflate) : source instanceof JSZip ? jszipPackage(source) : source;
  const book = await workbookPart(pkg);
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(?:1|true)"/.test(book.xml);
  const stylesPath = relatedPart(book, 'styles');
  const stringsPath = relatedPart(book, 'sharedStrings');
  const [styles, sharedStrings] = await Promise.all([
    stylesPath !== null && pkg.has(stylesPath) ? partText(pkg, stylesPath) : Promise.resolve(''),
    stringsPath !== null && pkg.has(stringsPath) ? readSharedStrings(pkg, stringsPath) : Promise.resolve([]),
  ]);
  const context = { sharedStrings, dateStyles: dateStyles(styles), date1904 };

  const sheets: SheetValues[] = [];
  const sheetStates: { name: string; state: string }[] = [];
  const tableNames = new Set<string>();
  for (const [tag] of book.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = decodeXml(attr(tag, 'name') ?? '');
    sheetStates.push({ name, state: attr(tag, 'state') ?? 'visible' });
    const id = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
    const rel = book.rels.find((r) => r.id === id);
    if (rel === undefined) throw new PackageLayoutError(`sheet ${name} without a relationship`);
    if (!rel.type.endsWith('/worksheet')) continue; // a chart sheet or a dialog sheet holds no cells
    const path = resolvePart(book.path, rel.target);
    sheets.push({ name, rows: await readSheetRows(pkg, path, context) });
    for (const table of await tablesOf(pkg, path)) tableNames.add(table.toLowerCase());
  }
  return { values: { sheets, date1904 }, sheetStates, tableNames };
}

/** The names (and display names) of the tables on the sheet at `path`. */
async function tablesOf(pkg: PackageReader, path: string): Promise<string[]> {
  const relsPath = relsOf(path);
  if (!pkg.has(relsPath)) return [];
  const names: string[] = [];
  for (const rel of relationships(await partText(pkg, relsPath))) {
    if (!rel.type.endsWith('/table')) continue;
    const tablePath = resolvePart(path, rel.target);
    if (!pkg.has(tablePath)) continue;
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(await partText(pkg, tablePath))?.[0] ?? '';
    for (const key of ['name', 'displayName']) {
      const value = attr(tag, key);
      if (value) names.push(decodeXml(value));
    }
  }
  return names;
}

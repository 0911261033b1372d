/**
 * The result sheets as a package of their own, written straight to XML: the parts ExcelJS
 * would write for a workbook holding only these sheets (workbook, relationships, styles,
 * shared strings, sheets and tables), as text, for `appendSheets` to merge into the user's
 * file. No cell model of ExcelJS's is built: a 50,000-row sheet is a few strings per row.
 */
import JSZip from 'jszip';
import { xmlEscape } from '../xmlText';
import { bytesEntry, textEntry, writeZip, type DeflateRaw } from '../zipArchive';
import { CellStyles } from './cellStyles';
import { LeanSheet, type LeanTable } from './leanSheet';
import { StringTable } from './stringTable';
import { worksheetXml } from './worksheetXml';
import { columnLetter } from '../../../domain/output/sheetLayout';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The table part of `table`, with table id `id` (unique in the package). */
export function tableXml(table: LeanTable, id: number): string {
  const ref = `${columnLetter(table.firstColumn - 1)}${table.headerRow}:${columnLetter(table.firstColumn + table.columns.length - 2)}${table.lastRow}`;
  const name = xmlEscape(table.name);
  const filters = table.columns.map((c, i) => `<filterColumn colId="${i}" hiddenButton="${c.filterButton ? 0 : 1}"/>`).join('');
  const columns = table.columns
    .map(
      (c, i) =>
        `<tableColumn id="${i + 1}" name="${xmlEscape(c.name)}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`,
    )
    .join('');
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" ` +
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
    `id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${table.styleName}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}

/** `A:D` or `3:3` as an absolute reference on sheet `name`. */
const absolute = (name: string, range: string): string => {
  const [from, to] = range.split(':');
  return `'${name}'!$${from}:$${to}`;
};

/** The print areas and print titles of the sheets, as ExcelJS names them in the workbook part. */
function printNames(sheets: readonly LeanSheet[]): string[] {
  const names: string[] = [];
  sheets.forEach((sheet, index) => {
    const page = sheet.pageSetup;
    for (const area of page.printArea?.split('&&') ?? []) {
      names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${xmlEscape(absolute(sheet.name, area))}</definedName>`);
    }
    if (page.printTitlesRow || page.printTitlesColumn) {
      const ranges = [page.printTitlesColumn, page.printTitlesRow]
        .filter((r): r is string => Boolean(r))
        .map((r) => absolute(sheet.name, r));
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(ranges.join(','))}</definedName>`);
    }
  });
  return names;
}

/** One sheet rendered: its worksheet part and its tables. */
export interface RenderedSheet {
  readonly name: string;
  readonly state: string;
  /** The worksheet part, UTF-8. */
  readonly xml: Uint8Array;
  readonly tables: readonly LeanTable[];
}

/** What {@link LeanWorkbook.render} gives: the parts of the new sheets, ready to join a package. */
export interface RenderedSheets {
  readonly sheets: readonly RenderedSheet[];
  /** A whole styles part holding the formats the sheets use (numbered from 0). */
  readonly styles: string;
  readonly strings: StringTable;
  readonly definedNames: readonly string[];
  readonly fullCalcOnLoad: boolean;
}

export class LeanWorkbook {
  readonly worksheets: LeanSheet[] = [];
  /** Asks Excel and LibreOffice to compute the formulas on opening (they are written without results). */
  fullCalcOnLoad = false;

  /** `date1904`: the date system of the workbook the sheets will join (dates are its serial days). */
  constructor(readonly date1904: boolean) {}

  addWorksheet(name: string): LeanSheet {
    const sheet = new LeanSheet(name);
    this.worksheets.push(sheet);
    return sheet;
  }

  removeWorksheet(sheet: LeanSheet): void {
    const at = this.worksheets.indexOf(sheet);
    if (at >= 0) this.worksheets.splice(at, 1);
  }

  /**
   * The sheets rendered: their worksheet parts (cell formats and shared strings numbered from
   * `offsets` on), their tables, the styles and shared strings they use, and their print
   * names (`localSheetId` counted among these sheets). `onSheet` gets each sheet as soon as it
   * is rendered, before the next is begun: its part can be compressed meanwhile.
   */
  render(
    offsets: { readonly xf: number; readonly string: number } = { xf: 0, string: 0 },
    onSheet: (sheet: RenderedSheet) => void = () => undefined,
  ): RenderedSheets {
    const styles = new CellStyles();
    const strings = new StringTable();
    const context = { styles, strings, date1904: this.date1904, offsets };
    const sheets = this.worksheets.map((sheet) => {
      const rendered = { name: sheet.name, state: sheet.state, xml: worksheetXml(sheet, context), tables: sheet.tables };
      onSheet(rendered);
      return rendered;
    });
    return { sheets, styles: styles.xml(), strings, definedNames: printNames(this.worksheets), fullCalcOnLoad: this.fullCalcOnLoad };
  }

  /**
   * The package's parts by path, as text (the worksheets as UTF-8 bytes): a workbook of these sheets alone. `file`: also the
   * theme part its default font refers to, and the document properties naming its creator.
   */
  parts(file?: { readonly creator: string; readonly theme: string }): Map<string, string | Uint8Array> {
    const rendered = this.render();
    const parts = new Map<string, string | Uint8Array>();
    const overrides: string[] = [];
    let tableCount = 0;
    const sheetTags: string[] = [];
    const bookRels: string[] = [
      `<Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/>`,
      `<Relationship Id="rId2" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
      ...(file ? [`<Relationship Id="rId3" Type="${NS_REL}/theme" Target="theme/theme1.xml"/>`] : []),
    ];
    rendered.sheets.forEach((sheet, i) => {
      const path = `xl/worksheets/sheet${i + 1}.xml`;
      parts.set(path, sheet.xml);
      overrides.push(`<Override PartName="/${path}" ContentType="${CT}.worksheet+xml"/>`);
      const tableRels = sheet.tables.map((table, t) => {
        const id = ++tableCount;
        parts.set(`xl/tables/table${id}.xml`, tableXml(table, id));
        overrides.push(`<Override PartName="/xl/tables/table${id}.xml" ContentType="${CT}.table+xml"/>`);
        return `<Relationship Id="rId${t + 1}" Type="${NS_REL}/table" Target="../tables/table${id}.xml"/>`;
      });
      if (tableRels.length > 0) {
        parts.set(
          `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
          `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${tableRels.join('')}</Relationships>`,
        );
      }
      const rel = `rId${i + 4}`;
      bookRels.push(`<Relationship Id="${rel}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
      sheetTags.push(`<sheet sheetId="${i + 1}" name="${xmlEscape(sheet.name)}" state="${sheet.state}" r:id="${rel}"/>`);
    });
    const names = rendered.definedNames;
    parts.set(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${this.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetTags.join('')}</sheets>` +
        (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
        `<calcPr calcId="171027"${rendered.fullCalcOnLoad ? ' fullCalcOnLoad="1"' : ''}/></workbook>`,
    );
    parts.set('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${bookRels.join('')}</Relationships>`);
    parts.set('xl/styles.xml', rendered.styles);
    parts.set('xl/sharedStrings.xml', rendered.strings.xml());
    const packageRels = [`<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>`];
    if (file !== undefined) {
      parts.set('xl/theme/theme1.xml', file.theme);
      overrides.push(`<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>`);
      parts.set('docProps/core.xml', coreProperties(file.creator));
      overrides.push(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`);
      packageRels.push(`<Relationship Id="rId2" Type="${NS_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>`);
    }
    parts.set('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${packageRels.join('')}</Relationships>`);
    parts.set(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides.join('')}` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    );
    return parts;
  }

  /**
   * The sheets as a workbook file of their own (a workbook made here: the sample, the demo's
   * input), with the Office theme ExcelJS writes into every workbook it makes (MIT licensed
   * like ExcelJS; loaded here only, as requiring it at start-up slowed every run measurably),
   * its parts compressed with `deflate` side by side.
   */
  async bytes(deflate: DeflateRaw, creator: string): Promise<Uint8Array> {
    const { default: theme } = await import('exceljs/lib/xlsx/xml/theme1.js');
    const parts = [...this.parts({ creator, theme })];
    return writeZip(
      await Promise.all(
        parts.map(([path, part]) => (typeof part === 'string' ? textEntry(path, part, deflate) : bytesEntry(path, part, deflate))),
      ),
    );
  }

  /** The parts in a zip held in memory, uncompressed (for `appendSheets` and the lean reader). */
  zip(): JSZip {
    const zip = new JSZip();
    for (const [path, text] of this.parts()) zip.file(path, text, { compression: 'STORE' });
    return zip;
  }
}

/** The document properties of a workbook made here: who made it, and when. */
function coreProperties(creator: string): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlEscape(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Two .xlsx packages compared part by part as Excel reads them: each worksheet with its cell
 * formats resolved (the number format, font, fill, border, alignment and protection behind
 * each `s="…"`) and its shared strings put back as text, so that only what a cell shows or
 * how it looks counts, not the order a writer numbered its formats or strings in. Tables,
 * the sheets' list and the workbook's defined names are compared as written.
 */
import JSZip from 'jszip';

function items(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
  return body.match(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g')) ?? [];
}

const attr = (tag: string, name: string): string => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** Each cell format (cellXfs index) spelled out: its number format code, font, fill, border and children. */
function resolvedFormats(styles: string): string[] {
  const codes = new Map(items(styles, 'numFmts', 'numFmt').map((f) => [attr(f, 'numFmtId'), attr(f, 'formatCode')]));
  const fonts = items(styles, 'fonts', 'font');
  const fills = items(styles, 'fills', 'fill');
  const borders = items(styles, 'borders', 'border');
  return items(styles, 'cellXfs', 'xf').map((xf) => {
    const numFmt = attr(xf, 'numFmtId');
    const children = /<xf\b[^>]*>([\s\S]*)<\/xf>/.exec(xf)?.[1] ?? '';
    return `[fmt ${codes.get(numFmt) ?? numFmt}|${fonts[Number(attr(xf, 'fontId'))]}|${fills[Number(attr(xf, 'fillId'))]}|${borders[Number(attr(xf, 'borderId'))]}|${children}]`;
  });
}

function texts(strings: string | undefined): string[] {
  if (strings === undefined) return [];
  return items(strings, 'sst', 'si');
}

export interface ReadablePackage {
  /** Worksheet XML by sheet name, formats and strings resolved. */
  readonly sheets: Map<string, string>;
  /** Table XML by table name (ids dropped). */
  readonly tables: Map<string, string>;
  /** The workbook's `<sheet>` tags (ids dropped) and defined names. */
  readonly workbook: string;
}

/** A package read for comparison. */
export async function readablePackage(zip: JSZip): Promise<ReadablePackage> {
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? undefined;
  const formats = resolvedFormats((await text('xl/styles.xml')) ?? '');
  const strings = texts(await text('xl/sharedStrings.xml'));
  const book = (await text('xl/workbook.xml')) ?? '';
  const rels = (await text('xl/_rels/workbook.xml.rels')) ?? '';
  const sheets = new Map<string, string>();
  for (const tag of book.match(/<sheet\b[^>]*\/>/g) ?? []) {
    const target = new RegExp(`Id="${attr(tag, 'r:id')}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
    const xml = (await text(`xl/${target}`)) ?? '';
    const resolved = xml
      .replace(/ (s|style)="(\d+)"/g, (_, a: string, n: string) => ` ${a}="${formats[Number(n)]}"`)
      .replace(/(<c\b[^>]*\st="s"[^>]*><v>)(\d+)(<\/v>)/g, (_, a: string, n: string, b: string) => `${a}${strings[Number(n)]}${b}`);
    sheets.set(attr(tag, 'name'), resolved);
  }
  const tables = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = (await text(path)) ?? '';
    tables.set(attr(xml.slice(xml.indexOf('<table')), 'name'), xml.replace(/(<table\b[^>]*?)\sid="\d+"/, '$1'));
  }
  const sheetTags = (book.match(/<sheet\b[^>]*\/>/g) ?? []).map((t) => `${attr(t, 'name')}:${attr(t, 'state')}`);
  const names = book.match(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g) ?? [];
  const calc = /<calcPr\b[^>]*fullCalcOnLoad="1"/.test(book) ? 'fullCalcOnLoad' : '';
  return { sheets, tables, workbook: [...sheetTags, ...names, calc].join('\n') };
}

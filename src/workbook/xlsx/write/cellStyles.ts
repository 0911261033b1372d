/**
 * The cell formats of the sheets the lean writer renders, and their styles part
 * (ECMA-376 Part 1, 18.8), written as ExcelJS writes them: each distinct font, fill, border,
 * number format and cell format once, in order of first use, a style object remembered by
 * identity. Only the style properties the sheet writers use are known; any other is an error,
 * never dropped silently.
 */
import type ExcelJS from 'exceljs';
import { xmlEscape } from '../xmlText';
import { Distinct } from './distinct';

type Style = Partial<ExcelJS.Style>;

/** Excel's built-in number formats that the writers use (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  'mm-dd-yy': 14,
  '@': 49,
};

const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

function colorXml(color: Partial<ExcelJS.Color> | undefined, tag = 'color'): string {
  if (color === undefined) return '';
  if (color.argb !== undefined) return `<${tag} rgb="${color.argb}"/>`;
  if (color.theme !== undefined) return `<${tag} theme="${color.theme}"/>`;
  throw new Error(`unsupported colour ${JSON.stringify(color)}`);
}

const FONT_KEYS = new Set(['bold', 'italic', 'size', 'color']);

/** A font as ExcelJS renders it: b, i, color, sz (the order of its font element). */
function fontXml(font: Partial<ExcelJS.Font>): string {
  for (const key of Object.keys(font)) if (!FONT_KEYS.has(key)) throw new Error(`unsupported font property ${key}`);
  const sz = font.size === undefined ? '' : `<sz val="${font.size}"/>`;
  return `<font>${font.bold ? '<b/>' : ''}${font.italic ? '<i/>' : ''}${colorXml(font.color)}${sz}</font>`;
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new Error(`unsupported fill ${fill.type}`);
  const colors = `${colorXml(fill.fgColor, 'fgColor')}${colorXml(fill.bgColor, 'bgColor')}`;
  return `<fill><patternFill patternType="${fill.pattern}"${colors ? `>${colors}</patternFill>` : '/>'}</fill>`;
}

function edgeXml(tag: string, edge: Partial<ExcelJS.Border> | undefined): string {
  if (edge?.style === undefined) return `<${tag}/>`;
  const color = colorXml(edge.color);
  return `<${tag} style="${edge.style}"${color ? `>${color}</${tag}>` : '/>'}`;
}

function borderXml(border: Partial<ExcelJS.Borders>): string {
  if (border.diagonal?.style !== undefined) throw new Error('unsupported diagonal border');
  return `<border>${edgeXml('left', border.left)}${edgeXml('right', border.right)}${edgeXml('top', border.top)}${edgeXml('bottom', border.bottom)}<diagonal/></border>`;
}

function alignmentXml(alignment: Partial<ExcelJS.Alignment>): string {
  const attrs =
    (alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : '') +
    // ExcelJS's 'middle' is Excel's 'center'.
    (alignment.vertical ? ` vertical="${alignment.vertical === 'middle' ? 'center' : alignment.vertical}"` : '') +
    (alignment.wrapText ? ' wrapText="1"' : '');
  if (alignment.shrinkToFit || alignment.indent || alignment.textRotation || alignment.readingOrder) {
    throw new Error(`unsupported alignment ${JSON.stringify(alignment)}`);
  }
  return attrs ? `<alignment${attrs}/>` : '';
}

function protectionXml(protection: Partial<ExcelJS.Protection>): string {
  const attrs = (protection.locked === false ? ' locked="0"' : '') + (protection.hidden ? ' hidden="1"' : '');
  return attrs ? `<protection${attrs}/>` : '';
}

export class CellStyles {
  private readonly seen = new WeakMap<object, number>();
  private readonly fonts = new Distinct([DEFAULT_FONT]);
  private readonly fills = new Distinct([fillXml({ type: 'pattern', pattern: 'none' }), fillXml({ type: 'pattern', pattern: 'gray125' })]);
  private readonly borders = new Distinct([borderXml({})]);
  private readonly xfs = new Distinct(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly numFmts = new Map<string, number>();

  /**
   * The cell format (index into cellXfs) of `style`; `isDate` only matters to a style without a
   * number format, and only the first time the object is seen (ExcelJS remembers objects).
   */
  idOf(style: Style, isDate: boolean): number {
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : isDate ? 14 : 0;
    const fontId = style.font ? this.fonts.add(fontXml(style.font)) : 0;
    const borderId = style.border ? this.borders.add(borderXml(style.border)) : 0;
    const fillId = style.fill ? this.fills.add(fillXml(style.fill)) : 0;
    const children = (style.alignment ? alignmentXml(style.alignment) : '') + (style.protection ? protectionXml(style.protection) : '');
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (style.alignment ? ' applyAlignment="1"' : '') +
      (style.protection ? ' applyProtection="1"' : '');
    const id = this.xfs.add(children ? `<xf ${attrs}>${children}</xf>` : `<xf ${attrs}/>`);
    this.seen.set(style, id);
    return id;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  /** The styles part. */
  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.items.length}" x14ac:knownFonts="1">${this.fonts.items.join('')}</fonts>` +
      `<fills count="${this.fills.items.length}">${this.fills.items.join('')}</fills>` +
      `<borders count="${this.borders.items.length}">${this.borders.items.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.items.length}">${this.xfs.items.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

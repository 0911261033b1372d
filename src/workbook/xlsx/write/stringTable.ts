/**
 * The shared strings the lean writer's sheets use (ECMA-376 Part 1, 18.4): each distinct text
 * once, in order of first use, as ExcelJS writes them.
 */
import { xmlEscape } from '../xmlText';
import type { ByteWriter } from './byteWriter';
import { Distinct } from './distinct';

/** Text with a space at either end or a line break keeps its spaces only when it says so. */
const keepsSpaces = (text: string): boolean => /^\s|\n|\s$/.test(text);

export class StringTable {
  private readonly texts = new Distinct();
  /** Every use, repeated texts included (the part's `count`). */
  private uses = 0;

  /** The index of `text`, added at the end when new. */
  add(text: string): number {
    this.uses++;
    return this.texts.add(text);
  }

  /** How many distinct texts there are. */
  get size(): number {
    return this.texts.items.length;
  }

  /** Each text as a shared string item (`<si>`), in order. */
  items(): string[] {
    return this.texts.items.map((text) => `<si><t${keepsSpaces(text) ? ' xml:space="preserve"' : ''}>${xmlEscape(text)}</t></si>`);
  }

  /** The items of {@link items}, one after the other, as UTF-8 into `out`. */
  writeItems(out: ByteWriter): void {
    for (const text of this.texts.items) {
      out.ascii(keepsSpaces(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      out.text(xmlEscape(text));
      out.ascii('</t></si>');
    }
  }

  /** The shared strings part. */
  xml(): string {
    const items = this.items();
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.items.length}">` +
      `${items.join('')}</sst>`
    );
  }
}

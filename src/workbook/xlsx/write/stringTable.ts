/**
 * The shared strings the lean writer's sheets use (ECMA-376 Part 1, 18.4): each distinct text
 * once, in order of first use, as ExcelJS writes them.
 */
import { xmlEscape } from '../xmlText';
import { asciiBytes, type ByteWriter } from './byteWriter';
import { Distinct } from './distinct';

const ITEM_OPEN = asciiBytes('<si><t>');
const ITEM_CLOSE = asciiBytes('</t></si>');

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

  /** Counts one more use of a text added before (its index known to the caller). */
  countUse(): void {
    this.uses++;
  }

  /** How many distinct texts there are. */
  get size(): number {
    return this.texts.items.length;
  }

  /**
   * Bytes the items of {@link writeItems} take but for odd texts (many markup characters): room
   * made for them at once, as a buffer that grows copies what it holds into memory touched anew.
   */
  itemsBound(): number {
    let bound = 0;
    for (const text of this.texts.items) bound += 3 * text.length + 32;
    return bound;
  }

  /** Each text as a shared string item (`<si>`), in order. */
  items(): string[] {
    return this.texts.items.map((text) => `<si><t${keepsSpaces(text) ? ' xml:space="preserve"' : ''}>${xmlEscape(text)}</t></si>`);
  }

  /** The items of {@link items}, one after the other, as UTF-8 into `out`. */
  writeItems(out: ByteWriter): void {
    for (const text of this.texts.items) {
      const start = out.length;
      out.raw(ITEM_OPEN);
      if (!out.plainText(text)) {
        out.length = start;
        out.ascii(keepsSpaces(text) ? '<si><t xml:space="preserve">' : '<si><t>');
        out.text(xmlEscape(text));
      }
      out.raw(ITEM_CLOSE);
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

/**
 * The shared strings the lean writer's sheets use (ECMA-376 Part 1, 18.4): each distinct text
 * once, in order of first use, as ExcelJS writes them.
 */
import { xmlEscape } from '../xmlText';
import { Distinct } from './distinct';

export class StringTable {
  private readonly texts = new Distinct();
  /** Every use, repeated texts included (the part's `count`). */
  private uses = 0;

  /** The index of `text`, added at the end when new. */
  add(text: string): number {
    this.uses++;
    return this.texts.add(text);
  }

  /** Each text as a shared string item (`<si>`), in order. */
  items(): string[] {
    return this.texts.items.map((text) => {
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlEscape(text)}</t></si>`;
    });
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

/**
 * A small streaming XML tokenizer for the parts of a workbook we read in bulk (worksheets):
 * start and end tags, text and CDATA, with entities decoded; comments, processing instructions
 * and the document type skipped. It is not a validating parser, but it keeps the structure
 * honest: every end tag must close the element open, and a part that ends inside a tag or an
 * element is an error, so a damaged sheet is reported, not read in part. A tag's attributes are
 * read on demand (`attribute`), which is what makes it several times faster than a general
 * parser on sheets of many thousand cells.
 */
import { decodeXml } from './xmlText';

export interface ScanHandlers {
  /** A start tag: its name as written (prefix included) and the tag's text, for {@link attribute}. */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** The malformed part's message, with where it went wrong. */
export class XmlScanError extends Error {}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The value of attribute `name` (as written, prefix included) in a start tag's text, decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let i = 0;
  const n = tag.length;
  while (i < n && !isSpace(tag.charCodeAt(i))) i++; // the element's name
  while (i < n) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const start = i;
    while (i < n && tag.charCodeAt(i) !== 61 && !isSpace(tag.charCodeAt(i))) i++;
    const key = tag.slice(start, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return undefined; // not name="value": malformed, nothing more to read
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    if (key === name) return decodeXml(tag.slice(i + 1, end));
    i = end + 1;
  }
  return undefined;
}

/** The end of the tag starting at `from` (the index of its '>'), skipping '>' inside quoted values; -1 if not in `text`. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

export class XmlScanner {
  private rest = '';
  private readonly open: string[] = [];

  constructor(private readonly handlers: ScanHandlers) {}

  /** Feeds the next piece of the document. */
  write(chunk: string): void {
    const text = this.rest + chunk;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) this.textBetween(text, pos, lt);
      const next = this.markup(text, lt);
      if (next < 0) {
        pos = lt;
        this.rest = text.slice(lt);
        return;
      }
      pos = next;
    }
    // Text after the last tag waits for the tag that ends it: an entity may be cut in two.
    this.rest = text.slice(pos);
  }

  /** Ends the document: an unfinished tag or element is an error. */
  close(): void {
    if (this.rest.includes('<')) throw new XmlScanError('the part ends inside a tag');
    const last = this.open[this.open.length - 1];
    if (last !== undefined) throw new XmlScanError(`element <${last}> is not closed`);
  }

  private textBetween(text: string, from: number, to: number): void {
    if (this.open.length === 0) return; // whitespace around the root element
    this.handlers.text(decodeXml(text.slice(from, to)));
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is not complete in `text`. */
  private markup(text: string, lt: number): number {
    const c = text.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        if (this.open.length > 0) this.handlers.text(text.slice(lt + 9, end));
        return end + 3;
      }
      const end = tagEnd(text, lt + 2);
      return end < 0 ? -1 : end + 1;
    }
    if (c === 63 /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    const end = tagEnd(text, lt + 1);
    if (end < 0) return -1;
    if (c === 47 /* / */) {
      const name = text.slice(lt + 2, end).trim();
      const expected = this.open.pop();
      if (name !== expected) throw new XmlScanError(`</${name}> closes <${expected ?? 'nothing'}>`);
      this.handlers.close(name);
      return end + 1;
    }
    const selfClosing = text.charCodeAt(end - 1) === 47;
    const tag = text.slice(lt + 1, selfClosing ? end - 1 : end);
    let nameEnd = 0;
    while (nameEnd < tag.length && !isSpace(tag.charCodeAt(nameEnd))) nameEnd++;
    const name = tag.slice(0, nameEnd);
    if (name === '') throw new XmlScanError('a tag without a name');
    this.handlers.open(name, tag, selfClosing);
    if (selfClosing) this.handlers.close(name);
    else this.open.push(name);
    return end + 1;
  }
}

/**
 * A small streaming XML tokenizer for the parts of a workbook we read in bulk (worksheets):
 * start and end tags, text and CDATA, with entities decoded; comments, processing instructions
 * and the document type skipped. It is not a validating parser, but it keeps the structure
 * honest: every end tag must close the element open, and a part that ends inside a tag or an
 * element is an error, so a damaged sheet is reported, not read in part. A tag's attributes are
 * read on demand, in place (`TagAttributes`), which is what makes it several times faster than
 * a general parser on sheets of many thousand cells.
 */
import { TagAttributes } from './tagAttributes';
import { decodeXml } from './xmlText';

export { attribute, TagAttributes } from './tagAttributes';

export interface ScanHandlers {
  /**
   * A start tag: its name as written (prefix included) and its attributes. The attributes are
   * read in the scanner's text, so only during this call.
   */
  open(name: string, attributes: TagAttributes, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /**
   * Optional: a text without entities as the range `from`-`to` of `source`, offered before it is
   * cut out; returns true when it was taken in place (then `text` is not called for it).
   */
  textIn?(source: string, from: number, to: number): boolean;
}

/** The malformed part's message, with where it went wrong. */
export class XmlScanError extends Error {}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

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

/** Whether `text` holds an '&' between `from` and `to` (looked for in the range only). */
function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 38) return true;
  return false;
}

export class XmlScanner {
  private rest = '';
  private readonly open: string[] = [];
  private readonly attributes = new TagAttributes();

  constructor(private readonly handlers: ScanHandlers) {}

  /**
   * Feeds the next piece of the document. A piece left unfinished by the last one (a tag cut
   * in two, or text that may end in a cut entity) is joined with this one's start only, up to
   * its first '>': the chunk itself is read where it stands, never copied into a joined string.
   */
  write(chunk: string): void {
    const rest = this.rest;
    if (rest === '') {
      this.rest = chunk.slice(this.consume(chunk, 0));
      return;
    }
    const cut = chunk.indexOf('>') + 1;
    if (cut > 0) {
      const head = rest + chunk.slice(0, cut);
      const at = this.consume(head, 0);
      // Read on in the chunk, unless even the unfinished piece did not end (a comment or CDATA with '>' inside).
      if (at >= rest.length) {
        this.rest = chunk.slice(this.consume(chunk, at - rest.length));
        return;
      }
    }
    const text = rest + chunk;
    this.rest = text.slice(this.consume(text, 0));
  }

  /**
   * Reads the markup and text of `text` from `pos`; returns where the unread rest begins: an
   * unfinished markup, or the text after the last one (it may end in an entity cut in two).
   */
  private consume(text: string, pos: number): number {
    for (;;) {
      // Tags mostly follow one another: the next '<' is looked for only when it is not right here.
      const lt = text.charCodeAt(pos) === 60 ? pos : text.indexOf('<', pos);
      if (lt < 0) return pos;
      if (lt > pos) this.textBetween(text, pos, lt);
      const next = this.markup(text, lt);
      if (next < 0) return lt;
      pos = next;
    }
  }

  /** Ends the document: an unfinished tag or element is an error. */
  close(): void {
    if (this.rest.includes('<')) throw new XmlScanError('the part ends inside a tag');
    const last = this.open[this.open.length - 1];
    if (last !== undefined) throw new XmlScanError(`element <${last}> is not closed`);
  }

  private textBetween(text: string, from: number, to: number): void {
    if (this.open.length === 0) return; // whitespace around the root element
    if (this.handlers.textIn !== undefined && !hasAmpersand(text, from, to) && this.handlers.textIn(text, from, to)) return;
    const piece = text.slice(from, to);
    this.handlers.text(piece.includes('&') ? decodeXml(piece) : piece);
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
    if (c !== 47 /* / */) {
      const end = this.plainStartTag(text, lt);
      if (end >= 0) return end + 1;
    }
    const end = tagEnd(text, lt + 1);
    if (end < 0) return -1;
    if (c === 47 /* / */) {
      this.endTag(text, lt, end);
      return end + 1;
    }
    const selfClosing = text.charCodeAt(end - 1) === 47;
    const tagTo = selfClosing ? end - 1 : end;
    let nameEnd = lt + 1;
    while (nameEnd < tagTo && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === lt + 1) throw new XmlScanError('a tag without a name');
    const name = text.slice(lt + 1, nameEnd);
    this.attributes.reset(text, nameEnd, tagTo);
    this.handlers.open(name, this.attributes, selfClosing);
    if (selfClosing) this.handlers.close(name);
    else this.open.push(name);
    return end + 1;
  }

  /**
   * The start tag at `lt` read in one pass, its attributes found on the way; returns the index of
   * its '>', or -1 when it is not a plain tag complete in `text` (read then the general way).
   */
  private plainStartTag(text: string, lt: number): number {
    let nameEnd = lt + 1;
    for (; nameEnd < text.length; nameEnd++) {
      const c = text.charCodeAt(nameEnd);
      if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
      if (c === 34 || c === 39) return -1; // a quote opens: only the general way finds the end
    }
    if (nameEnd === lt + 1) return -1;
    const end = this.attributes.scan(text, nameEnd);
    if (end < 0) return -1;
    const name = text.slice(lt + 1, nameEnd);
    const selfClosing = this.attributes.selfClosing;
    this.handlers.open(name, this.attributes, selfClosing);
    if (selfClosing) this.handlers.close(name);
    else this.open.push(name);
    return end;
  }

  /** The end tag from `lt` to `end` (its '>'): it must close the element open. */
  private endTag(text: string, lt: number, end: number): void {
    const expected = this.open.pop();
    // Mostly written exactly as the start tag was: compared in place.
    if (expected !== undefined && end - lt - 2 === expected.length && text.startsWith(expected, lt + 2)) {
      this.handlers.close(expected);
      return;
    }
    const name = text.slice(lt + 2, end).trim();
    if (name !== expected) throw new XmlScanError(`</${name}> closes <${expected ?? 'nothing'}>`);
    this.handlers.close(name);
  }
}

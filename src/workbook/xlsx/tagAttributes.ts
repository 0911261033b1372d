/**
 * The attributes of one start tag, read in place in the text that holds the tag: no copy of the
 * tag, and a value is cut out only when asked for. A cursor, so a handler that wants several
 * attributes (a cell's reference, type and style) reads the tag once. A plain tag's attributes
 * are found while its end is looked for ({@link TagAttributes.scan}); any other is read lazily.
 */
import { decodeXml } from './xmlText';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Attributes a plain tag may have to be read by {@link TagAttributes.scan}; a tag with more is read lazily. */
const MAX_SPANS = 32;

export class TagAttributes {
  /** The text the tag is in; the current attribute's name and value are ranges of it. */
  text = '';
  keyStart = 0;
  keyEnd = 0;
  /** The current value, between its quotes, as written (entities not decoded). */
  valueStart = 0;
  valueEnd = 0;
  private from = 0;
  private to = 0;
  private at = 0;
  /** Whether the start tag that {@link scan} read ends with '/>'. */
  selfClosing = false;
  /** Per attribute found by {@link scan}: key start, key end, value start, value end. */
  private readonly spans = new Int32Array(4 * MAX_SPANS);
  /** How many attributes {@link scan} found; -1 when they are read lazily. */
  private count = -1;
  private index = 0;

  /** Points the cursor at the attributes in `text` between `from` (after the element's name) and `to` (before '>' or '/>'). */
  reset(text: string, from: number, to: number): void {
    this.text = text;
    this.from = from;
    this.to = to;
    this.at = from;
    this.count = -1;
  }

  /**
   * Reads the attributes of the start tag in `text` whose name ends at `from`, up to its '>':
   * returns the index of that '>' ({@link selfClosing} tells whether it ends '/>'), or -1 when
   * the tag is not plain `name="value"` pairs complete in `text` (to be read by {@link reset}).
   */
  scan(text: string, from: number): number {
    const n = text.length;
    const spans = this.spans;
    let count = 0;
    let i = from;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return -1;
      let c = text.charCodeAt(i);
      if (c === 62 /* > */ || (c === 47 /* / */ && text.charCodeAt(i + 1) === 62)) {
        this.text = text;
        this.count = count;
        this.index = 0;
        this.selfClosing = c === 47;
        return c === 47 ? i + 1 : i;
      }
      if (count === MAX_SPANS) return -1;
      const keyStart = i;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c === 61 || isSpace(c)) break;
        if (c === 62 || c === 47 || c === 34 || c === 39) return -1;
      }
      const keyEnd = i;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n || text.charCodeAt(i) !== 61) return -1;
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const quote = i < n ? text.charCodeAt(i) : 0;
      if (quote !== 34 && quote !== 39) return -1;
      // Values are short (a reference, a style number): their end is found by hand, not by a call.
      let end = i + 1;
      while (end < n && text.charCodeAt(end) !== quote) end++;
      if (end >= n) return -1;
      const k = 4 * count++;
      spans[k] = keyStart;
      spans[k + 1] = keyEnd;
      spans[k + 2] = i + 1;
      spans[k + 3] = end;
      i = end + 1;
    }
  }

  /** Starts again from the first attribute. */
  rewind(): void {
    this.at = this.from;
    this.index = 0;
  }

  /**
   * Moves to the next attribute; false when there is none, or when what follows is not
   * `name="value"` (a malformed rest is not read).
   */
  next(): boolean {
    if (this.count >= 0) return this.nextFound();
    const text = this.text;
    const to = this.to;
    let i = this.at;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) return this.stop();
    this.keyStart = i;
    while (i < to && text.charCodeAt(i) !== 61 && !isSpace(text.charCodeAt(i))) i++;
    this.keyEnd = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to || text.charCodeAt(i) !== 61) return this.stop();
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = i < to ? text.charCodeAt(i) : 0;
    if (quote !== 34 && quote !== 39) return this.stop();
    const end = text.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0 || end >= to) return this.stop();
    this.valueStart = i + 1;
    this.valueEnd = end;
    this.at = end + 1;
    return true;
  }

  /** Whether the current attribute's name (as written, prefix included) is `name`. */
  is(name: string): boolean {
    return this.keyEnd - this.keyStart === name.length && this.text.startsWith(name, this.keyStart);
  }

  /** The current attribute's value, decoded. */
  value(): string {
    const value = this.text.slice(this.valueStart, this.valueEnd);
    return value.includes('&') ? decodeXml(value) : value;
  }

  /** The value of attribute `name` (as written, prefix included), decoded; undefined when absent. */
  get(name: string): string | undefined {
    this.rewind();
    while (this.next()) if (this.is(name)) return this.value();
    return undefined;
  }

  private nextFound(): boolean {
    if (this.index >= this.count) return false;
    const k = 4 * this.index++;
    const spans = this.spans;
    this.keyStart = spans[k] ?? 0;
    this.keyEnd = spans[k + 1] ?? 0;
    this.valueStart = spans[k + 2] ?? 0;
    this.valueEnd = spans[k + 3] ?? 0;
    return true;
  }

  private stop(): false {
    this.at = this.to;
    return false;
  }
}

/** The value of attribute `name` (as written, prefix included) in a start tag's text (`name a="1" …`), decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let nameEnd = 0;
  while (nameEnd < tag.length && !isSpace(tag.charCodeAt(nameEnd))) nameEnd++;
  const attributes = new TagAttributes();
  attributes.reset(tag, nameEnd, tag.length);
  return attributes.get(name);
}

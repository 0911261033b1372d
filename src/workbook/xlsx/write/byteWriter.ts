/**
 * XML written straight to UTF-8 bytes in one growing buffer. A 50,000-row worksheet written as
 * strings is millions of small strings joined and then encoded whole; written here it is
 * bytes from the start, digits and markup copied in place, and the buffer is kept for the next part.
 */

const encoder = new TextEncoder();

/** Character code of '0'. */
const ZERO = 48;
const SPACE = 0x20;
const TILDE = 0x7e;
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const APOS = 0x27;
const QUOT = 0x22;
/** Integers up to this are written digit by digit; larger and fractional numbers as `String` gives them. */
const PLAIN_INTEGER_LIMIT = 2 ** 31;

/** ASCII text as bytes, made once for markup written many times. */
export function asciiBytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export class ByteWriter {
  private buffer: Uint8Array;
  /** Bytes written so far. */
  length = 0;
  /** Scratch for the digits of one integer, written backwards. */
  private readonly digits = new Uint8Array(10);

  constructor(initialSize = 1 << 16) {
    this.buffer = new Uint8Array(initialSize);
  }

  /** Forgets what was written; the buffer is kept for the next part. */
  reset(): void {
    this.length = 0;
  }

  /** Room for `more` bytes after those written. */
  private reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** `text` made of ASCII characters only (markup, names, numbers as text): one byte each. */
  ascii(text: string): void {
    const n = text.length;
    this.reserve(n);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /**
   * `text` as it is, if it is printable ASCII without markup characters (`<>&'"`) and without a
   * space at either end: the common text that needs no escaping, no `xml:space` and one byte a
   * character, copied in one pass. Returns false, having written nothing, for any other text.
   */
  plainText(text: string): boolean {
    const n = text.length;
    if (n > 0 && (text.charCodeAt(0) === SPACE || text.charCodeAt(n - 1) === SPACE)) return false;
    this.reserve(n);
    const buffer = this.buffer;
    const start = this.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < SPACE || code > TILDE || code === LT || code === GT || code === AMP || code === APOS || code === QUOT) return false;
      buffer[start + i] = code;
    }
    this.length = start + n;
    return true;
  }

  /** Bytes as they are. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A few bytes as they are (markup made once with {@link asciiBytes}): copied one by one, cheaper than `set` for so few. */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    this.reserve(n);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = bytes[i] ?? 0;
    this.length = at;
  }

  /** A number as `String(value)` writes it. */
  number(value: number): void {
    if (Number.isInteger(value) && value > -PLAIN_INTEGER_LIMIT && value < PLAIN_INTEGER_LIMIT) {
      if (value < 0) {
        this.reserve(1);
        this.buffer[this.length++] = 45; // '-'
        value = -value;
      }
      this.unsigned(value);
    } else {
      this.ascii(String(value));
    }
  }

  /** A non-negative integer below 2^31, in decimal digits. */
  unsigned(value: number): void {
    const digits = this.digits;
    let count = 0;
    do {
      digits[count++] = ZERO + (value % 10);
      value = Math.floor(value / 10);
    } while (value > 0);
    this.reserve(count);
    const buffer = this.buffer;
    let at = this.length;
    while (count > 0) buffer[at++] = digits[--count] ?? ZERO;
    this.length = at;
  }

  /** The bytes written, not copied: for a writer that writes no more. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

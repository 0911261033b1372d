/**
 * cyrb53: a fast, well-distributed 53-bit string hash (public domain, bryc). Used for
 * stable proposal IDs and input fingerprints; not cryptographic.
 */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * cyrb53 fed piece by piece: `update(a); update(b)` then `digest()` equals `cyrb53(a + b)`,
 * without ever building the joined text (an input fingerprint covers every cell).
 */
export class Cyrb53 {
  private h1: number;
  private h2: number;
  /** Scratch for the digits of one integer, least significant first. */
  private readonly digits = new Uint8Array(16);

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  update(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Feeds one UTF-16 code unit: `update(String.fromCharCode(code))` without the string. */
  updateCode(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  /**
   * Feeds `String(value)`, without making the string for a safe integer (its decimal digits,
   * most significant first; `-0` is "0" as `String` writes it).
   */
  updateNumber(value: number): void {
    if (!Number.isSafeInteger(value)) {
      this.update(String(value));
      return;
    }
    if (value < 0) {
      this.updateCode(0x2d); // '-'
      value = -value;
    }
    const digits = this.digits;
    let count = 0;
    do {
      digits[count++] = 0x30 + (value % 10);
      value = Math.floor(value / 10);
    } while (value > 0);
    while (count > 0) this.updateCode(digits[--count] ?? 0x30);
  }

  /** The hash of everything fed so far (as `cyrb53` of the joined text). */
  digest(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

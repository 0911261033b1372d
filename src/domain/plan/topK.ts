/**
 * Keeps the k best (value, key) pairs seen, without sorting everything: a min-heap whose
 * root is the worst kept pair. Higher value is better; on equal values the smaller key
 * wins, so the selection is deterministic.
 */
export class TopK {
  private readonly values: Float64Array;
  private readonly keys: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.values = new Float64Array(Math.max(k, 1));
    this.keys = new Int32Array(Math.max(k, 1));
  }

  clear(): void {
    this.size = 0;
  }

  /** True when {@link offer} would keep the pair: fewer than k are held or it beats the worst kept one. */
  admits(value: number, key: number): boolean {
    if (this.size < this.k) return true;
    return this.k > 0 && this.worse(this.values[0]!, this.keys[0]!, value, key);
  }

  /** A value below this is never {@link admits admitted}: the worst kept value once k are held, else -Infinity. */
  threshold(): number {
    if (this.k === 0) return Infinity;
    return this.size < this.k ? -Infinity : this.values[0]!;
  }

  /** Offers a pair; kept when fewer than k are held or it beats the worst kept one. */
  offer(value: number, key: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(value, key, this.values[parent]!, this.keys[parent]!)) break;
        this.values[i] = this.values[parent]!;
        this.keys[i] = this.keys[parent]!;
        i = parent;
      }
      this.values[i] = value;
      this.keys[i] = key;
      return;
    }
    if (!this.worse(this.values[0]!, this.keys[0]!, value, key)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child =
        right < this.size && this.worse(this.values[right]!, this.keys[right]!, this.values[left]!, this.keys[left]!) ? right : left;
      if (!this.worse(this.values[child]!, this.keys[child]!, value, key)) break;
      this.values[i] = this.values[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.values[i] = value;
    this.keys[i] = key;
  }

  /** Writes the kept keys into `out` in no particular order (`out` must hold k); returns how many. */
  keysInto(out: Int32Array): number {
    out.set(this.keys.subarray(0, this.size));
    return this.size;
  }

  /** The kept keys, best first. */
  keysBestFirst(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => (this.worse(this.values[a]!, this.keys[a]!, this.values[b]!, this.keys[b]!) ? 1 : -1));
    return order.map((i) => this.keys[i]!);
  }

  /** True when (va, ka) ranks below (vb, kb). */
  private worse(va: number, ka: number, vb: number, kb: number): boolean {
    return va < vb || (va === vb && ka > kb);
  }
}

/**
 * An indexed 4-ary min-heap of column numbers keyed by an external distance array, with
 * decrease-key. Ties go to the lower column index, so searches are deterministic: the order is
 * strict, so the columns come out in the same order whatever the heap's shape (four children
 * per node make it shallower than a binary heap, and a pop reads them side by side).
 */
export class ColumnHeap {
  private readonly heap: Int32Array;
  /** Position of each column in `heap`, -1 when absent. */
  private readonly pos: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  /** Empties the heap (only the entries present are touched). */
  clear(): void {
    for (let t = 0; t < this.size; t++) this.pos[this.heap[t] as number] = -1;
    this.size = 0;
  }

  contains(j: number): boolean {
    return (this.pos[j] as number) >= 0;
  }

  push(j: number): void {
    const t = this.size++;
    this.heap[t] = j;
    this.pos[j] = t;
    this.siftUp(t);
  }

  /** Restores order after key[j] decreased; j must be present. */
  decrease(j: number): void {
    this.siftUp(this.pos[j] as number);
  }

  /** The column with the smallest key (lowest index on ties), left in place; the heap must not be empty. */
  peek(): number {
    return this.heap[0] as number;
  }

  /** Removes and returns the column with the smallest key (lowest index on ties). */
  pop(): number {
    const heap = this.heap;
    const top = heap[0] as number;
    this.pos[top] = -1;
    const last = heap[--this.size] as number;
    if (this.size > 0) {
      heap[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const key = this.key;
    const pos = this.pos;
    let t = start;
    const j = heap[t] as number;
    const kj = key[j] as number;
    while (t > 0) {
      const p = (t - 1) >> 2;
      const q = heap[p] as number;
      const kq = key[q] as number;
      if (kq < kj || (kq === kj && q < j)) break;
      heap[t] = q;
      pos[q] = t;
      t = p;
    }
    heap[t] = j;
    pos[j] = t;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const key = this.key;
    const pos = this.pos;
    const n = this.size;
    let t = start;
    const j = heap[t] as number;
    const kj = key[j] as number;
    for (;;) {
      const first = 4 * t + 1;
      if (first >= n) break;
      // The least of the (up to four) children.
      let c = first;
      let qc = heap[c] as number;
      let kc = key[qc] as number;
      for (let r = first + 1, last = Math.min(first + 4, n); r < last; r++) {
        const qr = heap[r] as number;
        const kr = key[qr] as number;
        if (kr < kc || (kr === kc && qr < qc)) {
          c = r;
          qc = qr;
          kc = kr;
        }
      }
      if (kj < kc || (kj === kc && j < qc)) break;
      heap[t] = qc;
      pos[qc] = t;
      t = c;
    }
    heap[t] = j;
    pos[j] = t;
  }
}

/**
 * The state of one direction of the margin searches (`marginAStar.ts`): tentative distances,
 * lower bounds, keys, settled marks and a binary heap of the nodes met, all in typed arrays
 * that stay allocated over the searches and are cleared node by node after each one.
 */

/** One direction's labels and priority queue over `nodes` nodes. */
export class SearchQueue {
  /** Tentative distance from the side's origin (Infinity: not reached). */
  readonly g: Float64Array;
  /** Lower bound on the rest of the way, once per search; NaN until the node is first met. */
  readonly h: Float64Array;
  /** Key: g + h. */
  readonly f: Float64Array;
  /** 1 once the node's distance is final (or it was passed over). */
  readonly done: Uint8Array;
  /** Heap order: smaller f, then larger g (deeper first, which meets the goal sooner on ties), then lower node. */
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private readonly touched: Int32Array;
  size = 0;
  private met = 0;

  constructor(nodes: number) {
    this.g = new Float64Array(nodes).fill(Infinity);
    this.h = new Float64Array(nodes).fill(NaN);
    this.f = new Float64Array(nodes);
    this.done = new Uint8Array(nodes);
    this.heap = new Int32Array(nodes);
    this.pos = new Int32Array(nodes).fill(-1);
    this.touched = new Int32Array(nodes);
  }

  /** Notes that x's labels must be cleared after the search (call once, when x is first met). */
  touch(x: number): void {
    this.touched[this.met++] = x;
  }

  /** x's lower bound in this search: `bound(x)`, computed the first time x is met and kept. */
  boundOf(x: number, bound: (x: number) => number): number {
    let h = this.h[x] as number;
    if (Number.isNaN(h)) {
      h = bound(x);
      this.h[x] = h;
      this.touch(x);
    }
    return h;
  }

  /** The node with the smallest key (the heap must not be empty). */
  top(): number {
    return this.heap[0] as number;
  }

  /** The smallest key, or Infinity when the heap is empty. */
  topKey(): number {
    return this.size > 0 ? (this.f[this.heap[0] as number] as number) : Infinity;
  }

  /** Gives y the distance `d` and key `key`, queueing it or moving it up. */
  offer(y: number, d: number, key: number): void {
    this.g[y] = d;
    this.f[y] = key;
    let t = this.pos[y] as number;
    if (t < 0) {
      t = this.size++;
      this.heap[t] = y;
    }
    this.siftUp(t, y);
  }

  private before(a: number, b: number): boolean {
    const { f, g } = this;
    const fa = f[a] as number;
    const fb = f[b] as number;
    if (fa !== fb) return fa < fb;
    const ga = g[a] as number;
    const gb = g[b] as number;
    return ga !== gb ? ga > gb : a < b;
  }

  private siftUp(from: number, x: number): void {
    const { heap, pos } = this;
    let t = from;
    while (t > 0) {
      const p = (t - 1) >> 1;
      const y = heap[p] as number;
      if (!this.before(x, y)) break;
      heap[t] = y;
      pos[y] = t;
      t = p;
    }
    heap[t] = x;
    pos[x] = t;
  }

  /** Removes and returns the node with the smallest key, marking it settled. */
  popMin(): number {
    const { heap, pos } = this;
    const top = heap[0] as number;
    pos[top] = -1;
    this.done[top] = 1;
    const size = --this.size;
    if (size > 0) {
      const x = heap[size] as number;
      let t = 0;
      for (;;) {
        let c = 2 * t + 1;
        if (c >= size) break;
        const r = c + 1;
        if (r < size && this.before(heap[r] as number, heap[c] as number)) c = r;
        const y = heap[c] as number;
        if (!this.before(y, x)) break;
        heap[t] = y;
        pos[y] = t;
        t = c;
      }
      heap[t] = x;
      pos[x] = t;
    }
    return top;
  }

  /** Clears every label the last search set. */
  reset(): void {
    const { heap, pos, touched, g, h, done } = this;
    for (let t = 0; t < this.size; t++) pos[heap[t] as number] = -1;
    this.size = 0;
    for (let t = 0; t < this.met; t++) {
      const x = touched[t] as number;
      g[x] = Infinity;
      h[x] = NaN;
      done[x] = 0;
    }
    this.met = 0;
  }
}

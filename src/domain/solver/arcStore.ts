/**
 * Where the grouped solver keeps every column's arcs and their key index (`columnArcs.ts`):
 * blocks cut from big buffers ("slabs"), each slab seen both as doubles and as 32-bit integers,
 * so an index entry holds its costs as doubles and its column and arc numbers as integers side
 * by side. Blocks come in sizes a quarter of a doubling apart; a column that outgrows its block
 * moves to one of the size it needs and leaves the old one on a free list for its size, where
 * the next column needing that much finds it: the solver reuses the space columns give up
 * instead of touching fresh memory for every move.
 *
 * A column with few arcs keeps them plain instead (`columnArcs.ts`): in their own order, each
 * as two integers (w(used edge) − w(edge), target), one double per arc, after a lower bound of
 * the cost of each run of PLAIN_RUN arcs; no index and no rows.
 */

/**
 * Doubles per index entry in a block: key, w(used edge) − w(edge), then (target, arc number)
 * as two integers. The block's rows follow its index, one integer per entry.
 */
export const INDEX_WIDTH = 3;

/** Doubles of a fresh slab, per column of the problem and at most: one allocation serves many columns' blocks. */
const SLAB_ENTRIES_PER_COLUMN = 64;
const SLAB_ENTRIES_MAX = 1 << 20;
/** Block rooms: four sizes per doubling, from 4 arcs (4, 5, 6, 7, 8, 10, 12, 14, 16, 20, …). */
const SIZES_PER_DOUBLING = 4;

/** Entries of column j in `ArcStore.place`: number of arcs, room, slab number, offset of its block. */
export const PLACE_WIDTH = 4;

/** Plain arcs per run with its own lower bound. */
export const PLAIN_RUN = 8;

/** The doubles n plain arcs take: their runs' bounds, then one double per arc. */
export function plainDoubles(n: number): number {
  return Math.ceil(n / PLAIN_RUN) + n;
}

/** The room (in index entries) a block needs to hold n plain arcs. */
export function plainRoom(n: number): number {
  return Math.ceil((2 * plainDoubles(n)) / 7);
}

/** The room of block size c. */
function roomOf(c: number): number {
  return (SIZES_PER_DOUBLING + (c % SIZES_PER_DOUBLING)) << Math.floor(c / SIZES_PER_DOUBLING);
}

/** The least block size whose room is at least n. */
function sizeFor(n: number): number {
  let c = 0;
  while (roomOf(c) < n) c++;
  return c;
}

/** Doubles of a block with room for `room` arcs: the index, then the rows as integers. */
function blockDoubles(room: number): number {
  return INDEX_WIDTH * room + Math.ceil(room / 2);
}

/** The blocks of every column's arcs (see above). */
export class ArcStore {
  /** The slabs as doubles and, over the same memory, as 32-bit integers. */
  readonly f64: Float64Array[] = [];
  readonly i32: Int32Array[] = [];
  /**
   * Per column (PLACE_WIDTH entries): its number of arcs, the room of its block (0 without
   * one), the block's slab and its offset in doubles there. The block holds the index
   * (INDEX_WIDTH doubles per entry), then from offset + INDEX_WIDTH · room, as integers, the row
   * of each index entry.
   */
  readonly place: Int32Array;
  /** Per block size, the free blocks as (slab, offset) pairs. */
  private readonly free: number[][] = [];
  /** Doubles used of the last slab. */
  private top = 0;
  private readonly slabEntries: number;

  /**
   * @param plainArcsMax columns with at most this many arcs keep them plain (see above); 0 indexes
   *   every column. Plain arcs hold w(used edge) − w(edge) as a 32-bit integer, so a caller allows
   *   them only where every such difference fits.
   */
  constructor(
    cols: number,
    readonly plainArcsMax = 0,
  ) {
    this.place = new Int32Array(PLACE_WIDTH * cols);
    this.slabEntries = Math.min(SLAB_ENTRIES_MAX, SLAB_ENTRIES_PER_COLUMN * Math.max(cols, 1));
  }

  /** Column j's number of arcs. */
  count(j: number): number {
    return this.place[PLACE_WIDTH * j] as number;
  }

  /** Sets column j's number of arcs (its block must have room for them). */
  setCount(j: number, n: number): void {
    this.place[PLACE_WIDTH * j] = n;
  }

  /** The slab holding column j's block, as doubles. */
  doubles(j: number): Float64Array {
    return this.f64[this.place[PLACE_WIDTH * j + 2] as number] as Float64Array;
  }

  /** The slab holding column j's block, as 32-bit integers. */
  ints(j: number): Int32Array {
    return this.i32[this.place[PLACE_WIDTH * j + 2] as number] as Int32Array;
  }

  /** Where column j's block starts in its slab, in doubles: its index, or its plain runs' bounds. */
  offset(j: number): number {
    return this.place[PLACE_WIDTH * j + 3] as number;
  }

  /** Where the rows of column j's index start in its slab, in integers (indexed columns). */
  rowsOffset(j: number): number {
    return 2 * ((this.place[PLACE_WIDTH * j + 3] as number) + INDEX_WIDTH * (this.place[PLACE_WIDTH * j + 1] as number));
  }

  /** Where the n plain arcs of column j start in its slab, in integers (after their runs' bounds). */
  plainArcsOffset(j: number, n: number): number {
    return 2 * ((this.place[PLACE_WIDTH * j + 3] as number) + Math.ceil(n / PLAIN_RUN));
  }

  /**
   * Gives column j a block with room for at least n arcs. A block too small is given up (its
   * contents are not carried over) and the column takes a free block of the right size, or a
   * fresh one cut from the last slab (a fresh slab follows a full one).
   */
  reserve(j: number, n: number): void {
    const place = this.place;
    const p = PLACE_WIDTH * j;
    const room = place[p + 1] as number;
    if (room >= n) return;
    if (room > 0) this.freeList(sizeFor(room)).push(place[p + 2] as number, place[p + 3] as number);
    const size = sizeFor(n);
    const list = this.freeList(size);
    if (list.length > 0) {
      place[p + 3] = list.pop() as number;
      place[p + 2] = list.pop() as number;
    } else this.cut(p, blockDoubles(roomOf(size)));
    place[p + 1] = roomOf(size);
  }

  private freeList(size: number): number[] {
    while (this.free.length <= size) this.free.push([]);
    return this.free[size] as number[];
  }

  /** Cuts a fresh block of size doubles for the column at place offset p. */
  private cut(p: number, size: number): void {
    const last = this.f64.length - 1;
    if (last < 0 || this.top + size > (this.f64[last] as Float64Array).length) {
      const slab = new Float64Array(Math.max(this.slabEntries, size));
      this.f64.push(slab);
      this.i32.push(new Int32Array(slab.buffer));
      this.top = 0;
    }
    this.place[p + 2] = this.f64.length - 1;
    this.place[p + 3] = this.top;
    this.top += size;
  }
}

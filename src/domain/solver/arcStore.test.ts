import { ArcStore, INDEX_WIDTH, PLACE_WIDTH, plainDoubles, plainRoom } from './arcStore';
import { seededRandom } from '../../../test/support/solver/randomInstance';

/** The blocks of the columns as [slab, from, to) ranges in doubles (index, then rows). */
function blocks(store: ArcStore, cols: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let j = 0; j < cols; j++) {
    const room = store.place[PLACE_WIDTH * j + 1]!;
    if (room === 0) continue;
    const at = store.place[PLACE_WIDTH * j + 3]!;
    out.push([store.place[PLACE_WIDTH * j + 2]!, at, at + INDEX_WIDTH * room + Math.ceil(room / 2)]);
  }
  return out;
}

describe('ArcStore', () => {
  it('gives n plain arcs a block with room for their run bounds and arcs', () => {
    for (let n = 0; n <= 600; n++) {
      const store = new ArcStore(1, n);
      store.reserve(0, plainRoom(n));
      const room = store.place[1]!;
      expect(INDEX_WIDTH * room + Math.ceil(room / 2)).toBeGreaterThanOrEqual(plainDoubles(n));
    }
  });

  it('keeps a block that is big enough and moves a column that outgrows it', () => {
    const store = new ArcStore(3);
    store.reserve(0, 5);
    const room = store.place[1]!;
    expect(room).toBeGreaterThanOrEqual(5);
    const at = store.place[3]!;
    store.reserve(0, room);
    expect(store.place[3]).toBe(at);
    store.reserve(0, room + 1);
    expect(store.place[1]!).toBeGreaterThan(room);
    expect(store.place[3]).not.toBe(at);
  });

  it('gives a block given up to the next column needing that much', () => {
    const store = new ArcStore(3);
    store.reserve(0, 6);
    const [slab, at] = [store.place[2], store.place[3]];
    store.reserve(0, 100);
    store.reserve(1, 6);
    expect([store.place[PLACE_WIDTH + 2], store.place[PLACE_WIDTH + 3]]).toEqual([slab, at]);
  });

  it('never lets two columns share memory', () => {
    const rand = seededRandom(5);
    const cols = 300;
    const store = new ArcStore(cols);
    for (let step = 0; step < 5000; step++) {
      const n = Math.floor(rand() ** 3 * 3000);
      store.reserve(Math.floor(rand() * cols), n);
    }
    for (let j = 0; j < cols; j++) {
      const room = store.place[PLACE_WIDTH * j + 1]!;
      if (room > 0) expect(room).toBeGreaterThanOrEqual(4);
    }
    const sorted = blocks(store, cols).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let t = 1; t < sorted.length; t++) {
      const [slab, from] = sorted[t]!;
      const [prevSlab, , prevTo] = sorted[t - 1]!;
      if (slab === prevSlab) expect(from).toBeGreaterThanOrEqual(prevTo);
    }
    for (const [slab, , to] of sorted) expect(to).toBeLessThanOrEqual(store.f64[slab]!.length);
  });

  it('sizes rooms at most a quarter above the need, beyond the least room', () => {
    for (let n = 1; n < 5000; n += 7) {
      const store = new ArcStore(1);
      store.reserve(0, n);
      const room = store.place[1]!;
      expect(room).toBeGreaterThanOrEqual(n);
      expect(room).toBeLessThanOrEqual(Math.max(4, 1.25 * n));
    }
  });
});

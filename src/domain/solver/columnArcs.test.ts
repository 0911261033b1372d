import { ArcStore, INDEX_WIDTH, PLACE_WIDTH, PLAIN_RUN } from './arcStore';
import { buildColumnArcs, createArcBuildWork, keyColumnArcs, openingRow, sortDistinct } from './columnArcs';
import { assignRow, createSolverState } from './solverState';
import { problemFromEdges, seededRandom } from '../../../test/support/solver/randomInstance';

/** Column j's arcs as (target, delta, row) tuples in arc order, and its index as [arc, key] pairs. */
function view(store: ArcStore, j: number): { arcs: number[][]; index: number[][] } {
  const p = PLACE_WIDTH * j;
  const n = store.place[p]!;
  const f64 = store.f64[store.place[p + 2]!]!;
  const i32 = store.i32[store.place[p + 2]!]!;
  const indexAt = store.place[p + 3]!;
  const rowsAt = 2 * (indexAt + INDEX_WIDTH * store.place[p + 1]!);
  const arcs: number[][] = new Array(n);
  const index: number[][] = [];
  for (let t = 0; t < n; t++) {
    const q = indexAt + INDEX_WIDTH * t;
    const a = i32[2 * q + 5]!;
    arcs[a] = [i32[2 * q + 4]!, f64[q + 1]!, i32[rowsAt + t]!];
    index.push([a, f64[q]!]);
  }
  return { arcs, index };
}

/** Column j's plain arcs as (target, delta) pairs in arc order, and the bound of each run. */
function plainView(store: ArcStore, j: number): { arcs: number[][]; runs: number[] } {
  const p = PLACE_WIDTH * j;
  const n = store.place[p]!;
  const f64 = store.f64[store.place[p + 2]!]!;
  const i32 = store.i32[store.place[p + 2]!]!;
  const runsAt = store.place[p + 3]!;
  const runs = Array.from(f64.subarray(runsAt, runsAt + Math.ceil(n / PLAIN_RUN)));
  const arcsAt = 2 * (runsAt + runs.length);
  return { arcs: Array.from({ length: n }, (_, t) => [i32[arcsAt + 2 * t + 1]!, i32[arcsAt + 2 * t]!]), runs };
}

describe('buildColumnArcs', () => {
  // Rows 0 and 1 sit in column 0; both reach columns 1 and 2, row 1 also column 3.
  const p = problemFromEdges(
    2,
    4,
    [2, 1, 1, 1],
    [
      [0, 0, 10],
      [0, 1, 4],
      [0, 2, 9],
      [1, 0, 7],
      [1, 1, 6],
      [1, 2, 1],
      [1, 3, 7],
    ],
  );

  it('keeps one arc per target from its cheapest row, targets in order of first appearance, indexed by key', () => {
    const s = createSolverState(p);
    assignRow(s, 0, 0, 0);
    assignRow(s, 1, 0, 3); // row 1 is now the head of column 0's list
    s.v[1] = -2;
    s.v[3] = 5;
    const store = new ArcStore(4);
    buildColumnArcs(s, 0, createArcBuildWork(4), store);
    // Row 1 (used weight 7) first: targets 1, 2, 3; row 0 (used 10) then offers column 1 at 6 < 1 and column 2 at 1 < 6.
    expect(view(store, 0).arcs).toEqual([
      [1, 1, 1],
      [2, 1, 0],
      [3, 0, 1],
    ]);
    // Keys delta − v: arc 0 → 1 + 2 = 3, arc 1 → 1, arc 2 → 0 − 5 = −5.
    expect(view(store, 0).index).toEqual([
      [2, -5],
      [1, 1],
      [0, 3],
    ]);
  });

  it('keeps few arcs plain, in the same order, with the least cost of each run; the kept row is found again', () => {
    const s = createSolverState(p);
    assignRow(s, 0, 0, 0);
    assignRow(s, 1, 0, 3);
    s.v[1] = -2;
    s.v[3] = 5;
    const store = new ArcStore(4, 3);
    // Returns the least cost: arc to 3 at 0 − 5.
    expect(buildColumnArcs(s, 0, createArcBuildWork(4), store)).toBe(-5);
    expect(plainView(store, 0)).toEqual({
      arcs: [
        [1, 1],
        [2, 1],
        [3, 0],
      ],
      runs: [-5],
    });
    // The rows the indexed build keeps (see above): 1 for column 1, 0 for column 2, 1 for column 3.
    expect([1, 2, 3].map((k) => openingRow(s, 0, k))).toEqual([1, 0, 1]);
  });

  it('returns Infinity for a column without arcs, plain or indexed, before any block exists', () => {
    // Row 0 has a single edge, into column 0: column 0 opens no arc.
    const q = problemFromEdges(1, 2, [1, 1], [[0, 0, 5]]);
    const s = createSolverState(q);
    assignRow(s, 0, 0, 0);
    for (const plainArcsMax of [0, 8]) {
      const store = new ArcStore(2, plainArcsMax);
      expect(buildColumnArcs(s, 0, createArcBuildWork(2), store)).toBe(Infinity);
      expect(store.count(0)).toBe(0);
    }
  });

  it('bounds each run of plain arcs by its own least cost', () => {
    // One row in column 0 with an edge to each of 19 other columns, weights 40 − k.
    const cols = 20;
    const edges: [number, number, number][] = Array.from({ length: cols }, (_, k) => [0, k, 40 - k]);
    const q = problemFromEdges(1, cols, new Array<number>(cols).fill(1), edges);
    const s = createSolverState(q);
    assignRow(s, 0, 0, 0);
    s.v.fill(0);
    s.v[12] = 100;
    const store = new ArcStore(cols, 64);
    buildColumnArcs(s, 0, createArcBuildWork(cols), store);
    const { arcs, runs } = plainView(store, 0);
    // Delta of target k: 40 − (40 − k) = k; column 12 costs 12 − 100.
    expect(arcs.map(([k]) => k)).toEqual(Array.from({ length: cols - 1 }, (_, t) => t + 1));
    const costs = arcs.map(([k, delta]) => delta! - s.v[k!]!);
    const expected = Array.from({ length: Math.ceil(costs.length / PLAIN_RUN) }, (_, r) =>
      Math.min(...costs.slice(r * PLAIN_RUN, (r + 1) * PLAIN_RUN)),
    );
    expect(runs).toEqual(expected);
    expect(runs).toEqual([1, -88, 17]);
  });

  it('rebuilds a column whose rows changed in its block, or in a bigger one', () => {
    const s = createSolverState(p);
    assignRow(s, 0, 0, 0);
    const store = new ArcStore(4);
    const work = createArcBuildWork(4);
    buildColumnArcs(s, 0, work, store);
    expect(view(store, 0).arcs).toEqual([
      [1, 6, 0],
      [2, 1, 0],
    ]);
    assignRow(s, 1, 0, 3);
    buildColumnArcs(s, 0, work, store);
    expect(view(store, 0).arcs).toEqual([
      [1, 1, 1],
      [2, 1, 0],
      [3, 0, 1],
    ]);
  });
});

describe('keyColumnArcs', () => {
  /** A store whose column 0 holds arcs with these deltas and targets (row = arc number), keyed with v. */
  function column(deltas: number[], targets: number[], v: Float64Array): ArcStore {
    const n = deltas.length;
    const store = new ArcStore(1);
    store.reserve(0, n);
    store.place[0] = n;
    const f64 = store.f64[store.place[2]!]!;
    const i32 = store.i32[store.place[2]!]!;
    const indexAt = store.place[3]!;
    const rowsAt = 2 * (indexAt + INDEX_WIDTH * store.place[1]!);
    // Entries in reverse arc order with dummy keys: keying must not depend on where they were.
    deltas.forEach((d, a) => {
      const t = n - 1 - a;
      const q = indexAt + INDEX_WIDTH * t;
      f64[q] = -1e300;
      f64[q + 1] = d;
      i32[2 * q + 4] = targets[a]!;
      i32[2 * q + 5] = a;
      i32[rowsAt + t] = a;
    });
    keyColumnArcs(store, 0, v, createArcBuildWork(Math.max(...targets) + 1));
    return store;
  }

  it('orders equal keys by arc number, also when keys span too wide a range to pack', () => {
    const v = Float64Array.of(0, 0);
    const narrow = column([5, 3, 5, 3, -1], [0, 1, 0, 1, 0], v);
    expect(view(narrow, 0).index).toEqual([
      [4, -1],
      [1, 3],
      [3, 3],
      [0, 5],
      [2, 5],
    ]);
    const wide = column([4e15, 3, 4e15, 3, -4e15], [0, 1, 0, 1, 0], v);
    expect(view(wide, 0).index.map(([a]) => a)).toEqual([4, 1, 3, 0, 2]);
    // Each arc keeps its target, delta and row.
    expect(view(wide, 0).arcs).toEqual([
      [0, 4e15, 0],
      [1, 3, 1],
      [0, 4e15, 2],
      [1, 3, 3],
      [0, -4e15, 4],
    ]);
  });

  it('orders as a plain sort by (key, arc) on random keys, near and beyond the packing range', () => {
    const rand = seededRandom(11);
    for (const [n, width] of [
      [3, 2 ** 50],
      [5, 2 ** 50],
      [17, 2 ** 48],
      [40, 7],
      [64, 2 ** 46],
    ] as const) {
      const deltas = Array.from({ length: n }, () => Math.floor(rand() * width) - (rand() < 0.3 ? 0 : Math.floor(width / 2)));
      const c = column(deltas, new Array<number>(n).fill(0), Float64Array.of(0));
      const expected = deltas.map((d, a) => [a, d]).sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!);
      expect(view(c, 0).index).toEqual(expected);
    }
  });

  it('keys by delta less the target potential', () => {
    const c = column([10, 10], [0, 1], Float64Array.of(-3, 4));
    expect(view(c, 0).index).toEqual([
      [1, 6],
      [0, 13],
    ]);
  });
});

describe('sortDistinct', () => {
  it('sorts short and long ranges and leaves values outside the range alone', () => {
    const rand = seededRandom(7);
    for (const n of [0, 1, 2, 15, 17, 200, 3000]) {
      const values = new Set<number>();
      while (values.size < n) values.add(Math.floor(rand() * 1e9) - 5e8);
      const a = Float64Array.from([-1, ...values, -2]);
      sortDistinct(a, 1, n + 1);
      const sorted = [...values].sort((x, y) => x - y);
      expect(Array.from(a)).toEqual([-1, ...sorted, -2]);
    }
  });
});

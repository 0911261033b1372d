import {
  ARC_WIDTH,
  INDEX_WIDTH,
  buildColumnArcs,
  columnPlace,
  keyColumnArcs,
  sortDistinct,
  type ArcBuildWork,
  type ColumnArcs,
} from './columnArcs';
import { assignRow, createSolverState } from './solverState';
import { problemFromEdges, seededRandom } from '../../../test/support/solver/randomInstance';

function work(cols: number): ArcBuildWork {
  return {
    arcAt: new Int32Array(cols),
    arcStamp: new Int32Array(cols),
    arcRound: 0,
    arcBuf: new Float64Array(ARC_WIDTH),
    keyBuf: new Float64Array(1),
    slabs: [],
    slabTop: 0,
  };
}

/** The arcs as (target, delta, row) tuples in arc order, and the index as [arc, key] pairs. */
function view(c: ColumnArcs): { arcs: number[][]; index: number[][] } {
  const arcs: number[][] = [];
  for (let a = 0; a < c.n; a++) arcs.push(Array.from(c.arcs.subarray(ARC_WIDTH * a, ARC_WIDTH * (a + 1))));
  const index: number[][] = [];
  for (let t = 0; t < c.n; t++) {
    const a = c.index[INDEX_WIDTH * t + 3] as number;
    // Each index entry carries its arc's cost and target beside the key.
    expect([c.index[INDEX_WIDTH * t + 1], c.index[INDEX_WIDTH * t + 2]]).toEqual([c.arcs[ARC_WIDTH * a + 1], c.arcs[ARC_WIDTH * a]]);
    index.push([a, c.index[INDEX_WIDTH * t] as number]);
  }
  return { arcs, index };
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
    const c = buildColumnArcs(s, 0, work(4), null);
    // Row 1 (used weight 7) first: targets 1, 2, 3; row 0 (used 10) then offers column 1 at 6 < 1 and column 2 at 1 < 6.
    expect(view(c).arcs).toEqual([
      [1, 1, 1],
      [2, 1, 0],
      [3, 0, 1],
    ]);
    // Keys delta − v: arc 0 → 1 + 2 = 3, arc 1 → 1, arc 2 → 0 − 5 = −5.
    expect(view(c).index).toEqual([
      [2, -5],
      [1, 1],
      [0, 3],
    ]);
  });

  it('refills the previous arrays when they are long enough', () => {
    const s = createSolverState(p);
    assignRow(s, 0, 0, 0);
    assignRow(s, 1, 0, 3);
    const w = work(4);
    const first = buildColumnArcs(s, 0, w, null);
    const again = buildColumnArcs(s, 1, w, first);
    expect(again).toBe(first);
    expect(again.n).toBe(0);
  });

  it('cuts the arrays from slabs and says where they sit', () => {
    const s = createSolverState(p);
    assignRow(s, 0, 0, 0);
    assignRow(s, 1, 1, 4);
    const w = work(4);
    const columns = [buildColumnArcs(s, 0, w, null), buildColumnArcs(s, 1, w, null)];
    for (const c of columns) {
      const place = columnPlace(w, c);
      expect(place).not.toBeNull();
      const slab = w.slabs[place!.slab]!;
      const arcs = ARC_WIDTH * c.n;
      const index = INDEX_WIDTH * c.n;
      expect(Array.from(slab.subarray(place!.arcsAt, place!.arcsAt + arcs))).toEqual(Array.from(c.arcs.subarray(0, arcs)));
      expect(Array.from(slab.subarray(place!.indexAt, place!.indexAt + index))).toEqual(Array.from(c.index.subarray(0, index)));
    }
    expect(columnPlace(w, { n: 0, arcs: new Float64Array(4), index: new Float64Array(4) })).toBeNull();
  });
});

describe('keyColumnArcs', () => {
  function column(deltas: number[], targets: number[]): ColumnArcs {
    const n = deltas.length;
    const arcs = new Float64Array(ARC_WIDTH * n);
    deltas.forEach((d, a) => {
      arcs[ARC_WIDTH * a] = targets[a] as number;
      arcs[ARC_WIDTH * a + 1] = d;
    });
    return { n, arcs, index: new Float64Array(INDEX_WIDTH * n) };
  }

  it('orders equal keys by arc number, also when keys span too wide a range to pack', () => {
    const v = Float64Array.of(0, 0);
    const narrow = column([5, 3, 5, 3, -1], [0, 1, 0, 1, 0]);
    keyColumnArcs(narrow, v, work(2));
    expect(view(narrow).index).toEqual([
      [4, -1],
      [1, 3],
      [3, 3],
      [0, 5],
      [2, 5],
    ]);
    const wide = column([4e15, 3, 4e15, 3, -4e15], [0, 1, 0, 1, 0]);
    keyColumnArcs(wide, v, work(2));
    expect(view(wide).index.map(([a]) => a)).toEqual([4, 1, 3, 0, 2]);
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
      const c = column(deltas, new Array<number>(n).fill(0));
      keyColumnArcs(c, Float64Array.of(0), work(1));
      const expected = deltas.map((d, a) => [a, d]).sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!);
      expect(view(c).index).toEqual(expected);
    }
  });

  it('keys by delta less the target potential', () => {
    const c = column([10, 10], [0, 1]);
    keyColumnArcs(c, Float64Array.of(-3, 4), work(2));
    expect(view(c).index).toEqual([
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

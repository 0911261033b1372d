import { ColumnHeap } from './columnHeap';
import { seededRandom } from '../../../test/support/solver/randomInstance';

describe('ColumnHeap', () => {
  it('pops by key, ties by lower column, as a sort would, through pushes, decreases and pops', () => {
    const rand = seededRandom(3);
    for (const n of [1, 2, 5, 17, 100, 1000]) {
      const key = new Float64Array(n);
      const heap = new ColumnHeap(n, key);
      const inHeap = new Set<number>();
      const popped: number[] = [];
      const expected: number[] = [];
      for (let step = 0; step < 4 * n; step++) {
        const j = Math.floor(rand() * n);
        const roll = rand();
        if (roll < 0.45 && !inHeap.has(j)) {
          key[j] = Math.floor(rand() * 10);
          heap.push(j);
          inHeap.add(j);
        } else if (roll < 0.7 && inHeap.has(j)) {
          key[j] = key[j]! - Math.floor(rand() * 3);
          heap.decrease(j);
        } else if (inHeap.size > 0) {
          const least = [...inHeap].sort((a, b) => key[a]! - key[b]! || a - b)[0]!;
          expect(heap.peek()).toBe(least);
          expected.push(least);
          popped.push(heap.pop());
          inHeap.delete(least);
        }
        expect(heap.length).toBe(inHeap.size);
      }
      expect(popped).toEqual(expected);
      for (const j of inHeap) expect(heap.contains(j)).toBe(true);
      heap.clear();
      expect(heap.length).toBe(0);
      for (let j = 0; j < n; j++) expect(heap.contains(j)).toBe(false);
    }
  });
});

import { TopK } from './topK';

describe('TopK', () => {
  it('keeps exactly the k best of a random stream, as a full sort would', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const k = Math.floor(random() * 12);
      const items = Array.from({ length: Math.floor(random() * 60) }, (_, key) => ({ key, value: Math.floor(random() * 10) }));
      const top = new TopK(k);
      for (const item of items) top.offer(item.value, item.key);
      const expected = [...items]
        .sort((a, b) => b.value - a.value || a.key - b.key)
        .slice(0, k)
        .map((i) => i.key);
      expect(top.keysBestFirst()).toEqual(expected);
    }
  });

  it('admits no value below its threshold, on a random stream', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 100; trial++) {
      const top = new TopK(Math.floor(random() * 6));
      for (let key = 0; key < 40; key++) {
        const value = Math.floor(random() * 10);
        if (value < top.threshold()) expect(top.admits(value, 0)).toBe(false);
        top.offer(value, key);
      }
    }
  });

  it('breaks ties by the smaller key and can be reused after clear()', () => {
    const top = new TopK(2);
    for (const key of [9, 3, 5, 1]) top.offer(10, key);
    expect(top.keysBestFirst()).toEqual([1, 3]);
    top.clear();
    top.offer(1, 4);
    expect(top.keysBestFirst()).toEqual([4]);
  });

  it('writes the kept keys into an array, in any order', () => {
    const top = new TopK(3);
    for (const [value, key] of [
      [5, 1],
      [7, 2],
      [1, 3],
      [9, 4],
    ] as const)
      top.offer(value, key);
    const out = new Int32Array(3);
    expect(top.keysInto(out)).toBe(3);
    expect(Array.from(out).sort()).toEqual([1, 2, 4]);
  });

  it('admits exactly the pairs an offer would keep', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const k = Math.floor(random() * 6);
      const top = new TopK(k);
      for (let key = 0; key < 40; key++) {
        const value = Math.floor(random() * 8);
        const admitted = top.admits(value, key);
        top.offer(value, key);
        expect(top.keysBestFirst().includes(key)).toBe(admitted);
      }
    }
  });
});

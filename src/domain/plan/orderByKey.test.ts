import { orderByKey } from './orderByKey';

/** The straightforward order: a comparison sort on the keys, equal keys by index. */
function expectedOrder(keys: readonly string[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

/** A seeded generator of small integers (a linear congruential generator). */
function draws(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('orderByKey', () => {
  it('orders keys as a comparison sort does, shorter prefixes first and equal keys by index', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const pick = draws(seed);
      const alphabet = seed % 2 === 0 ? '0123456789' : 'AB-éz\u00ff';
      const longest = 1 + pick(6);
      const key = () =>
        Array.from({ length: seed % 3 === 0 ? longest : pick(longest + 1) }, () => alphabet[pick(alphabet.length)]).join('');
      const keys = Array.from({ length: 1 + pick(300) }, key);
      expect(Array.from(orderByKey(keys))).toEqual(expectedOrder(keys));
    }
  });

  it('orders keys of wide code ranges and long keys as a comparison sort does', () => {
    const keys = ['SETDA-02', 'SETDA-1', 'DINKES-01', '', 'SETDA-02', '\u4e00', 'a'];
    expect(Array.from(orderByKey(keys))).toEqual(expectedOrder(keys));
    const wide = ['\u4e00a', 'a\u4e00', 'aa', '\u4e00a', '\u{1F600}', 'zz'];
    expect(Array.from(orderByKey(wide))).toEqual(expectedOrder(wide));
    const long = ['x'.repeat(70), 'x'.repeat(65) + 'a', 'x'.repeat(69)];
    expect(Array.from(orderByKey(long))).toEqual(expectedOrder(long));
  });

  it('orders an empty list and one key', () => {
    expect(Array.from(orderByKey([]))).toEqual([]);
    expect(Array.from(orderByKey(['x']))).toEqual([0]);
  });
});

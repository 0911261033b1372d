import { Distinct } from './distinct';

describe('Distinct', () => {
  it('numbers items in order of first use, as a Map from item to index would, on random texts', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['a', 'b', ' ', 'é', '\n', 'xyz', '—', '0'];
    const pool = Array.from({ length: 3000 }, () => {
      let text = '';
      for (let p = Math.floor(random() * 12); p > 0; p--) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      return text;
    });
    const distinct = new Distinct(['first']);
    const expected = new Map<string, number>([['first', 0]]);
    for (let k = 0; k < 20_000; k++) {
      // Equal texts made anew, not the same string each time.
      const text = `${pool[Math.floor(random() * pool.length)] ?? ''}!`.slice(0, -1);
      if (!expected.has(text)) expected.set(text, expected.size);
      expect(distinct.add(text)).toBe(expected.get(text));
    }
    expect(distinct.items).toEqual([...expected.keys()]);
  });
});

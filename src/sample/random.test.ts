import { createRng, hashText } from './random';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 100 }, () => a.next());
    const seqB = Array.from({ length: 100 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for nearby seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    expect(Array.from({ length: 10 }, () => a.next())).not.toEqual(Array.from({ length: 10 }, () => b.next()));
  });

  it('keeps values inside their ranges and roughly uniform', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0, 0, 0, 0];
    let outside = 0;
    for (let i = 0; i < 60000; i++) {
      const x = rng.next();
      if (x < 0 || x >= 1) outside++;
      const d = rng.int(1, 6);
      counts[d - 1] = (counts[d - 1] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(600);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = createRng(3);
    let heavy = 0;
    let never = 0;
    for (let i = 0; i < 10000; i++) {
      const v = rng.weighted([
        ['a', 9],
        ['b', 1],
        ['never', 0],
      ] as const);
      if (v === 'never') never++;
      if (v === 'a') heavy++;
    }
    expect(never).toBe(0);
    expect(heavy / 10000).toBeGreaterThan(0.87);
    expect(heavy / 10000).toBeLessThan(0.93);
  });

  it('forks stable sub-streams', () => {
    expect(createRng(5).fork('x').next()).toBe(createRng(5).fork('x').next());
    expect(createRng(5).fork('x').next()).not.toBe(createRng(5).fork('y').next());
  });

  it('rejects empty choices', () => {
    expect(() => createRng(1).pick([])).toThrow();
    expect(() => createRng(1).weighted([['a', 0]])).toThrow();
  });

  it('hashes text stably', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});

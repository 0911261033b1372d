import { fisherExactTwoSided, logFactorial } from '../../src/domain/fairness';
import { createRng } from '../../src/sample/random';
import { findScipyPython, scipyFisher } from './scipyFisher';

describe("Fisher's exact test (two-sided)", () => {
  it('gives the textbook values (tea tasting; a lopsided table)', () => {
    // Fisher's lady tasting tea: 3 of 4 right.
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857142857, 9);
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.0027594561852, 12);
  });

  it('is 1 when a margin is empty and symmetric in the two groups', () => {
    expect(fisherExactTwoSided(0, 0, 5, 7)).toBe(1);
    expect(fisherExactTwoSided(0, 4, 0, 9)).toBe(1);
    expect(fisherExactTwoSided(5, 5, 5, 5)).toBe(1);
    expect(fisherExactTwoSided(7, 2, 3, 11)).toBeCloseTo(fisherExactTwoSided(3, 11, 7, 2), 14);
  });

  it('keeps tiny p-values (large, very unequal groups)', () => {
    const p = fisherExactTwoSided(0, 400, 300, 100);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-100);
  });

  it('rejects counts that are not whole numbers ≥ 0 (a programmer error)', () => {
    expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTwoSided(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => logFactorial(-2)).toThrow(RangeError);
  });

  it('sums log-factorials exactly enough: ln(170!) as in the literature', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(170)).toBeCloseTo(706.5730622457874, 9);
  });

  const scipy = findScipyPython();
  const compare = 'python' in scipy ? it : it.skip;
  const label =
    'python' in scipy
      ? 'agrees with scipy.stats.fisher_exact on 400 random tables'
      : `agrees with scipy.stats.fisher_exact (skipped: ${scipy.reason})`;
  compare(label, () => {
    if (!('python' in scipy)) return;
    const rng = createRng(42);
    const tables: [number, number, number, number][] = [];
    for (let i = 0; i < 400; i++) {
      const scale = [5, 20, 80, 600][i % 4] ?? 5;
      tables.push([rng.int(0, scale), rng.int(0, scale), rng.int(0, scale * 3), rng.int(0, scale * 3)]);
    }
    tables.push([0, 0, 0, 0], [3, 1, 1, 3], [0, 86, 19, 0], [19, 67, 729, 726]);
    const expected = scipyFisher(scipy.python, tables);
    tables.forEach((table, i) => {
      const ours = fisherExactTwoSided(...table);
      const theirs = expected[i] ?? Number.NaN;
      expect({ table, close: Math.abs(ours - theirs) <= 1e-9 * Math.max(theirs, 1e-300) + 1e-14 }).toEqual({ table, close: true });
    });
  });
});

import { elementAverages, ikmGrade, ikmOf, round2 } from './ikm';

describe('IKM (PermenPANRB 14/2017)', () => {
  it('averages each element over the respondents who answered it', () => {
    expect(
      elementAverages(
        [
          [4, 3],
          [2, null],
        ],
        2,
      ),
    ).toEqual([3, 3]);
    expect(elementAverages([[null, 1]], 2)).toEqual([null, 1]);
  });

  it('is Σ(average × 0.111) × 25 to two decimals, only with all nine elements answered', () => {
    expect(ikmOf(Array<number>(9).fill(4))).toBe(99.9);
    expect(ikmOf(Array<number>(9).fill(3))).toBe(74.93);
    expect(ikmOf(Array<number>(9).fill(1))).toBe(24.98);
    expect(ikmOf([3.5, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(round2((3.5 + 24) * 0.111 * 25));
    expect(ikmOf([4, 4, 4, 4, 4, 4, 4, 4, null])).toBeNull();
    expect(ikmOf([4, 4])).toBeNull();
  });

  it('grades on the regulation bands, boundaries included', () => {
    expect([100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map(ikmGrade)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('rounds half away from zero as Excel does', () => {
    expect(round2(74.925)).toBe(74.93);
    expect(round2(1.005)).toBe(1.01);
  });
});

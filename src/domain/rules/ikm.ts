/**
 * The public satisfaction index (Indeks Kepuasan Masyarakat) of PermenPANRB 14/2017 on the
 * Survei Kepuasan Masyarakat: nine service elements, each answered 1-4 by every respondent;
 * the index is the sum of the element averages, each weighted 1/9 (written 0.111 in the
 * regulation), scaled by 25 to 25-100, and graded A-D. The same arithmetic is written as
 * live Excel formulas in IKM Layanan (output/ikmSheet.ts); this is the engine's own copy,
 * used by the follow-up and by the tests that check the spreadsheet's results.
 */

/** The nine SKM elements, U1-U9, in the regulation's order. */
export const SKM_ELEMENT_COUNT = 9;
/** Weight of each element: 1/9, as the regulation writes it. */
export const IKM_WEIGHT = 0.111;
/** Scale from the 1-4 answers to the 25-100 index. */
export const IKM_SCALE = 25;
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 4;

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** Lower bound of each grade (PermenPANRB 14/2017): A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99. */
export const IKM_GRADE_FLOORS: readonly { readonly grade: IkmGrade; readonly from: number }[] = [
  { grade: 'A', from: 88.31 },
  { grade: 'B', from: 76.61 },
  { grade: 'C', from: 65 },
  { grade: 'D', from: -Infinity },
];

/** Round to two decimals, half away from zero, as Excel's ROUND does. */
export function round2(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

/**
 * Each element's average over the respondents who answered it (null where nobody did).
 * `answers[r][k]` is respondent r's answer to element k (1-4), or null.
 *
 * @example elementAverages([[4, 3], [2, null]]) // [3, 3]
 */
export function elementAverages(answers: readonly (readonly (number | null)[])[], elements = SKM_ELEMENT_COUNT): (number | null)[] {
  const sums = new Array<number>(elements).fill(0);
  const counts = new Array<number>(elements).fill(0);
  for (const row of answers) {
    for (let k = 0; k < elements; k++) {
      const value = row[k];
      if (value === null || value === undefined) continue;
      sums[k]! += value;
      counts[k]! += 1;
    }
  }
  return sums.map((sum, k) => (counts[k] === 0 ? null : sum / counts[k]!));
}

/**
 * IKM = Σ(average × 0.111) × 25, rounded to two decimals; null unless all nine elements have an average.
 *
 * @example ikmOf([3, 3, 3, 3, 3, 3, 3, 3, 3]) // 74.93
 */
export function ikmOf(averages: readonly (number | null)[]): number | null {
  if (averages.length < SKM_ELEMENT_COUNT || averages.some((a) => a === null)) return null;
  const sum = averages.reduce<number>((acc, a) => acc + (a ?? 0), 0);
  return round2(sum * IKM_WEIGHT * IKM_SCALE);
}

/** The grade (mutu pelayanan) of an index value. */
export function ikmGrade(ikm: number): IkmGrade {
  return IKM_GRADE_FLOORS.find((band) => ikm >= band.from)!.grade;
}

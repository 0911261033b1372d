/**
 * Fisher's exact test on a 2×2 table, two-sided, computed exactly from log-factorials
 * (no normal approximation), so small groups are judged on what they can show and no more.
 *
 * Table layout: `a` = group with the outcome, `b` = group without, `c` = rest with the
 * outcome, `d` = rest without.
 */

/** Tables probabilities within this relative distance of the observed one count as "as extreme" (R uses the same). */
const RELATIVE_TOLERANCE = 1e-7;

const logFactorials: number[] = [0];

/** ln(n!) for an integer n ≥ 0, from a table grown on demand (exact sums of logarithms). */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial: ${n} is not a whole number ≥ 0`);
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push((logFactorials[k - 1] ?? 0) + Math.log(k));
  return logFactorials[n] ?? 0;
}

/** ln of the hypergeometric probability of `x` in the top-left cell given the margins. */
function logHypergeometric(x: number, row1: number, row2: number, col1: number): number {
  const n = row1 + row2;
  const col2 = n - col1;
  return (
    logFactorial(row1) +
    logFactorial(row2) +
    logFactorial(col1) +
    logFactorial(col2) -
    logFactorial(n) -
    logFactorial(x) -
    logFactorial(row1 - x) -
    logFactorial(col1 - x) -
    logFactorial(col2 - row1 + x)
  );
}

/**
 * Two-sided p-value of Fisher's exact test: the sum of the probabilities of every table with
 * the same margins that is at most as probable as the observed one (relative tolerance 1e-7).
 *
 * @example
 * fisherExactTwoSided(1, 9, 11, 3) // ≈ 0.00276 (as scipy.stats.fisher_exact)
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const v of [a, b, c, d])
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisherExactTwoSided: counts must be whole numbers ≥ 0, got ${v}`);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || col1 === row1 + row2) return 1;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  const observed = logHypergeometric(a, row1, row2, col1);
  const threshold = observed + Math.log1p(RELATIVE_TOLERANCE);
  // Sum relative to the observed probability, so tiny p-values keep their precision.
  let sum = 0;
  for (let x = lo; x <= hi; x++) {
    const lp = logHypergeometric(x, row1, row2, col1);
    if (lp <= threshold) sum += Math.exp(lp - observed);
  }
  return Math.min(1, sum * Math.exp(observed));
}

/**
 * Numbers written out in full, as a person would type them: never `1.98e+17`.
 */

/**
 * The number in plain decimal notation, with the same significant digits `String(n)`
 * gives (so a NIP typed as a number shows what is left of it, zeros in place of the
 * lost digits).
 *
 * @example plainNumberText(1.9800512200501e17) // '198005122005010000'
 * @example plainNumberText(0.0000015) // '0.0000015'
 */
export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent form: the shortest digits that identify the double, shifted by the exponent.
  const [mantissa = '', exponentText = '0'] = s.split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  const body =
    pointAt >= digits.length
      ? digits + '0'.repeat(pointAt - digits.length)
      : pointAt <= 0
        ? `0.${'0'.repeat(-pointAt)}${digits}`
        : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return (negative ? '-' : '') + body;
}

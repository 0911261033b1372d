/**
 * "Did you mean …?" for unit names and position codes typed by hand.
 */
import { normalizeKey } from '../model/normalize';

/**
 * Largest edit distance, as a share of the longer key, still offered as a suggestion:
 * "Dinas Kesehtan" → "Dinas Kesehatan" (1/14) is, "Dinas Sosial" for "Dinas Kesehatan"
 * (8/14) is not.
 */
export const SUGGESTION_THRESHOLD = 0.34;

/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions).
 *
 * @example editDistance('kesehtan', 'kesehatan') // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edit distance of the normalised keys divided by the longer key's length (0 = same, 1 = nothing shared). */
export function normalisedDistance(a: string, b: string): number {
  const x = normalizeKey(a);
  const y = normalizeKey(b);
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : editDistance(x, y) / longer;
}

/**
 * A suggester over known names: for a name that is not known, the closest known one by
 * normalised edit distance, or null when none is close enough. Answers are cached, since
 * the same misspelling tends to repeat down a sheet. The known names are keyed on the first
 * question only: most sheets never ask one.
 *
 * @example suggester(['Dinas Kesehatan', 'Dinas Sosial'])('Dinas Kesehtan') // 'Dinas Kesehatan'
 */
export function suggester(known: readonly string[]): (name: string) => string | null {
  let keys: readonly { readonly name: string; readonly key: string }[] | null = null;
  const cache = new Map<string, string | null>();
  return (name) => {
    keys ??= known.map((text) => ({ name: text, key: normalizeKey(text) }));
    const key = normalizeKey(name);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of keys) {
      const longer = Math.max(key.length, candidate.key.length);
      if (longer === 0 || Math.abs(key.length - candidate.key.length) / longer > SUGGESTION_THRESHOLD) continue;
      const distance = editDistance(key, candidate.key) / longer;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate.name;
      }
    }
    const answer = bestDistance <= SUGGESTION_THRESHOLD ? best : null;
    cache.set(key, answer);
    return answer;
  };
}

/**
 * A small seeded pseudo-random generator for the synthetic sample, test inputs and
 * benchmarks. `Math.random` is never used: the same seed must give byte-identical
 * workbooks on every machine and Node version.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded through splitmix32:
 * 128 bits of state, passes PractRand, and needs only 32-bit integer arithmetic.
 */

/** A deterministic random source with the helpers the sample generator needs. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** Uniform real in [lo, hi). */
  real(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with probability proportional to its weight (weights ≥ 0, sum > 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A new independent generator derived from this one and a label (stable sub-streams). */
  fork(label: string): Rng;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a text, for deriving sub-stream seeds from labels. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Creates a generator from an integer seed (any 32-bit value; non-integers are truncated).
 *
 * @example
 * const rng = createRng(1);
 * rng.int(1, 6); // the same number on every run
 */
export function createRng(seed: number): Rng {
  const init = splitmix32(Math.trunc(seed) >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs so nearby seeds diverge fully.
  for (let i = 0; i < 12; i++) nextUint();

  const next = (): number => nextUint() / 4294967296;
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    real: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Rng.pick: empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, w] of items) total += w;
      if (!(total > 0)) throw new Error('Rng.weighted: no positive weight');
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('Rng.weighted: empty list');
      return last[0];
    },
    fork: (label) => createRng((nextUint() ^ hashText(label)) >>> 0),
  };
  return rng;
}

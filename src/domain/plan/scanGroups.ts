/**
 * The positions worth testing for a move: buckets of positions by Jenis Jabatan and Kelas
 * Jabatan (fungsional posts also by their family), and the buckets a move from a given post
 * may reach under the position-type, fungsional and kelas rules. A scan over these buckets
 * sees every pair `isPairAllowed` accepts.
 */
import { JENIS_FUNGSIONAL, NO_KELAS, type CompatibilityContext } from '../rules';
import type { PairScan } from '../rules/pairScan';

/** Position indexes by Jenis Jabatan (index into the compatibility context's order), then by Kelas Jabatan. */
export interface PositionBuckets {
  /** All positions of each jenis. */
  readonly byJenis: readonly Int32Array[];
  /** Per jenis: the positions of each known kelas, and (key NO_KELAS) those without one. */
  readonly byKelas: readonly ReadonlyMap<number, Int32Array>[];
  /** Fungsional posts of each family: all of them, and by kelas as `byKelas`. */
  readonly byFamily: ReadonlyMap<number, { readonly all: Int32Array; readonly byKelas: ReadonlyMap<number, Int32Array> }>;
}

/** Buckets every position of the compatibility context by jenis, then by kelas. */
export function positionBuckets(compat: CompatibilityContext): PositionBuckets {
  const groups: number[][] = [[], [], [], [], []];
  const kelas: Map<number, number[]>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];
  compat.positionJenis.forEach((jenis, p) => {
    groups[jenis]?.push(p);
    const key = compat.positionKelas[p] ?? NO_KELAS;
    const byKelas = kelas[jenis];
    if (byKelas === undefined) return;
    const list = byKelas.get(key);
    if (list) list.push(p);
    else byKelas.set(key, [p]);
  });
  const families = new Map<number, number[]>();
  compat.positionFamily.forEach((family, p) => {
    if (family < 0 || compat.positionJenis[p] !== JENIS_FUNGSIONAL) return;
    const list = families.get(family);
    if (list) list.push(p);
    else families.set(family, [p]);
  });
  const typed = (m: Map<number, number[]>) => new Map([...m].map(([k, list]) => [k, Int32Array.from(list)]));
  const byFamily = new Map(
    [...families].map(([family, list]) => {
      const byKelas = new Map<number, number[]>();
      for (const p of list) {
        const key = compat.positionKelas[p] ?? NO_KELAS;
        const bucket = byKelas.get(key);
        if (bucket) bucket.push(p);
        else byKelas.set(key, [p]);
      }
      return [family, { all: Int32Array.from(list), byKelas: typed(byKelas) }];
    }),
  );
  return { byJenis: groups.map((g) => Int32Array.from(g)), byKelas: kelas.map(typed), byFamily };
}

/**
 * The positions worth testing for a move from `current`: with the position-type rule on,
 * only the Jenis Jabatan its matrix allows; from a fungsional post with the fungsional rule
 * on, only fungsional posts of its family; with the kelas rule on, only the classes within
 * its tolerances (and posts without a class, which the rule lets pass). Every pair is still
 * checked by `isPairAllowed`; the candidates kept do not depend on the order they are seen.
 */
export function groupsToScan(compat: CompatibilityContext, current: number, buckets: PositionBuckets): Int32Array[] {
  const rules = compat.policy.rules;
  const from = current >= 0 ? (compat.positionJenis[current] ?? -1) : -1;
  const jenis = [0, 1, 2, 3, 4].filter((to) => !rules.positionType.enabled || from < 0 || compat.allowedJenis[from * 5 + to] === 1);
  // PP 11/2017 Pasal 76: another jabatan fungsional needs uji kompetensi, so the family is kept (rules/compatibility.ts).
  const sameFamily = rules.fungsional.enabled && from === JENIS_FUNGSIONAL;
  const family = sameFamily ? buckets.byFamily.get(compat.positionFamily[current] ?? -1) : undefined;
  const none = new Int32Array(0);
  const kelasRule = rules.kelas;
  const own = current >= 0 ? (compat.positionKelas[current] ?? NO_KELAS) : NO_KELAS;
  const groups: Int32Array[] = [];
  for (const to of jenis) {
    const fungsional = to === JENIS_FUNGSIONAL && sameFamily;
    if (!kelasRule.enabled || own === NO_KELAS) {
      groups.push(fungsional ? (family?.all ?? none) : buckets.byJenis[to]!);
      continue;
    }
    const byKelas = fungsional ? family?.byKelas : buckets.byKelas[to];
    if (byKelas === undefined) continue;
    for (let k = own - kelasRule.maxDown; k <= own + kelasRule.maxUp; k++) {
      const list = byKelas.get(k);
      if (list) groups.push(list);
    }
    const unknown = byKelas.get(NO_KELAS);
    if (unknown) groups.push(unknown);
  }
  return groups;
}

/**
 * The posts a move of the pair scan's current employee may reach, less those over Formasi
 * (`closed[p] === 1`): the buckets {@link groupsToScan} names, filtered by the rules on the
 * employee's class (`PairScan.allowsForClass`). Employees of one class share one list
 * (tens of thousands of movers fall into a few hundred classes); the rules on the employee
 * alone, and the current post itself, are left to the caller.
 */
export function reachablePosts(compat: CompatibilityContext, scan: PairScan, closed: Uint8Array): (current: number) => Int32Array {
  const buckets = positionBuckets(compat);
  const byClass = new Map<string, Int32Array>();
  return (current) => {
    const key = scan.classKey();
    let posts = byClass.get(key);
    if (posts === undefined) {
      const kept: number[] = [];
      for (const group of groupsToScan(compat, current, buckets))
        for (let k = 0; k < group.length; k++) {
          const p = group[k]!;
          if (closed[p] === 0 && scan.allowsForClass(p)) kept.push(p);
        }
      posts = Int32Array.from(kept);
      byClass.set(key, posts);
    }
    return posts;
  };
}

/**
 * How many positions other than the current one no hard rule forbids an employee. The pair
 * rules read a position only through its rule attributes (jenis, kelas, JF family and
 * jenjang, eselon, golongan and education limits), its unit (conflict of interest) and its
 * own index (review decisions). So within one scan bucket the positions with equal rule
 * attributes stand or fall together: one `isPairAllowed` call per such class counts them
 * all. Employees whose check reads the unit or the index are counted pair by pair.
 */
import { groupsToScan, positionBuckets } from '../plan/scanGroups';
import { isPairAllowed, type CompatibilityContext } from '../rules';

/** The positions of one scan bucket with equal rule attributes. */
interface PositionClass {
  /** Rule attributes' id, shared by every member. */
  readonly signature: number;
  readonly members: readonly number[];
}

/** A number per distinct combination of the rule attributes a pair check reads of a position. */
function ruleSignatures(compat: CompatibilityContext): Int32Array {
  const ids = new Map<string, number>();
  const nP = compat.positionJenis.length;
  const signature = new Int32Array(nP);
  for (let p = 0; p < nP; p++) {
    const key = [
      compat.positionJenis[p],
      compat.positionKelas[p],
      compat.positionFamily[p],
      compat.positionJfJenjang[p],
      compat.positionEselon[p],
      compat.positionRankMin[p],
      compat.positionRankMax[p],
      compat.positionJenjangRankMin[p],
      compat.positionJenjangRankMax[p],
      compat.positionEducationMin[p],
    ].join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    signature[p] = id;
  }
  return signature;
}

/** Employees whose pair check reads a position's unit or index: avoided units, or reviewed pairs. */
function pairwiseEmployees(compat: CompatibilityContext): Set<number> {
  const pairwise = new Set<number>();
  const nP = compat.tables.positions.length;
  for (const key of compat.forbidden) pairwise.add(Math.floor(key / nP));
  if (compat.policy.rules.conflictOfInterest.enabled)
    compat.employeeAvoided.forEach((avoided, e) => {
      if (avoided.length > 0) pairwise.add(e);
    });
  return pairwise;
}

/**
 * A counter of the positions other than the current one that no hard rule forbids employee
 * `e`: the same count as testing every position with `isPairAllowed`, with one test per
 * class of equal positions in each bucket the move may reach.
 *
 * @example
 * const allowedTargets = allowedTargetCounter(run.compat);
 * allowedTargets(e) // 37: positions the rules let e move to
 */
export function allowedTargetCounter(compat: CompatibilityContext): (e: number) => number {
  const buckets = positionBuckets(compat);
  const signature = ruleSignatures(compat);
  const pairwise = pairwiseEmployees(compat);
  const classesOf = new Map<Int32Array, PositionClass[]>();
  const classes = (bucket: Int32Array): PositionClass[] => {
    let known = classesOf.get(bucket);
    if (known !== undefined) return known;
    const bySignature = new Map<number, number[]>();
    for (const p of bucket) {
      const members = bySignature.get(signature[p]!);
      if (members) members.push(p);
      else bySignature.set(signature[p]!, [p]);
    }
    known = [...bySignature].map(([id, members]) => ({ signature: id, members }));
    classesOf.set(bucket, known);
    return known;
  };

  return (e) => {
    const current = compat.index.currentPosition[e] ?? -1;
    let count = 0;
    for (const bucket of groupsToScan(compat, current, buckets)) {
      if (pairwise.has(e)) {
        for (const p of bucket) if (p !== current && isPairAllowed(compat, e, p)) count++;
        continue;
      }
      for (const { signature: id, members } of classes(bucket)) {
        const holdsCurrent = current >= 0 && id === signature[current] && members.includes(current);
        const probe = members[0] === current ? members[1] : members[0];
        if (probe !== undefined && isPairAllowed(compat, e, probe)) count += members.length - (holdsCurrent ? 1 : 0);
      }
    }
    return count;
  };
}

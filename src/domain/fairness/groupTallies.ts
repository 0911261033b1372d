/**
 * The counting behind the group table, on small integers: each employee's group under an
 * attribute and comparison (readiness, and kind of post) as indexes computed once for every
 * measure, and each measure's counts in flat arrays, not maps keyed by text.
 */
import type { EmployeeOutcome } from './employeeOutcomes';
import type { GroupAttribute } from './groupAttributes';
import type { GroupLabel, Stratum } from './types';

/** The groups of one attribute: each employee's group index (-1: none) and each group's label. */
export interface GroupIndex {
  readonly ids: Int32Array;
  /** The label of each group index, as first met in employee order. */
  readonly labels: readonly GroupLabel[];
}

/** The comparisons employees fall in: each employee's comparison index, and what each one is. */
export interface PartIndex {
  readonly ids: Int32Array;
  readonly stratum: readonly Stratum[];
  /** Kind of post of each comparison ('' when unknown), or null when comparing by readiness alone. */
  readonly postType: readonly (string | null)[];
}

/** One group's counts within one comparison. */
export interface Tally {
  /** Group index in the attribute's {@link GroupIndex}. */
  readonly id: number;
  readonly group: GroupLabel;
  readonly base: number;
  readonly hits: number;
}

/** One comparison with the tallies of its groups, in the order their first members come. */
export interface TalliedPart {
  readonly stratum: Stratum;
  readonly postType: string | null;
  readonly tallies: readonly Tally[];
}

/** The group index of every employee under `attribute` (a group is a label's key and whether it is translated). */
export function groupIndex(attribute: GroupAttribute): GroupIndex {
  const known = new Map<string, number>();
  const labels: GroupLabel[] = [];
  const ids = new Int32Array(attribute.groupOf.length).fill(-1);
  attribute.groupOf.forEach((group, e) => {
    if (group === undefined) return;
    const key = `${group.translate ? 't' : 'r'}:${group.key}`;
    let id = known.get(key);
    if (id === undefined) {
      id = labels.length;
      labels.push(group);
      known.set(key, id);
    }
    ids[e] = id;
  });
  return { ids, labels };
}

/** The comparison of every employee: by readiness stratum, and by kind of post too when `byPostType`. */
export function partIndex(outcomes: readonly EmployeeOutcome[], byPostType: boolean): PartIndex {
  const known = new Map<string, number>();
  const stratum: Stratum[] = [];
  const postType: (string | null)[] = [];
  const ids = new Int32Array(outcomes.length);
  outcomes.forEach((outcome, e) => {
    const key = byPostType ? `${outcome.stratum}|${outcome.postType ?? ''}` : outcome.stratum;
    let id = known.get(key);
    if (id === undefined) {
      id = stratum.length;
      stratum.push(outcome.stratum);
      postType.push(byPostType ? (outcome.postType ?? '') : null);
      known.set(key, id);
    }
    ids[e] = id;
  });
  return { ids, stratum, postType };
}

/**
 * The tallies of one measure under one attribute: for each comparison with a member in the
 * measure's population (`inBase`), its groups' population and outcome (`hit`) counts.
 * Comparisons and their groups come in the order of their first member.
 */
export function tallyParts(inBase: Uint8Array, hit: Uint8Array, groups: GroupIndex, parts: PartIndex): TalliedPart[] {
  const G = groups.labels.length;
  const base = new Int32Array(parts.stratum.length * G);
  const hits = new Int32Array(base.length);
  const cellsOfPart: number[][] = parts.stratum.map(() => []);
  const partOrder: number[] = [];
  for (let e = 0; e < inBase.length; e++) {
    const g = groups.ids[e] as number;
    if (inBase[e] === 0 || g < 0) continue;
    const part = parts.ids[e] as number;
    const cell = part * G + g;
    if (base[cell] === 0) {
      const cells = cellsOfPart[part]!;
      if (cells.length === 0) partOrder.push(part);
      cells.push(cell);
    }
    base[cell] = (base[cell] as number) + 1;
    hits[cell] = (hits[cell] as number) + (hit[e] as number);
  }
  return partOrder.map((part) => ({
    stratum: parts.stratum[part]!,
    postType: parts.postType[part]!,
    tallies: cellsOfPart[part]!.map((cell) => {
      const id = cell - part * G;
      return { id, group: groups.labels[id]!, base: base[cell] as number, hits: hits[cell] as number };
    }),
  }));
}

/**
 * Decides how many people hold each position: structural posts are mostly filled, the rest
 * of the workforce is spread over pelaksana and functional posts in proportion to formasi
 * times each unit's staffing factor, so some units end short and others in surplus, as in
 * a real pemkot. Also marks the urgency (Prioritas) of vacant posts.
 */
import type { Prioritas } from '../domain/model/types';
import type { SamplePosition } from './organisation';
import type { Rng } from './random';

export interface Staffing {
  /** Holders per position, same order as the positions. Sums to the employee count. */
  readonly holders: readonly number[];
  readonly prioritas: readonly Prioritas[];
}

/** Share of structural posts that are filled (the rest are held by a Plt, i.e. vacant). */
const STRUCTURAL_FILL = 0.93;
/** Generic clerical posts attract more staff than their formasi (the pelaksana surplus). */
const CLERICAL = new Set(['ADM', 'PU', 'PRT', 'PGM', 'PKEU']);

/**
 * Holders per position for `employees` staff. `planted(i)` is the number of planted cases
 * that sit in position i; those posts get at least that many holders. Posts with a
 * `minVacancy` keep at least that many vacancies.
 */
export function staffPositions(
  positions: readonly SamplePosition[],
  employees: number,
  planted: (index: number) => number,
  rng: Rng,
): Staffing {
  const n = positions.length;
  const holders = new Array<number>(n).fill(0);
  const weights = new Array<number>(n).fill(0);
  let structuralFilled = 0;
  positions.forEach((pos, i) => {
    if (pos.eselon !== null) {
      if (rng.chance(STRUCTURAL_FILL) && pos.minVacancy === 0) {
        holders[i] = 1;
        structuralFilled++;
      }
      return;
    }
    const kind = CLERICAL.has(pos.key) ? 1.15 : pos.jenis === 'Fungsional' ? 0.94 : 1;
    weights[i] = pos.formasi * pos.unit.spec.fill * kind * rng.real(0.8, 1.2);
  });
  // Tiny samples: fewer people than structural posts.
  for (let i = n - 1; i >= 0 && structuralFilled > employees; i--) {
    if (positions[i]?.eselon !== null && holders[i] === 1) {
      holders[i] = 0;
      structuralFilled--;
    }
  }
  apportion(holders, weights, employees - structuralFilled);
  enforceBounds(positions, holders, weights, planted);
  return { holders, prioritas: prioritiesOf(positions, holders, rng) };
}

/** Largest-remainder apportionment of `total` seats by weight, added onto `holders`. */
function apportion(holders: number[], weights: readonly number[], total: number): void {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return;
  const remainders: [number, number][] = [];
  let given = 0;
  weights.forEach((w, i) => {
    if (w <= 0) return;
    const exact = (w / sum) * total;
    const whole = Math.floor(exact);
    holders[i] = (holders[i] ?? 0) + whole;
    given += whole;
    remainders.push([exact - whole, i]);
  });
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; given < total; r = (r + 1) % remainders.length, given++) {
    const i = remainders[r]?.[1];
    if (i !== undefined) holders[i] = (holders[i] ?? 0) + 1;
  }
}

/** Applies the vacancy caps and planted floors by moving holders to or from other posts. */
function enforceBounds(
  positions: readonly SamplePosition[],
  holders: number[],
  weights: readonly number[],
  planted: (index: number) => number,
): void {
  const floorOf = (i: number): number => planted(i);
  const capOf = (i: number): number => {
    const pos = positions[i];
    if (pos === undefined) return 0;
    if (pos.eselon !== null) return pos.minVacancy > 0 ? 0 : 1;
    return pos.minVacancy > 0 ? Math.max(floorOf(i), pos.formasi - pos.minVacancy) : Number.POSITIVE_INFINITY;
  };
  // Receivers: flexible (uncapped, unplanted, non-structural) posts by weight; donors also
  // give up filled structural posts when a tiny sample has nothing else to give.
  const flexible = weights
    .map((w, i) => [w, i] as const)
    .filter(([w, i]) => w > 0 && capOf(i) === Number.POSITIVE_INFINITY && floorOf(i) === 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i);
  const structural = positions
    .map((pos, i) => (pos.eselon !== null ? i : -1))
    .filter((i) => i >= 0)
    .reverse();
  let excess = 0;
  holders.forEach((h, i) => {
    const cap = capOf(i);
    if (h > cap) {
      excess += h - cap;
      holders[i] = cap;
    }
  });
  let deficit = 0;
  holders.forEach((h, i) => {
    const floor = floorOf(i);
    if (h < floor) {
      deficit += floor - h;
      holders[i] = floor;
    }
  });
  for (let turn = 0; excess > deficit && flexible.length > 0; turn++) {
    const i = flexible[turn % flexible.length] as number;
    holders[i] = (holders[i] ?? 0) + 1;
    excess--;
  }
  const donors = [...flexible, ...structural];
  while (deficit > excess) {
    // Take from the donor with most holders, earliest first on ties.
    let best = -1;
    for (const i of donors) if ((holders[i] ?? 0) > 0 && (best < 0 || (holders[i] ?? 0) > (holders[best] ?? 0))) best = i;
    if (best < 0) throw new Error('staffPositions: fewer employees than planted cases');
    holders[best] = (holders[best] ?? 0) - 1;
    deficit--;
  }
}

function prioritiesOf(positions: readonly SamplePosition[], holders: readonly number[], rng: Rng): Prioritas[] {
  return positions.map((pos, i) => {
    const vacant = pos.formasi - (holders[i] ?? 0);
    if (vacant <= 0) return 'Normal';
    if (pos.minVacancy > 0) return 'Segera';
    // A balanced unit needs no one more: its vacancies are ordinary.
    if (pos.unit.spec.balanced === true) return 'Normal';
    const frontLine = pos.workforce === 'nakes' || pos.workforce === 'guru';
    if (frontLine && rng.chance(0.04)) return 'Segera';
    if (pos.unit.spec.layananPublik && rng.chance(0.12)) return 'Tinggi';
    return 'Normal';
  });
}

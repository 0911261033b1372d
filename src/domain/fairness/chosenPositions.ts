/**
 * The positions each employee named as a Pilihan: a Pilihan may name a position code or a
 * unit (then every position of that unit), as the aspiration score reads it.
 */
import type { ScoringContext } from '../scoring';

/** Position indexes reachable through each place id (a unit or a position code). */
export function positionsByPlace(scoring: ScoringContext): Map<number, number[]> {
  const byPlace = new Map<number, number[]>();
  const nP = scoring.tables.positions.length;
  for (let p = 0; p < nP; p++) {
    for (const place of [scoring.positionPlaces[2 * p] ?? -1, scoring.positionPlaces[2 * p + 1] ?? -1]) {
      if (place < 0) continue;
      const list = byPlace.get(place) ?? [];
      if (!list.includes(p)) list.push(p);
      byPlace.set(place, list);
    }
  }
  return byPlace;
}

/** Every position employee `e` named (through Pilihan 1-3), without duplicates, in choice order. */
export function chosenPositions(scoring: ScoringContext, byPlace: ReadonlyMap<number, readonly number[]>, e: number): number[] {
  const chosen = new Set<number>();
  for (let k = 0; k < 3; k++) for (const p of byPlace.get(scoring.employeePilihan[3 * e + k] ?? -1) ?? []) chosen.add(p);
  return [...chosen];
}

/**
 * The positions each employee named as a Pilihan: a Pilihan may name a position code or a
 * unit (then every position of that unit), as the aspiration score reads it.
 */
import type { ScoringContext } from '../scoring';

const byPlaceOf = new WeakMap<ScoringContext, ReadonlyMap<number, readonly number[]>>();

/** Position indexes reachable through each place id (a unit or a position code); built once per scoring context. */
export function positionsByPlace(scoring: ScoringContext): ReadonlyMap<number, readonly number[]> {
  let byPlace = byPlaceOf.get(scoring);
  if (byPlace === undefined) {
    byPlace = placesOf(scoring);
    byPlaceOf.set(scoring, byPlace);
  }
  return byPlace;
}

function placesOf(scoring: ScoringContext): Map<number, number[]> {
  const byPlace = new Map<number, number[]>();
  const add = (place: number, p: number) => {
    if (place < 0) return;
    const list = byPlace.get(place);
    if (list === undefined) byPlace.set(place, [p]);
    // Positions come in ascending order: a repeat can only be the last one added.
    else if (list[list.length - 1] !== p) list.push(p);
  };
  const nP = scoring.tables.positions.length;
  for (let p = 0; p < nP; p++) {
    add(scoring.positionPlaces[2 * p] ?? -1, p);
    add(scoring.positionPlaces[2 * p + 1] ?? -1, p);
  }
  return byPlace;
}

/** Every position employee `e` named (through Pilihan 1-3), without duplicates, in choice order. */
export function chosenPositions(scoring: ScoringContext, byPlace: ReadonlyMap<number, readonly number[]>, e: number): number[] {
  const chosen = new Set<number>();
  for (let k = 0; k < 3; k++) for (const p of byPlace.get(scoring.employeePilihan[3 * e + k] ?? -1) ?? []) chosen.add(p);
  return [...chosen];
}

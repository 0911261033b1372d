/**
 * A placement: the final position of each employee after a plan. Employees it leaves out
 * stay where they are.
 */
import type { Nip, PositionCode } from './types';
import type { TableIndex } from './tableIndex';

export type Placement = ReadonlyMap<Nip, PositionCode>;

/** Marks a placement entry whose code is not in the position table. */
export const UNKNOWN_POSITION = -2;

/**
 * The final position index of every employee: the placement's code when given (or
 * {@link UNKNOWN_POSITION} when that code is unknown), else the current position.
 */
export function finalPositions(index: TableIndex, placement: Placement | undefined): Int32Array {
  const out = Int32Array.from(index.currentPosition);
  if (placement === undefined) return out;
  for (const [nip, code] of placement) {
    const e = index.employeeByNip.get(nip);
    if (e === undefined) continue;
    out[e] = index.positionByCode.get(code) ?? UNKNOWN_POSITION;
  }
  return out;
}

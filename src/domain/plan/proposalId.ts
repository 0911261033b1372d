import { cyrb53 } from '../model/hash';
import type { Nip, PositionCode } from '../model/types';

/**
 * The ID of a proposal: the same employee moving to the same position gets the same ID in
 * every re-plan, so reviewers' decisions can be carried by ID (docs/sheets.md#review-loop). Example: `M-4K9Q2ZT1`.
 */
export function proposalId(nip: Nip, target: PositionCode): string {
  return `M-${cyrb53(`${nip}>${target}`).toString(36).toUpperCase().padStart(11, '0').slice(-8)}`;
}

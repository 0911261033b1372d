/**
 * `Alasan Utama` (docs/sheets.md): the one-line summary of a proposal's justification.
 */
import { t, type Lang } from '../../i18n';
import type { Justification } from './justifyPlan';
import type { ReasonLine } from './moveReasons';
import { reasonText } from './renderJustification';
import type { Purpose } from '../plan/purpose';

const PURPOSE_REASON: Readonly<Record<Purpose, string>> = {
  FOLLOW_UP: 'educationField',
  UNIT_NEED: 'unitNeed',
  URGENT_VACANCY: 'unitNeed',
  COMPETENCE: 'educationField',
  ASPIRATION: 'aspiration',
  ROTATION: 'rotationDue',
};

/**
 * `Alasan Utama` in Usulan Mutasi: the one-line summary of the justification — its three
 * strongest reasons, the employee's own choice always among them when it was honoured.
 *
 * @example
 * mainReason(j, 'id') // "Sudah 6 tahun 6 bulan dalam jabatan, …; Jurusan Keperawatan sesuai …; Pilihan ke-1 pegawai (Dinas Kesehatan)"
 */
export function mainReason(j: Justification, lang: Lang): string {
  return mainReasonText(mainReasonOf(j), lang);
}

/** `Alasan Utama` as data (plain, JSON-safe): up to three reason lines, or why the move holds without one. */
export type MainReason =
  | { readonly kind: 'reasons'; readonly lines: readonly ReasonLine[] }
  | { readonly kind: 'bestOverall' }
  | { readonly kind: 'chain'; readonly name: string };

/** `Alasan Utama` in words. */
export function mainReasonText(reason: MainReason, lang: Lang): string {
  if (reason.kind === 'bestOverall') return t(lang, 'explain.mainReason.bestOverall');
  if (reason.kind === 'chain') return t(lang, 'explain.mainReason.chain', { name: reason.name });
  return reason.lines.map((line) => reasonText(line, lang)).join('; ');
}

/** The reasons `Alasan Utama` names: the three strongest, the purposes' own first, the honoured choice always among them. */
export function mainReasonOf(j: Justification): MainReason {
  // The reasons that carry the move's purposes (Dasar Usulan) come first.
  const first = j.proposal.purposes.flatMap((purpose) => j.forMove.filter((line) => line.key === PURPOSE_REASON[purpose]));
  const ranked = [...new Set([...first, ...j.forMove])];
  const top = ranked.slice(0, 3);
  const aspiration = j.forMove.find((line) => line.key === 'aspiration');
  if (aspiration !== undefined && !top.includes(aspiration)) top[top.length - 1] = aspiration;
  if (top.length === 0) return j.filledBy === null ? { kind: 'bestOverall' } : { kind: 'chain', name: j.filledBy.nama };
  return { kind: 'reasons', lines: top };
}

import { tDynamic, type Lang } from '../../i18n';
import type { Proposal, ValuePart } from '../plan/types';

/** Explanation codes that, when present, are a move's real reasons, strongest first. */
const DECISIVE: readonly string[] = [
  'ASPIRATION_CHOICE',
  'ROTATION_DUE',
  'EDUCATION_FIELD_LISTED',
  'EDUCATION_FIELD_SECTOR',
  'UNIT_NEED_INTO_SHORTAGE',
  'UNIT_NEED_SHORTAGE_BOTH',
  'UNIT_NEED_LEAVES_SURPLUS',
  'COMPETENCY_COVERAGE',
  'EDUCATION_FIELD_UNIT_SECTOR',
];

/** The parts of a proposal that explain it best: decisive codes first, then by weighted value. */
export function mainParts(proposal: Proposal, count = 3): ValuePart[] {
  const rank = (part: ValuePart) => {
    const at = DECISIVE.indexOf(part.code);
    return at < 0 ? DECISIVE.length : at;
  };
  return proposal.parts
    .filter((part) => DECISIVE.includes(part.code) && (part.code !== 'COMPETENCY_COVERAGE' || part.score >= 50))
    .sort((a, b) => rank(a) - rank(b) || b.value - a.value)
    .slice(0, count);
}

/**
 * `Alasan Utama`: the one-line summary of a proposal's justification, e.g.
 * "Pilihan ke-1 pegawai (Dinas Kesehatan); Jurusan Keperawatan sesuai bidang tugas …".
 */
export function mainReason(proposal: Proposal, lang: Lang): string {
  const parts = mainParts(proposal);
  if (parts.length === 0) return tDynamic(lang, 'explain.mainReason.bestOverall');
  return parts.map((part) => tDynamic(lang, `scoring.${part.code}`, part.params)).join('; ');
}

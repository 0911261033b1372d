/**
 * `Alasan Utama` (SPEC §9): the one-line summary of a proposal's justification.
 */
import { t, type Lang } from '../../i18n';
import type { Justification } from './justifyPlan';
import { reasonText } from './renderJustification';

/**
 * `Alasan Utama` in Usulan Mutasi: the one-line summary of the justification — its three
 * strongest reasons, the employee's own choice always among them when it was honoured.
 *
 * @example
 * mainReason(j, 'id') // "Sudah 6 tahun 6 bulan dalam jabatan, …; Jurusan Keperawatan sesuai …; Pilihan ke-1 pegawai (Dinas Kesehatan)"
 */
export function mainReason(j: Justification, lang: Lang): string {
  const top = j.forMove.slice(0, 3);
  const aspiration = j.forMove.find((line) => line.key === 'aspiration');
  if (aspiration !== undefined && !top.includes(aspiration)) top[top.length - 1] = aspiration;
  if (top.length === 0) {
    return j.filledBy === null ? t(lang, 'explain.mainReason.bestOverall') : t(lang, 'explain.mainReason.chain', { name: j.filledBy.nama });
  }
  return top.map((line) => reasonText(line, lang)).join('; ');
}

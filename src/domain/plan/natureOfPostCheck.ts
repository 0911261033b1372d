/**
 * The nature-of-the-post rules re-derived from the rows themselves, for the re-check of a
 * finished plan: a second implementation, independent of the typed arrays the candidate
 * search uses (`rules/compatibility`), so a slip in that fast path cannot hide a violation.
 * Rules and sources: docs/rules.md.
 */
import { GOLONGAN, type Employee, type Position } from '../model/types';
import { JF_GOLONGAN_RANGE, JF_JENJANG_LABEL, jabatanFungsionalOf } from '../rules/jabatanFungsional';
import type { Policy } from '../rules/policy';
import { note, type RuleNote } from '../rules/ruleNote';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** `III.b` → { level: 3, sub: 'b' }; null without a readable eselon. */
function eselonParts(eselon: string | null): { level: number; sub: string } | null {
  const [roman, sub] = (eselon ?? '').split('.');
  const level = ROMAN.indexOf(roman ?? '') + 1;
  return level > 0 && (sub === 'a' || sub === 'b') ? { level, sub } : null;
}

/**
 * The nature-of-the-post violations of moving `employee` from `from` (null when unknown)
 * into `to`: Jenis Jabatan, JPT, jabatan fungsional family/subject and jenjang, eselon
 * level, golongan from the JF jenjang and Kelas Jabatan. Codes as the pair rules use them.
 */
export function natureOfPostNotes(policy: Policy, employee: Employee, from: Position | null, to: Position): RuleNote[] {
  const rules = policy.rules;
  const notes: RuleNote[] = [];
  if (from !== null && from.code === to.code) return notes;
  if (rules.positionType.enabled && from !== null && !rules.positionType.allowed[from.jenis].includes(to.jenis)) {
    notes.push(note('POSITION_TYPE', { from: from.jenis, to: to.jenis }));
  }
  if (rules.jpt.enabled && from !== null && from.jenis === 'JPT') notes.push(note('JPT_OPEN_SELECTION', { position: from.name }));
  if (rules.jpt.enabled && to.jenis === 'JPT') notes.push(note('JPT_POST', { position: to.name }));

  const toJf = to.jenis === 'Fungsional' ? jabatanFungsionalOf(to.name) : null;
  if (rules.fungsional.enabled && from !== null && from.jenis === 'Fungsional' && toJf !== null) {
    const fromJf = jabatanFungsionalOf(from.name);
    if (fromJf.familyKey !== toJf.familyKey) {
      notes.push(
        fromJf.guru && toJf.guru
          ? note('GURU_SUBJECT', { from: fromJf.guruSubject ?? '-', to: toJf.guruSubject ?? '-' })
          : note('FUNGSIONAL_FAMILY', { from: fromJf.family || '-', to: toJf.family || '-' }),
      );
    }
    if (fromJf.jenjang !== null && toJf.jenjang !== null && fromJf.jenjang !== toJf.jenjang) {
      notes.push(note('FUNGSIONAL_JENJANG', { from: JF_JENJANG_LABEL[fromJf.jenjang], to: JF_JENJANG_LABEL[toJf.jenjang] }));
    }
  }

  const fromEselon = eselonParts(from?.eselon ?? null);
  const toEselon = eselonParts(to.eselon);
  if (rules.eselon.enabled && fromEselon !== null && toEselon !== null) {
    const differs = fromEselon.level !== toEselon.level || (rules.eselon.sameSubLevel && fromEselon.sub !== toEselon.sub);
    if (differs) notes.push(note('ESELON_LEVEL', { from: from?.eselon ?? '-', to: to.eselon ?? '-' }));
  }

  if (rules.rankFromJenjang.enabled && employee.golongan !== null && toJf !== null && toJf.jenjang !== null) {
    const [min, max] = JF_GOLONGAN_RANGE[toJf.jenjang];
    const rank = GOLONGAN.indexOf(employee.golongan);
    const jenjang = JF_JENJANG_LABEL[toJf.jenjang];
    if (to.golonganMin === null && rank < GOLONGAN.indexOf(min))
      notes.push(note('RANK_BELOW_JENJANG', { golongan: employee.golongan, min, jenjang }));
    if (to.golonganMax === null && rank > GOLONGAN.indexOf(max))
      notes.push(note('RANK_ABOVE_JENJANG', { golongan: employee.golongan, max, jenjang }));
  }

  if (rules.kelas.enabled && from !== null && from.kelas !== null && to.kelas !== null) {
    const change = to.kelas - from.kelas;
    if (change > rules.kelas.maxUp) notes.push(note('PROMOTION', { from: from.kelas, to: to.kelas, tolerance: rules.kelas.maxUp }));
    if (-change > rules.kelas.maxDown) notes.push(note('DEMOTION', { from: from.kelas, to: to.kelas, tolerance: rules.kelas.maxDown }));
  }
  return notes;
}

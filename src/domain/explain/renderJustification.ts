/**
 * A justification in words (docs/sheets.md#justifikasi), in the chosen language: the reasons with their
 * numbers, the chain, the runner-up and the one-line `Alasan Utama`. Every text comes from
 * the catalogs (`explain.*`, `scoring.*`, `rules.*`).
 */
import { t, tDynamic, type Lang } from '../../i18n';
import type { Employee } from '../model/types';
import type { Justification } from './justifyPlan';
import { localizedParams } from './localizedParams';
import type { ReasonLine } from './moveReasons';
import type { RunnerUp } from './runnerUp';

/** Education cases that rest on a sector the field and the post share (a listed field names itself). */
const SECTOR_CODES = ['EDUCATION_FIELD_SECTOR', 'EDUCATION_FIELD_UNIT_SECTOR', 'EDUCATION_FIELD_RELATED'];
/** Unit-need cases about the target unit's staffing, which rests on a need figure. */
const NEED_CODES = ['UNIT_NEED_INTO_SHORTAGE', 'UNIT_NEED_SHORTAGE_BOTH', 'UNIT_NEED_INTO_SURPLUS'];

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const who = (employee: Employee) => ({ name: employee.nama, nip: employee.nip });

/** The message of a component at the target, with the sector or the basis of the need it rests on. */
export function reasonText(line: ReasonLine, lang: Lang): string {
  const text = tDynamic(lang, `scoring.${line.code}`, line.params);
  const sector = line.params.sector;
  if (SECTOR_CODES.includes(line.code) && typeof sector === 'string' && sector !== '') {
    return t(lang, 'explain.reason.sector', { text, sector: tDynamic(lang, `scoring.sector.${sector}`) });
  }
  const source = line.params.targetSource;
  if (NEED_CODES.includes(line.code) && typeof source === 'string' && source !== '') {
    return t(lang, 'explain.reason.needSource', { text, source: tDynamic(lang, `sheets.needSource.${source}`) });
  }
  return text;
}

function reasonLine(line: ReasonLine, lang: Lang, against: boolean): string {
  const params = {
    component: tDynamic(lang, `scoring.component.${line.key}`),
    text: reasonText(line, lang),
    score: line.score,
    stayScore: line.stayScore,
    gain: signed(line.gain),
  };
  if (against) return t(lang, 'explain.reason.againstLine', params);
  const penalty = line.gain - line.weight * (line.score - line.stayScore);
  if (line.key === 'rotationDue' && penalty > 0) return t(lang, 'explain.reason.rotationLine', { ...params, penalty });
  return t(lang, 'explain.reason.line', params);
}

/** `Alasan`: one line per reason for the move, then what weighs against it, flags to review, and the two values. */
export function reasonsText(j: Justification, lang: Lang): string {
  const lines = j.forMove.map((line) => reasonLine(line, lang, false));
  if (j.against.length > 0) lines.push(t(lang, 'explain.reason.against'), ...j.against.map((line) => reasonLine(line, lang, true)));
  if (j.flags.length > 0) {
    lines.push(t(lang, 'explain.reason.flags'));
    for (const flag of j.flags)
      lines.push(t(lang, 'explain.reason.flagLine', { text: tDynamic(lang, `rules.${flag.code}`, localizedParams(flag.params, lang)) }));
  }
  const values = { move: j.proposal.moveValue, stay: j.proposal.stayValue, disruption: j.disruptionCost, special: j.specialPenalty };
  lines.push(t(lang, j.specialPenalty > 0 ? 'explain.reason.valuesSpecial' : 'explain.reason.values', values));
  return lines.join('\n');
}

/** `Rantai`: whose post the move fills (or a vacancy), and who fills the post it leaves. */
export function chainText(j: Justification, lang: Lang): string {
  const fills = j.proposal.fillsPostOf;
  return [
    fills === null ? t(lang, 'explain.chain.vacancy') : t(lang, 'explain.chain.fills', who(fills)),
    j.filledBy === null ? t(lang, 'explain.chain.notFilled') : t(lang, 'explain.chain.filledBy', who(j.filledBy)),
  ].join('\n');
}

/** `Kandidat Berikutnya`: the runner-up, why they scored lower (or why the plan still prefers the choice), and what placing them here would cost. */
export function runnerUpText(j: Justification, lang: Lang): string {
  const r: RunnerUp | null = j.runnerUp;
  if (r === null) return t(lang, 'explain.runnerUp.none');
  const chosen = j.proposal.moveValue;
  const base = { ...who(r.employee), value: r.value, chosen };
  let text: string;
  if (r.value < chosen) {
    const gaps = r.lower
      .map((gap) =>
        gap.key === 'specialPenalty'
          ? t(lang, 'explain.runnerUp.gapSpecial', { other: gap.otherScore })
          : t(lang, 'explain.runnerUp.gap', {
              component: tDynamic(lang, `scoring.component.${gap.key}`),
              other: gap.otherScore,
              chosen: gap.chosenScore,
            }),
      )
      .join('; ');
    text = t(lang, 'explain.runnerUp.lower', { ...base, gaps });
  } else if (r.value === chosen) {
    text = t(lang, 'explain.runnerUp.equal', { ...base, chosenName: j.proposal.employee.nama });
  } else {
    const where = r.moved
      ? t(lang, 'explain.runnerUp.placedAt', { position: r.placed.name, unit: r.placed.unit })
      : t(lang, 'explain.runnerUp.stays');
    text = t(lang, 'explain.runnerUp.higher', { ...base, where });
  }
  if (r.placementCost === null) return text;
  return `${text}\n${r.placementCost === 0 ? t(lang, 'explain.runnerUp.costZero') : t(lang, 'explain.runnerUp.cost', { cost: r.placementCost })}`;
}

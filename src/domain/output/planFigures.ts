/**
 * The figures of a plan in the order a committee asks for them (docs/sheets.md, Ringkasan):
 * what the plan proposes and why, staffing before and after, urgent posts, choices honoured,
 * who stays and why; then data figures, and the solver's own figures last.
 */
import { t, tDynamic, type Lang } from '../../i18n';
import { formatDayEn, formatDayId, utcDateOfDay } from '../model/dates';
import type { Issue } from '../model/issue';
import type { InputTables } from '../model/types';
import type { PlanRun } from '../plan/buildPlan';
import { PURPOSES } from '../plan/purpose';
import type { Figure, FigureSection } from './figure';

const figureOf =
  (lang: Lang, section: FigureSection) =>
  (key: string, value: number | string, params: Record<string, string | number> = {}): Figure => ({
    key,
    section,
    label: tDynamic(lang, `sheets.figure.${key}`, params),
    message: { code: `sheets.figure.${key}`, params },
    value,
  });

/** The figures of the input tables (the Data section). */
export function tableFigures(tables: InputTables, issues: readonly Issue[], lang: Lang): Figure[] {
  const figure = figureOf(lang, 'data');
  return [
    figure('employees', tables.employees.length),
    figure('positions', tables.positions.length),
    figure('units', new Set(tables.positions.map((p) => p.unit)).size),
    figure('errors', issues.filter((i) => i.severity === 'error').length),
    figure('warnings', issues.filter((i) => i.severity === 'warning').length),
  ];
}

/** What the plan proposes and why, staffing and urgent posts before and after, choices honoured. */
export function planFigures(run: PlanRun, lang: Lang): Figure[] {
  const { plan, scoring, needsBefore, needsAfter } = run;
  const figure = figureOf(lang, 'plan');
  const { proposals } = plan;
  // A follow-up is the only source of FOLLOW_UP moves: an ordinary plan does not list it.
  const byPurpose = PURPOSES.map((purpose) => ({ purpose, count: proposals.filter((p) => p.purposes[0] === purpose).length }))
    .filter(({ purpose, count }) => purpose !== 'FOLLOW_UP' || count > 0)
    .map(({ purpose, count }) => figure(`purpose.${purpose}`, count));
  const urgentBefore = needsBefore.units.reduce((sum, u) => sum + u.urgentVacancies.reduce((s, v) => s + v.vacant, 0), 0);
  const urgentAfter = needsAfter.units.reduce(
    (sum, u) => sum + (u.after?.urgentVacancies ?? u.urgentVacancies).reduce((s, v) => s + v.vacant, 0),
    0,
  );
  const asked = scoring.tables.employees.filter((e) => e.pilihan.some((w) => w.trim() !== '')).length;
  const honoured = proposals.filter((p) => p.purposes.includes('ASPIRATION')).length;
  const date = lang === 'id' ? formatDayId(plan.effectiveDate) : formatDayEn(plan.effectiveDate);
  return [
    { ...figure('effectiveDate', date), date: utcDateOfDay(plan.effectiveDate) },
    figure('moves', proposals.length),
    ...byPurpose,
    figure('shortageUnitsBefore', needsBefore.totals.shortageUnits),
    figure('shortageUnitsAfter', needsAfter.totals.shortageUnitsAfter ?? needsBefore.totals.shortageUnits),
    figure('shortageBefore', needsBefore.totals.shortage),
    figure(
      'shortageAfter',
      needsAfter.units.reduce((sum, u) => sum + Math.max(0, u.after?.gap ?? u.gap), 0),
    ),
    figure('urgentFilled', urgentBefore - urgentAfter, { total: urgentBefore }),
    figure('aspirationsHonoured', honoured, { asked }),
    figure('chainMoves', proposals.filter((p) => p.fillsPostOf !== null).length),
    figure('movesWithAttention', proposals.filter((p) => p.attention.length > 0).length),
    figure('movesLowerFit', proposals.filter((p) => p.attention.some((a) => a.code === 'LOWER_FIT')).length),
  ];
}

/** Who stays and why: the rule that keeps each employee in place, or that staying was best. */
export function stayFigures(run: PlanRun, lang: Lang): Figure[] {
  const figure = figureOf(lang, 'stays');
  const { plan, scoring } = run;
  const due = scoring.readiness.filter((r) => r.rotationDue).length;
  const dueMoved = plan.proposals.filter(
    (p) => scoring.readiness[scoring.index.employeeByNip.get(p.employee.nip) ?? -1]?.rotationDue,
  ).length;
  const byReason = new Map<string, number>();
  let free = 0;
  for (const stay of plan.stays) {
    // Readiness lists the rules that keep an employee in place; the first one is shown.
    const reason = stay.canMove ? undefined : stay.reasons[0]?.code;
    if (reason === undefined) free++;
    else byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const reasons = [...byReason.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vacantJpt = scoring.tables.positions.filter((p, i) => p.jenis === 'JPT' && (scoring.index.holders[i] ?? 0) < p.formasi).length;
  return [
    figure('ready', scoring.readiness.filter((r) => r.canMove).length),
    figure('stays', plan.stays.length),
    ...reasons.map(([code, count]) => ({
      ...figure('stayReason', count),
      key: `stayReason.${code}`,
      label: tDynamic(lang, `sheets.stayReason.${code}`),
      message: { code: `sheets.stayReason.${code}`, params: {} },
    })),
    figure('staysBestInPlace', free),
    figure('rotationDue', due),
    figure('rotationDueMoved', dueMoved),
    figure('vacantJpt', vacantJpt),
  ];
}

/** The solver's own figures, last: candidate pairs, objective, bound, proof, independent re-check. */
export function technicalFigures(run: PlanRun, lang: Lang): Figure[] {
  const figure = figureOf(lang, 'technical');
  const { plan, check } = run;
  return [
    figure('candidateEdges', plan.candidateEdges),
    figure('objective', plan.objective),
    figure('bound', plan.bound),
    {
      ...figure('optimal', t(lang, plan.optimal && plan.certificateOk ? 'common.yes' : 'common.no')),
      valueMessage: { code: plan.optimal && plan.certificateOk ? 'common.yes' : 'common.no', params: {} },
    },
    figure('ruleViolations', check.violations.length),
  ];
}

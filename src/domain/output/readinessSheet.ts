import { t, tDynamic, type Lang } from '../../i18n';
import { localizedParams } from '../explain/localizedParams';
import type { PlanRun } from '../plan/buildPlan';
import type { RuleNote } from '../rules';
import { nameColumn, nipColumn, noColumn, positionColumn, tenureColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';
import { tenureText } from './tenureText';

/**
 * `Kesiapan Pegawai`: every employee, whether the rules let them move on the effective date
 * and why not (each reason citing its regulation), the findings a person must review
 * (special circumstances, an unwilling employee moved because rotation is due …), and what
 * the plan does with them. So nobody's outcome is left unexplained.
 */
export function readinessSheet(run: PlanRun, lang: Lang): TableSheetModel {
  const { tables, readiness } = run.scoring;
  // Dates in the reasons (e.g. the retirement date) read as officials write them, not ISO.
  const words = (notes: readonly RuleNote[]) =>
    notes.length === 0 ? '' : notes.map((n) => tDynamic(lang, `rules.${n.code}`, localizedParams(n.params, lang))).join('\n');
  // The same few words on every row: looked up once.
  const yes = t(lang, 'common.yes');
  const no = t(lang, 'common.no');
  const yesNo = (b: boolean) => (b ? yes : no);
  const stays = t(lang, 'sheets.readiness.stays');
  const rows = tables.employees.map((employee, e) => {
    const r = readiness[e]!;
    const from = run.scoring.index.currentPosition[e]!;
    const to = run.finalIndex[e]!;
    const target = tables.positions[to]!;
    const outcome = to === from ? stays : t(lang, 'sheets.readiness.moves', { position: target.name, unit: target.unit });
    return [
      e + 1,
      employee.nip,
      employee.nama,
      employee.unit,
      tables.positions[from]?.name ?? '',
      tenureText(r.monthsInPost, lang),
      yesNo(r.canMove),
      yesNo(r.rotationDue),
      words(r.reasons),
      words(r.flags),
      outcome,
    ];
  });
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: h('sheets.name.readiness'),
    tableName: 'KesiapanPegawai',
    titleLines: [h('sheets.title.readiness')],
    columns: [
      noColumn(lang),
      nipColumn(lang),
      nameColumn(lang),
      unitColumn(lang),
      positionColumn(lang),
      tenureColumn(h('sheets.col.timeInPost')),
      { header: h('sheets.col.canMove'), width: 12, format: 'text' },
      { header: h('sheets.col.rotationDue'), width: 12, format: 'text' },
      { header: h('sheets.col.stayReasons'), width: 48, format: 'text', wrap: true },
      { header: h('sheets.col.reviewFlags'), width: 40, format: 'text', wrap: true },
      { header: h('sheets.col.outcome'), width: 32, format: 'text', wrap: true },
    ],
    rows,
    print: { landscape: true, paper: 'A4' },
  };
}

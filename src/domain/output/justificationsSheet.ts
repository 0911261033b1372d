import { t, type Lang } from '../../i18n';
import type { PlanJustifications } from '../explain/justifyPlan';
import { chainText, reasonsText, runnerUpText } from '../explain/renderJustification';
import type { Position } from '../model/types';
import { nameColumn, nipColumn, noColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

const place = (lang: Lang, position: Position) =>
  t(lang, 'explain.place', { position: position.name, code: position.code, unit: position.unit });

/**
 * `Justifikasi` (docs/sheets.md#justifikasi): one row per proposal, in the order (and with the No and ID) of
 * Usulan Mutasi — the reasons with their numbers, the chain, the runner-up and why they
 * scored lower, the exact margins, and the values behind them.
 */
export function justificationsSheet(justifications: PlanJustifications, lang: Lang, city: string, subtitle: string): TableSheetModel {
  // Many moves share a post: each post is put into words once.
  const places = new Map<Position, string>();
  const placeText = (position: Position) => {
    let text = places.get(position);
    if (text === undefined) {
      text = place(lang, position);
      places.set(position, text);
    }
    return text;
  };
  const rows = justifications.items.map((j, i) => [
    i + 1,
    j.proposal.id,
    j.proposal.employee.nip,
    j.proposal.employee.nama,
    placeText(j.proposal.from),
    placeText(j.proposal.to),
    reasonsText(j, lang),
    chainText(j, lang),
    runnerUpText(j, lang),
    j.margin,
    j.stayMargin,
    j.proposal.fitFrom,
    j.proposal.fitTo,
    j.proposal.moveValue,
    j.proposal.stayValue,
    j.runnerUp?.value ?? null,
  ]);
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  const { computed } = justifications;
  const total = justifications.items.length;
  const partial =
    justifications.marginsUnavailable === null &&
    (computed.margin < total ||
      computed.stayMargin < total ||
      computed.runnerUpCost < justifications.items.filter((j) => j.runnerUp !== null).length);
  return {
    kind: 'table',
    name: h('sheets.name.justifications'),
    tableName: 'Justifikasi',
    titleLines: [
      t(lang, 'explain.title', { city }),
      subtitle,
      h('explain.note.reasons'),
      h(justifications.marginsUnavailable === null ? 'explain.note.margin' : `explain.note.margins.${justifications.marginsUnavailable}`),
      ...(partial
        ? [t(lang, 'explain.note.marginsPartial', { ...computed, stay: computed.stayMargin, runnerUp: computed.runnerUpCost, total })]
        : []),
    ],
    columns: [
      noColumn(lang),
      { header: h('sheets.col.proposalId'), width: 13, format: 'text' },
      nipColumn(lang),
      nameColumn(lang),
      { header: h('explain.col.from'), width: 28, format: 'text', wrap: true },
      { header: h('explain.col.to'), width: 28, format: 'text', wrap: true },
      { header: h('explain.col.reasons'), width: 64, format: 'text', wrap: true },
      { header: h('explain.col.chain'), width: 30, format: 'text', wrap: true },
      { header: h('explain.col.runnerUp'), width: 40, format: 'text', wrap: true },
      { header: h('explain.col.margin'), width: 11, format: 'integer' },
      { header: h('explain.col.stayMargin'), width: 11, format: 'integer' },
      { header: h('sheets.col.scoreFrom'), width: 9, format: 'integer' },
      { header: h('sheets.col.scoreTo'), width: 9, format: 'integer' },
      { header: h('explain.col.moveValue'), width: 10, format: 'integer' },
      { header: h('explain.col.stayValue'), width: 10, format: 'integer' },
      { header: h('explain.col.runnerUpValue'), width: 12, format: 'integer' },
    ],
    rows,
    print: { landscape: true, paper: 'F4' },
  };
}

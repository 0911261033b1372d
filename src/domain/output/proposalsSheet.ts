import { t, type Lang } from '../../i18n';
import type { Proposal } from '../plan/types';
import type { TableSheetModel } from './sheetModel';

export const DECISION_KEYS = ['proposed', 'approved', 'rejected', 'revise'] as const;
export type Decision = (typeof DECISION_KEYS)[number];

/** The drop-down words of the Keputusan column in the output language. */
export function decisionWords(lang: Lang): string[] {
  return DECISION_KEYS.map((key) => t(lang, `sheets.decision.${key}`));
}

/**
 * `Usulan Mutasi`: one row per proposed move, columns exactly as SPEC §9 orders them, with
 * the reviewer's columns (Keputusan as a drop-down, Catatan Peninjau, Peninjau) left open.
 */
export function proposalsSheet(
  proposals: readonly Proposal[],
  lang: Lang,
  mainReason: (proposal: Proposal) => string,
  city: string,
): TableSheetModel {
  const proposed = t(lang, 'sheets.decision.proposed');
  const rows = proposals.map((p, i) => [
    i + 1,
    p.id,
    p.employee.nip,
    p.employee.nama,
    p.employee.golongan ?? '',
    p.from.unit,
    p.from.code,
    p.from.name,
    p.to.unit,
    p.to.code,
    p.to.name,
    p.fitFrom,
    p.fitTo,
    mainReason(p),
    proposed,
    null,
    null,
  ]);
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.proposals'),
    tableName: 'UsulanMutasi',
    titleLines: [t(lang, 'sheets.title.proposals', { city })],
    columns: [
      { header: col('sheets.col.no'), width: 6, format: 'integer' },
      { header: col('sheets.col.proposalId'), width: 13, format: 'text' },
      { header: col('sheets.col.nip'), width: 21, format: 'text' },
      { header: col('sheets.col.name'), width: 28, format: 'text' },
      { header: col('sheets.col.golongan'), width: 10, format: 'text' },
      { header: col('sheets.col.fromUnit'), width: 28, format: 'text' },
      { header: col('sheets.col.fromCode'), width: 18, format: 'text' },
      { header: col('sheets.col.fromPosition'), width: 30, format: 'text' },
      { header: col('sheets.col.toUnit'), width: 28, format: 'text' },
      { header: col('sheets.col.toCode'), width: 18, format: 'text' },
      { header: col('sheets.col.toPosition'), width: 30, format: 'text' },
      { header: col('sheets.col.scoreFrom'), width: 10, format: 'integer' },
      { header: col('sheets.col.scoreTo'), width: 10, format: 'integer' },
      { header: col('sheets.col.mainReason'), width: 60, format: 'text', wrap: true },
      { header: col('sheets.col.decision'), width: 13, format: 'text', list: decisionWords(lang) },
      { header: col('sheets.col.reviewerNote'), width: 36, format: 'text', wrap: true },
      { header: col('sheets.col.reviewer'), width: 20, format: 'text' },
    ],
    rows,
    print: { landscape: true, paper: 'F4' },
  };
}

import { t, type Lang } from '../../i18n';
import type { CellValue } from '../model/cell';
import type { Proposal } from '../plan/types';
import type { CarriedReview } from '../plan/reviewOutcome';
import { golonganColumn, nameColumn, nipColumn, noColumn, positionCodeColumn, positionColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

export const DECISION_KEYS = ['proposed', 'approved', 'rejected', 'revise'] as const;
export type Decision = (typeof DECISION_KEYS)[number];

/** The drop-down words of the Keputusan column in the output language. */
export function decisionWords(lang: Lang): string[] {
  return DECISION_KEYS.map((key) => t(lang, `sheets.decision.${key}`));
}

/** The Catatan Peninjau of a carried review: the note, then the notes of a Revisi this proposal answers. */
function carriedNote(review: CarriedReview, lang: Lang): string {
  const revised = review.revisedNotes.map(({ note, reviewer }) =>
    reviewer === '' ? t(lang, 'sheets.review.revisedNote', { note }) : t(lang, 'sheets.review.revisedNoteBy', { note, reviewer }),
  );
  return [review.note, ...revised].filter((text) => text !== '').join('\n');
}

/**
 * `Usulan Mutasi`: one row per proposed move, columns in the order docs/sheets.md gives, with
 * the reviewer's columns (Keputusan as a drop-down, Catatan Peninjau, Peninjau) left open —
 * or, in a re-plan after review, filled with what the reviewers wrote on the same proposal.
 */
export function proposalsSheet(
  proposals: readonly Proposal[],
  lang: Lang,
  mainReason: (proposal: Proposal) => string,
  city: string,
  carried?: ReadonlyMap<string, CarriedReview>,
): TableSheetModel {
  const proposed = t(lang, 'sheets.decision.proposed');
  const reviewColumns = (p: Proposal): CellValue[] => {
    const review = carried?.get(p.id);
    if (review === undefined) return [proposed, null, null];
    const note = carriedNote(review, lang);
    return [t(lang, `sheets.decision.${review.decision}`), note === '' ? null : note, review.reviewer === '' ? null : review.reviewer];
  };
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
    p.purposes.map((purpose) => t(lang, `sheets.purpose.${purpose}`)).join('; '),
    p.attention.map((a) => t(lang, `sheets.attention.${a.code}`, a.params)).join('; '),
    ...reviewColumns(p),
  ]);
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.proposals'),
    tableName: 'UsulanMutasi',
    titleLines: [t(lang, 'sheets.title.proposals', { city })],
    columns: [
      noColumn(lang),
      { header: col('sheets.col.proposalId'), width: 13, format: 'text' },
      nipColumn(lang),
      nameColumn(lang),
      golonganColumn(lang),
      unitColumn(lang, col('sheets.col.fromUnit')),
      positionCodeColumn(col('sheets.col.fromCode')),
      positionColumn(lang, col('sheets.col.fromPosition')),
      unitColumn(lang, col('sheets.col.toUnit')),
      positionCodeColumn(col('sheets.col.toCode')),
      positionColumn(lang, col('sheets.col.toPosition')),
      { header: col('sheets.col.scoreFrom'), width: 10, format: 'integer' },
      { header: col('sheets.col.scoreTo'), width: 10, format: 'integer' },
      { header: col('sheets.col.mainReason'), width: 60, format: 'text', wrap: true },
      { header: col('sheets.col.purpose'), width: 24, format: 'text', wrap: true },
      { header: col('sheets.col.attention'), width: 36, format: 'text', wrap: true },
      { header: col('sheets.col.decision'), width: 13, format: 'text', list: decisionWords(lang) },
      { header: col('sheets.col.reviewerNote'), width: 36, format: 'text', wrap: true },
      { header: col('sheets.col.reviewer'), width: 20, format: 'text' },
    ],
    rows,
    print: { landscape: true, paper: 'F4', pagesWide: 2, repeatColumns: 4 },
  };
}

import { t, type Lang } from '../../i18n';
import type { Position } from '../model/types';
import type { FollowUpReason, PlacementFinding } from '../rules/placementFollowUp';
import { jobText } from './decreeMove';
import { column, nameColumn, nipColumn, noColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/** A finding with what the sheet shows of the person and the post. */
export interface FollowUpRow {
  readonly finding: PlacementFinding;
  readonly nama: string;
  /** The post moved into; null when its code is no longer in the position sheet. */
  readonly to: Position | null;
  /** The unit whose IKM the finding cites, if any. */
  readonly unit: string;
}

/** One reason in words. */
export function reasonText(reason: FollowUpReason, unit: string, lang: Lang): string {
  switch (reason.code) {
    case 'POOR_PREDIKAT':
      return t(lang, 'sheets.followUp.reason.POOR_PREDIKAT', { predikat: reason.predikat });
    case 'POOR_ADAPTATION':
      return t(lang, 'sheets.followUp.reason.POOR_ADAPTATION', { score: reason.score, limit: reason.limit });
    case 'IKM_LOW':
      return t(lang, 'sheets.followUp.reason.IKM_LOW', { unit, ikm: reason.ikm, grade: reason.grade });
    case 'IKM_FALLING':
      return t(lang, 'sheets.followUp.reason.IKM_FALLING', { unit, before: reason.before, after: reason.after });
    case 'RECOMMENDED':
      return t(lang, 'sheets.followUp.reason.RECOMMENDED', {
        recommendation: t(lang, `sheets.recommendation.${reason.recommendation}`),
      });
  }
}

/**
 * `Tindak Lanjut` (docs/sheets.md#tindak-lanjut): exactly the placements whose latest
 * evaluation calls for action, each with the evidence (one line per finding), the suggested
 * action and the supervisor's note.
 */
export function followUpSheet(rows: readonly FollowUpRow[], source: string, evaluated: number, lang: Lang, city: string): TableSheetModel {
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: col('sheets.name.followUp'),
    tableName: 'TindakLanjut',
    titleLines: [
      t(lang, 'sheets.followUp.title', { city: city.toUpperCase() }),
      rows.length > 0
        ? t(lang, 'sheets.followUp.subtitle', { sheet: source, count: rows.length, total: evaluated })
        : col('sheets.followUp.none'),
    ],
    columns: [
      noColumn(lang),
      nipColumn(lang),
      nameColumn(lang),
      column(col('sheets.col.newJob'), 32, 'text', { wrap: true }),
      unitColumn(lang, col('sheets.col.newUnit')),
      column(col('sheets.col.lastCheckpoint'), 12, 'integer'),
      column(col('sheets.col.evidence'), 40, 'text', { wrap: true }),
      column(col('sheets.col.suggestedAction'), 40, 'text', { wrap: true }),
      column(col('sheets.col.evaluationNote'), 30, 'text', { wrap: true }),
    ],
    rows: rows.map(({ finding, nama, to, unit }, i) => [
      i + 1,
      finding.entry.nip,
      nama,
      to === null ? finding.entry.toCode : jobText(to),
      to?.unit ?? '',
      finding.entry.checkpoint,
      finding.reasons.map((reason) => reasonText(reason, unit, lang)).join('\n'),
      t(lang, `sheets.followUp.action.${finding.action}`),
      finding.entry.note,
    ]),
    print: { landscape: true, paper: 'F4' },
  };
}

import { t, type Lang } from '../../i18n';
import { RECOMMENDATIONS, TRAINING_DONE, IKM_RANGE, SCORE_RANGE } from '../input/evaluationForms';
import { addMonths, formatDayEn, formatDayId, utcDateOfDay } from '../model/dates';
import type { DayNumber, Unit } from '../model/types';
import { publicServiceBasis } from './dampakLayananSheet';
import { jobText, missingCompetencies, type DecreeMove } from './decreeMove';
import { column, dateColumn, nameColumn, nipColumn, noColumn, positionCodeColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/** The ratings of PermenPANRB 6/2022, as the employee sheet writes them. */
const PREDIKAT_LIST = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'] as const;

/**
 * `Evaluasi Mutasi` (docs/sheets.md#evaluasi-mutasi): one row per approved transfer and
 * checkpoint (months after the effective date), with the due date as an Excel date and the
 * supervisor's input columns — Predikat Kinerja, Adaptasi, Pelatihan Selesai, Kepuasan
 * Atasan, Nilai IKM Unit, Catatan, Rekomendasi — each with a drop-down or a number check.
 * A form: only those columns can be typed in; the rest is protected without a password.
 */
export function evaluationSheet(
  moves: readonly DecreeMove[],
  checkpoints: readonly number[],
  effectiveDate: DayNumber,
  units: readonly Unit[],
  lang: Lang,
  city: string,
): TableSheetModel {
  const yes = t(lang, 'common.yes');
  const no = t(lang, 'common.no');
  const none = t(lang, 'sheets.notices.none');
  const rows = moves.flatMap((move) => {
    const missing = missingCompetencies(move.employee, move.to);
    const service = publicServiceBasis(move.to.unit, units) !== null;
    return checkpoints.map((months) => [
      move.employee.nip,
      move.employee.nama,
      jobText(move.from),
      jobText(move.to),
      move.to.code,
      move.to.unit,
      service ? yes : no,
      missing.length > 0 ? missing.join('\n') : none,
      months,
      utcDateOfDay(addMonths(effectiveDate, months)),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  const input = { input: true } as const;
  const dateText = lang === 'id' ? formatDayId(effectiveDate) : formatDayEn(effectiveDate);
  return {
    kind: 'table',
    name: col('sheets.name.evaluation'),
    tableName: 'EvaluasiMutasi',
    titleLines: [
      t(lang, 'sheets.evaluation.title', { city: city.toUpperCase() }),
      t(lang, 'sheets.evaluation.subtitle', { date: dateText, months: checkpoints.join(', ') }),
      col('sheets.evaluation.instructions'),
    ],
    columns: [
      noColumn(lang),
      nipColumn(lang),
      nameColumn(lang),
      column(col('sheets.col.oldJob'), 30, 'text', { wrap: true }),
      column(col('sheets.col.newJob'), 30, 'text', { wrap: true }),
      positionCodeColumn(col('sheets.col.toCode')),
      unitColumn(lang, col('sheets.col.newUnit')),
      column(col('sheets.col.publicService'), 10, 'text'),
      column(col('sheets.col.trainingNeeded'), 24, 'text', { wrap: true }),
      column(col('sheets.col.checkpoint'), 11, 'integer'),
      dateColumn(col('sheets.col.dueDate')),
      column(col('sheets.col.predikat'), 17, 'text', { list: PREDIKAT_LIST, ...input }),
      column(col('sheets.col.adaptation'), 11, 'integer', { range: { kind: 'whole', ...SCORE_RANGE }, ...input }),
      column(col('sheets.col.trainingDone'), 12, 'text', { list: TRAINING_DONE.map((k) => t(lang, `sheets.trainingDone.${k}`)), ...input }),
      column(col('sheets.col.satisfaction'), 12, 'integer', { range: { kind: 'whole', ...SCORE_RANGE }, ...input }),
      column(col('sheets.col.unitIkm'), 11, 'decimal2', { range: { kind: 'decimal', ...IKM_RANGE }, ...input }),
      column(col('sheets.col.evaluationNote'), 30, 'text', { wrap: true, ...input }),
      column(col('sheets.col.recommendation'), 26, 'text', {
        list: RECOMMENDATIONS.map((k) => t(lang, `sheets.recommendation.${k}`)),
        ...input,
      }),
    ],
    rows: rows.map((row, i) => [i + 1, ...row]),
    print: { landscape: true, paper: 'F4', pagesWide: 2, repeatColumns: 3 },
    protect: true,
  };
}

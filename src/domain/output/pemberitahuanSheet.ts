import { t, type Lang } from '../../i18n';
import { formatDayEn, formatDayId, utcDateOfDay } from '../model/dates';
import type { DayNumber } from '../model/types';
import { jobText, missingCompetencies, type DecreeMove } from './decreeMove';
import { column, dateColumn, nameColumn, nipColumn, noColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/**
 * `Pemberitahuan` (notices): one row per moved employee to hand over with the decree: the
 * old and new post, the new unit, the effective date (a date cell), the duties of the new
 * post (Uraian Tugas), the competencies it asks for that the employee lacks with a training
 * suggested for each, and open columns for the employee's acknowledgement (docs/sheets.md).
 */
export function pemberitahuanSheet(moves: readonly DecreeMove[], effectiveDate: DayNumber, lang: Lang, city: string): TableSheetModel {
  const none = t(lang, 'sheets.notices.none');
  const date = utcDateOfDay(effectiveDate);
  const rows = moves.map((move, i) => {
    const missing = missingCompetencies(move.employee, move.to);
    const duties = move.to.uraianTugas.trim();
    return [
      i + 1,
      move.employee.nip,
      move.employee.nama,
      jobText(move.from),
      jobText(move.to),
      move.to.unit,
      date,
      duties === '' ? none : duties,
      missing.length > 0 ? missing.join('\n') : none,
      missing.length > 0 ? missing.map((kompetensi) => t(lang, 'sheets.notices.training', { kompetensi })).join('\n') : none,
      null,
      null,
    ];
  });
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: col('sheets.name.notices'),
    tableName: 'Pemberitahuan',
    titleLines: [
      t(lang, 'sheets.notices.title', { city }),
      t(lang, 'sheets.subtitle.effectiveDate', { date: lang === 'id' ? formatDayId(effectiveDate) : formatDayEn(effectiveDate) }),
    ],
    columns: [
      noColumn(lang),
      nipColumn(lang),
      nameColumn(lang),
      column(col('sheets.col.oldJob'), 32, 'text', { wrap: true }),
      column(col('sheets.col.newJob'), 32, 'text', { wrap: true }),
      unitColumn(lang, col('sheets.col.newUnit')),
      dateColumn(col('sheets.col.effectiveDate')),
      column(col('sheets.col.duties'), 40, 'text', { wrap: true }),
      column(col('sheets.col.missingCompetencies'), 26, 'text', { wrap: true }),
      column(col('sheets.col.training'), 28, 'text', { wrap: true }),
      column(col('sheets.col.ackSign'), 14, 'text'),
      dateColumn(col('sheets.col.ackDate')),
    ],
    rows,
    print: { landscape: true, paper: 'F4' },
  };
}

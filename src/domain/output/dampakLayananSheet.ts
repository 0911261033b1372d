import { t, type Lang } from '../../i18n';
import { formatDayEn, formatDayId } from '../model/dates';
import { normalizeKey } from '../model/normalize';
import type { DayNumber, InputTables, Unit } from '../model/types';
import type { DecreeMove } from './decreeMove';
import { column, noColumn, unitColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/**
 * Names that show a unit serves the public face to face, for units the Unit sheet does not
 * mark: health centres and hospitals, civil registration, social services, and schools. A
 * deliberately short list (docs/sheets.md); the Unit sheet's Layanan Publik column wins.
 */
const FRONT_LINE_NAME =
  /\b(puskesmas|rsud|rumah sakit|disdukcapil|dukcapil|kependudukan dan pencatatan sipil|dinas sosial|sekolah|sd ?n?|smp ?n?|sma ?n?|tk ?n?)\b/i;

/** Why a unit counts as a public service: marked in the Unit sheet, or by its name. */
export type ServiceBasis = 'sheet' | 'name';

/**
 * Whether `unitName` is a public-service unit, and why; null when it is not. A unit with a
 * row in the Unit sheet is what that row says; any other unit is judged by its name.
 *
 * @example publicServiceBasis('Puskesmas Rambutan', []) // 'name'
 */
export function publicServiceBasis(unitName: string, units: readonly Unit[]): ServiceBasis | null {
  const key = normalizeKey(unitName);
  const record = units.find((u) => u.row !== null && normalizeKey(u.name) === key);
  if (record !== undefined) return record.layananPublik ? 'sheet' : null;
  return FRONT_LINE_NAME.test(unitName) ? 'name' : null;
}

interface UnitImpact {
  readonly unit: string;
  readonly basis: ServiceBasis;
  staffIn: number;
  staffOut: number;
}

/**
 * `Dampak Layanan` (service impact): per public-service unit a move touches, the staff who
 * come and go, the net change, the posts still open after the moves, and a draft sentence
 * telling the public what changes (docs/sheets.md).
 */
export function dampakLayananSheet(
  moves: readonly DecreeMove[],
  tables: Pick<InputTables, 'employees' | 'positions' | 'units'>,
  effectiveDate: DayNumber,
  lang: Lang,
  city: string,
): TableSheetModel {
  const impacts = new Map<string, UnitImpact>();
  const touch = (unit: string): UnitImpact | null => {
    const key = normalizeKey(unit);
    const known = impacts.get(key);
    if (known !== undefined) return known;
    const basis = publicServiceBasis(unit, tables.units);
    if (basis === null) return null;
    const impact: UnitImpact = { unit, basis, staffIn: 0, staffOut: 0 };
    impacts.set(key, impact);
    return impact;
  };
  for (const move of moves) {
    if (normalizeKey(move.from.unit) === normalizeKey(move.to.unit)) continue;
    const out = touch(move.from.unit);
    if (out !== null) out.staffOut += 1;
    const incoming = touch(move.to.unit);
    if (incoming !== null) incoming.staffIn += 1;
  }
  const open = openPostsAfter(moves, tables);
  const date = lang === 'id' ? formatDayId(effectiveDate) : formatDayEn(effectiveDate);
  const rows = [...impacts.values()]
    .sort((a, b) => a.unit.localeCompare(b.unit))
    .map((impact, i) => {
      const openPosts = open.get(normalizeKey(impact.unit)) ?? 0;
      return [
        i + 1,
        impact.unit,
        t(lang, `sheets.impact.basis.${impact.basis}`),
        impact.staffIn,
        impact.staffOut,
        impact.staffIn - impact.staffOut,
        openPosts,
        publicNotice(impact, openPosts, date, lang),
      ];
    });
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: col('sheets.name.serviceImpact'),
    tableName: 'DampakLayanan',
    titleLines: [t(lang, 'sheets.impact.title', { city }), t(lang, 'sheets.subtitle.effectiveDate', { date }), col('sheets.impact.note')],
    columns: [
      noColumn(lang),
      unitColumn(lang),
      column(col('sheets.col.serviceBasis'), 18, 'text', { wrap: true }),
      column(col('sheets.col.staffIn'), 10, 'integer'),
      column(col('sheets.col.staffOut'), 10, 'integer'),
      column(col('sheets.col.staffNet'), 9, 'integer'),
      column(col('sheets.col.openPosts'), 14, 'integer'),
      column(col('sheets.col.publicNotice'), 70, 'text', { wrap: true }),
    ],
    rows,
    print: { landscape: true, paper: 'F4' },
  };
}

/** The draft notice: who comes and goes, the posts still open, and that the service goes on. */
function publicNotice(impact: UnitImpact, openPosts: number, date: string, lang: Lang): string {
  const params = { date, unit: impact.unit, in: impact.staffIn, out: impact.staffOut };
  const key = impact.staffIn > 0 && impact.staffOut > 0 ? 'both' : impact.staffIn > 0 ? 'inOnly' : 'outOnly';
  const open = openPosts > 0 ? t(lang, 'sheets.impact.notice.open', { open: openPosts }) : '';
  return `${t(lang, `sheets.impact.notice.${key}`, params)}${open}${t(lang, 'sheets.impact.notice.service')}`;
}

/**
 * Open places per unit (by normalised name) after the moves: for each post, its Formasi less
 * the people holding it once everyone has moved, never below zero.
 */
function openPostsAfter(moves: readonly DecreeMove[], tables: Pick<InputTables, 'employees' | 'positions'>): Map<string, number> {
  const holders = new Map<string, number>();
  const add = (code: string, n: number) => holders.set(code, (holders.get(code) ?? 0) + n);
  for (const employee of tables.employees) add(employee.positionCode, 1);
  for (const move of moves) {
    add(move.from.code, -1);
    add(move.to.code, 1);
  }
  const open = new Map<string, number>();
  for (const position of tables.positions) {
    const free = Math.max(0, position.formasi - (holders.get(position.code) ?? 0));
    if (free === 0) continue;
    const key = normalizeKey(position.unit);
    open.set(key, (open.get(key) ?? 0) + free);
  }
  return open;
}

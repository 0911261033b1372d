/**
 * The Unit Kerja sheet of the sample (docs/sheets.md#unit-kerja): the need per unit as an ABK figure for
 * some units, as workload hours only for others (need = hours / 1250, PermenPANRB 1/2020),
 * and not at all for the rest, plus service growth, public-service flag and outflow limit.
 * Balanced units state an ABK figure equal to their staff and no growth.
 */
import type { CellValue } from '../domain/model/cell';
import type { ColumnSpec, TableSheetModel } from '../domain/output/sheetModel';
import type { Organisation } from './organisation';
import type { Rng } from './random';

/** Effective working hours per employee per year (PermenPANRB 1/2020). */
const EFFECTIVE_HOURS = 1250;

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Unit Kerja', width: 44, format: 'text' },
  { header: 'Kebutuhan Pegawai (ABK)', width: 12, format: 'integer' },
  { header: 'Beban Kerja (jam/tahun)', width: 14, format: 'integer' },
  { header: 'Pertumbuhan Layanan (%)', width: 12, format: 'decimal1' },
  { header: 'Layanan Publik', width: 10, format: 'text', list: ['Ya', 'Tidak'] },
  { header: 'Batas Keluar', width: 9, format: 'integer' },
];

/** The unit sheet model; `holders[i]` is the staff of `org.positions[i]`. */
export function unitKerjaSheet(org: Organisation, holders: readonly number[], rng: Rng): TableSheetModel {
  const formasi = new Map<string, number>();
  const staff = new Map<string, number>();
  org.positions.forEach((p, i) => {
    formasi.set(p.unit.name, (formasi.get(p.unit.name) ?? 0) + p.formasi);
    staff.set(p.unit.name, (staff.get(p.unit.name) ?? 0) + (holders[i] ?? 0));
  });
  const rows: CellValue[][] = org.units.map((unit) => {
    const spec = unit.spec;
    const f = formasi.get(unit.name) ?? 0;
    if (spec.balanced === true) return [unit.name, staff.get(unit.name) ?? 0, null, null, spec.layananPublik ? 'Ya' : 'Tidak', null];
    const mode =
      spec.need ??
      rng.weighted<'abk' | 'hours' | 'none'>([
        ['abk', 45],
        ['hours', 30],
        ['none', 25],
      ]);
    // Units staffed above average were found over-staffed by their ABK.
    const factor = spec.abkFactor ?? (spec.fill > 1.1 ? rng.real(0.82, 0.98) : rng.real(0.95, 1.12));
    const abk = mode === 'abk' ? Math.max(1, Math.round(f * factor)) : null;
    const hours = mode === 'hours' ? Math.round((f * EFFECTIVE_HOURS * factor) / 10) * 10 : null;
    const growth = spec.growth ?? (rng.chance(0.12) ? rng.pick([1, 1.5, 2, 2.5]) : null);
    const outflow = rng.chance(0.3) ? Math.max(1, Math.round((staff.get(unit.name) ?? 0) * 0.15)) : null;
    return [unit.name, abk, hours, growth, spec.layananPublik ? 'Ya' : 'Tidak', outflow];
  });
  return { kind: 'table', name: 'Unit Kerja', tableName: 'UnitKerja', columns: UNIT_COLUMNS, rows };
}

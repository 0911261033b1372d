/**
 * One row of the optional unit sheet read into a unit draft (name as written).
 */
import type { Unit } from '../model/types';
import type { RowReader } from './rowReader';
import type { UnitField } from './unitFields';
import { parseInteger, parseNumber } from './values/number';
import { parseText } from './values/text';
import { parseYesNo } from './values/yesNo';

export interface UnitDraft extends Omit<Unit, 'name' | 'row'> {
  readonly row: number;
  readonly nameText: string;
}

/**
 * Reads a unit row. ABK need, workload hours and the outflow limit cannot be negative
 * (NUMBER_NEGATIVE); growth may be (a shrinking service). Layanan Publik defaults to Tidak.
 */
export function readUnitRow(r: RowReader<UnitField>): UnitDraft | null {
  const nameText = r.read('unitKerja', parseText, true);
  const nonNegative = (field: UnitField, value: number | null): number | null => {
    if (value !== null && value < 0) r.report('NUMBER_NEGATIVE', 'error', field);
    return value;
  };
  const kebutuhanAbk = nonNegative('kebutuhanAbk', r.read('kebutuhanAbk', parseInteger));
  const bebanKerjaJam = nonNegative('bebanKerja', r.read('bebanKerja', parseNumber));
  const pertumbuhanPersen = r.read('pertumbuhan', parseNumber);
  const layananPublik = r.read('layananPublik', parseYesNo) ?? false;
  const batasKeluar = nonNegative('batasKeluar', r.read('batasKeluar', parseInteger));
  if (r.failed || nameText === null) return null;
  return { row: r.row, nameText, kebutuhanAbk, bebanKerjaJam, pertumbuhanPersen, layananPublik, batasKeluar };
}

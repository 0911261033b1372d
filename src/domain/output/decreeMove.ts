/**
 * One approved transfer as the decree appendix and the communication sheets see it: the
 * employee, the post they leave and the post they take. Shared words of those sheets live
 * here: the job as a decree writes it, the rank with its golongan, and the competencies a
 * new post asks for that the employee lacks.
 */
import { normalizeKey } from '../model/normalize';
import { PANGKAT, type Employee, type Golongan, type Position } from '../model/types';

export interface DecreeMove {
  readonly employee: Employee;
  readonly from: Position;
  readonly to: Position;
  /** Words for the KET column (e.g. the purpose of the move); empty = the default "Mutasi". */
  readonly remark?: string;
}

/**
 * A post as a decree names it: the position's name "pada" its unit, unless the name already
 * ends with the unit.
 *
 * @example jobText({ name: 'Kepala Seksi Rehabilitasi', unit: 'Dinas Sosial', … }) // 'Kepala Seksi Rehabilitasi pada Dinas Sosial'
 * @example jobText({ name: 'Sekretaris Dinas Sosial', unit: 'Dinas Sosial', … }) // 'Sekretaris Dinas Sosial'
 */
export function jobText(position: Pick<Position, 'name' | 'unit'>): string {
  const name = position.name.trim();
  const unit = position.unit.trim();
  if (unit === '' || normalizeKey(name).endsWith(normalizeKey(unit))) return name;
  return `${name} pada ${unit}`;
}

/**
 * Pangkat and golongan ruang as a decree writes them; PPPK (no golongan) get "—".
 *
 * @example pangkatText('III/a') // 'Penata Muda (III/a)'
 */
export function pangkatText(golongan: Golongan | null): string {
  return golongan === null ? '—' : `${PANGKAT[golongan]} (${golongan})`;
}

/**
 * The competencies `position` asks for that `employee` does not list (compared without case
 * or extra spaces), in the position's order.
 *
 * @example missingCompetencies({ kompetensi: ['Pelayanan Publik'] }, { kompetensi: ['pelayanan publik', 'Statistik'] }) // ['Statistik']
 */
export function missingCompetencies(employee: Pick<Employee, 'kompetensi'>, position: Pick<Position, 'kompetensi'>): string[] {
  const has = new Set(employee.kompetensi.map(normalizeKey));
  const seen = new Set<string>();
  return position.kompetensi.filter((k) => {
    const key = normalizeKey(k);
    if (key === '' || has.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

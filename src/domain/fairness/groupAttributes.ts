/**
 * The attributes employees are grouped by for the parity checks: gender, age band
 * at the effective date, golongan group, origin unit, jenis jabatan, and any extra column of
 * the employee sheet the user picks.
 */
import { fullYearsBetween } from '../model/dates';
import { normalizeKey } from '../model/normalize';
import type { ScoringContext } from '../scoring';
import type { JenisJabatan } from '../model/types';
import type { AttributeRef, GroupLabel } from './types';

/** An attribute with the group of each employee, and the order its groups are listed in. */
export interface GroupAttribute {
  readonly ref: AttributeRef;
  /** Group of each employee, in the order of `tables.employees`. */
  readonly groupOf: readonly GroupLabel[];
  /** Sort key of a group: listed groups first in their natural order, then the rest by name. */
  readonly order: (group: GroupLabel) => string;
}

export const BUILT_IN_ATTRIBUTES = ['gender', 'ageBand', 'golonganGroup', 'originUnit', 'jenisJabatan'] as const;

const raw = (key: string): GroupLabel => ({ key, translate: false });
const message = (key: string): GroupLabel => ({ key, translate: true });

const AGE_BANDS = ['ageUnder30', 'age30to39', 'age40to49', 'age50plus'] as const;
const GOLONGAN_GROUPS = ['I', 'II', 'III', 'IV'] as const;
const JENIS_ORDER: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];

/** The age band (years completed at the effective date): <30, 30-39, 40-49, ≥50. */
export function ageBandOf(age: number): (typeof AGE_BANDS)[number] {
  if (age < 30) return 'ageUnder30';
  if (age < 40) return 'age30to39';
  if (age < 50) return 'age40to49';
  return 'age50plus';
}

/** Listed order first (by index), then values as written (by text), then the translated ones (empty, unknown). */
function orderBy(listed: readonly string[]): (group: GroupLabel) => string {
  return (group) => {
    const at = listed.indexOf(group.key);
    if (at >= 0) return `0${String(at).padStart(4, '0')}`;
    return `${group.translate ? 2 : 1}${group.key.toLocaleLowerCase('id')}`;
  };
}

/**
 * The attributes of a run: the built-in ones, then each extra column in `extraColumns` that
 * the employee sheet has (matched ignoring case, spaces and punctuation). Returns the extra
 * names that matched no column in `unknown`.
 */
export function groupAttributes(
  scoring: ScoringContext,
  extraColumns: readonly string[] = [],
): { attributes: GroupAttribute[]; unknown: string[] } {
  const { tables, index, effectiveDate } = scoring;
  const positionOf = (e: number) => tables.positions[index.currentPosition[e] ?? -1];
  const employees = tables.employees;
  const attributes: GroupAttribute[] = [
    {
      ref: { id: 'gender', extra: false },
      // Written out (Laki-laki / Perempuan) so a sentence can name the group.
      groupOf: employees.map((employee) => message(employee.gender)),
      order: orderBy(['L', 'P']),
    },
    {
      ref: { id: 'ageBand', extra: false },
      groupOf: employees.map((employee) => message(ageBandOf(fullYearsBetween(employee.birthDate, effectiveDate)))),
      order: orderBy(AGE_BANDS),
    },
    {
      ref: { id: 'golonganGroup', extra: false },
      groupOf: employees.map((employee) =>
        employee.golongan === null ? message('noGolongan') : raw(employee.golongan.split('/')[0] ?? ''),
      ),
      order: orderBy([...GOLONGAN_GROUPS, 'noGolongan']),
    },
    {
      ref: { id: 'originUnit', extra: false },
      groupOf: employees.map((employee, e) => raw(positionOf(e)?.unit ?? employee.unit)),
      order: orderBy([]),
    },
    {
      ref: { id: 'jenisJabatan', extra: false },
      groupOf: employees.map((_, e) => {
        const jenis = positionOf(e)?.jenis;
        return jenis === undefined ? message('unknown') : raw(jenis);
      }),
      order: orderBy(JENIS_ORDER),
    },
  ];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const wanted of extraColumns) {
    const key = normalizeKey(wanted);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const header = tables.extraEmployeeColumns.find((column) => normalizeKey(column) === key);
    if (header === undefined) {
      unknown.push(wanted.trim());
      continue;
    }
    attributes.push({
      ref: { id: header, extra: true },
      groupOf: employees.map((employee) => {
        const value = (employee.extra[header] ?? '').trim();
        return value === '' ? message('empty') : raw(value);
      }),
      order: orderBy([]),
    });
  }
  return { attributes, unknown };
}

/**
 * The synthetic Kota Tebing Tinggi workbook behind `npm run demo`, the tests and the
 * benchmarks: Pegawai, Jabatan and Unit Kerja sheets for any number of employees,
 * deterministic by seed (same seed and size give identical sheets). Health centres, the
 * hospital and schools share jabatan fungsional of several jenjang, some units short and
 * others in surplus, with urgent and JPT vacancies, teachers past 58, unwilling and
 * special-circumstance staff due for rotation and balanced units whose staff are all due
 * (`scenarios.test.ts` lists them).
 */
import type { TableSheetModel } from '../domain/output/sheetModel';
import type { DayNumber } from '../domain/model/types';
import { generateEmployees } from './employees';
import { jabatanSheet } from './jabatanSheet';
import { buildOrganisation } from './organisation';
import { pegawaiSheet } from './pegawaiSheet';
import { plantedHolders, plantedMinFormasi } from './planted';
import { createRng } from './random';
import { dayOf, dayOfDate } from './sampleDates';
import { staffPositions } from './staffing';
import { unitKerjaSheet } from './unitKerjaSheet';

/** "Data as of" date used when none is given: fixed, so the default sample never changes. */
export const SAMPLE_REFERENCE_DATE: DayNumber = dayOf(2026, 10, 1);

/** Smallest sample that carries the planted cases (`PLANTED`). */
export const MIN_EMPLOYEES_FOR_PLANTED = 20;

export interface SampleOptions {
  /** Number of employees (rows of Pegawai); default 2,500. */
  readonly employees?: number;
  /** Seed of the pseudo-random generator; default 1. */
  readonly seed?: number;
  /** The date the data describe (ages, tenures, CPNS year); default {@link SAMPLE_REFERENCE_DATE}. */
  readonly referenceDate?: DayNumber | Date;
}

export interface Sample {
  /** Pegawai, Jabatan and Unit Kerja, in that order. */
  readonly sheets: TableSheetModel[];
}

/**
 * Generates the sample workbook. Samples of at least {@link MIN_EMPLOYEES_FOR_PLANTED}
 * employees contain the brief's planted cases (`PLANTED` in `planted.ts`). Throws a RangeError for a non-positive or non-integer
 * employee count (callers validate user input first).
 *
 * @example
 * const { sheets } = generateSample({ employees: 2500, seed: 1 });
 * sheets.map((s) => s.name); // ['Pegawai', 'Jabatan', 'Unit Kerja']
 */
export function generateSample(options: SampleOptions = {}): Sample {
  const employees = options.employees ?? 2500;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(employees) || employees < 1) throw new RangeError(`employees must be a positive integer, got ${employees}`);
  const ref =
    options.referenceDate === undefined
      ? SAMPLE_REFERENCE_DATE
      : options.referenceDate instanceof Date
        ? dayOfDate(options.referenceDate)
        : options.referenceDate;

  const plant = employees >= MIN_EMPLOYEES_FOR_PLANTED;
  const rng = createRng(seed);
  const org = buildOrganisation(employees, plant ? plantedMinFormasi : () => 0);
  const planted = (i: number): number => (plant ? plantedHolders(org.positions[i]?.code ?? '') : 0);
  const staffing = staffPositions(org.positions, employees, planted, rng.fork('staffing'));
  const people = generateEmployees(org, staffing, ref, plant, rng.fork('employees'));
  return {
    sheets: [
      pegawaiSheet(people),
      jabatanSheet(org.positions, staffing.prioritas),
      unitKerjaSheet(org, staffing.holders, rng.fork('units')),
    ],
  };
}

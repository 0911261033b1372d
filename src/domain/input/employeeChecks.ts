/**
 * Checks of one employee against the other tables, and the employee record they yield:
 * the unit becomes the position's canonical unit, Unit Dihindari names become canonical
 * where known, and Pilihan stays as written.
 */
import { asUnitName, type Employee } from '../model/types';
import { suggester } from './closestName';
import { codeKey } from './duplicateRows';
import type { EmployeeDraft } from './employeeRow';
import type { PegawaiField } from './pegawaiFields';
import type { PositionDraft } from './positionRow';
import type { RowReader } from './rowReader';
import { UnitDirectory } from './unitDirectory';

/** What an aspiration (Pilihan) may name: a unit or a position code. */
export class ChoiceVocabulary {
  private readonly codes: ReadonlySet<string>;
  private readonly suggest: (text: string) => string | null;
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly units: UnitDirectory,
    positionCodes: readonly string[],
  ) {
    this.codes = new Set(positionCodes.map(codeKey));
    this.suggest = suggester([...units.names(), ...positionCodes]);
  }

  /** Whether `text` names a position code or a unit; each spelling is looked up once. */
  knows(text: string): boolean {
    let known = this.known.get(text);
    if (known === undefined) {
      known = this.codes.has(codeKey(text)) || this.units.resolve(text) !== null;
      this.known.set(text, known);
    }
    return known;
  }

  closest(text: string): string | null {
    return this.suggest(text);
  }
}

const withSuggestion = (suggestion: string | null): Record<string, string> => (suggestion === null ? {} : { suggestion });

/**
 * The employee record for a draft whose position was found. Warnings on the row:
 * UNIT_MISMATCH (the employee's Unit Kerja is not the position's unit; the position's
 * unit is used), PILIHAN_UNKNOWN (names neither a unit nor a position code),
 * UNIT_AVOID_UNKNOWN (a Unit Dihindari entry no table knows), each with the closest known
 * name when there is one.
 */
export function employeeRecord(
  draft: EmployeeDraft,
  position: PositionDraft & { readonly unit: string },
  reader: RowReader<PegawaiField>,
  units: UnitDirectory,
  choices: ChoiceVocabulary,
): Employee {
  if (!UnitDirectory.same(draft.unitText, position.unit)) {
    const known = units.resolve(draft.unitText) !== null;
    reader.report('UNIT_MISMATCH', 'warning', 'unitKerja', {
      code: position.code,
      positionUnit: position.unit,
      positionRow: position.row,
      ...withSuggestion(known ? null : units.suggest(draft.unitText)),
    });
  }
  draft.pilihan.forEach((choice, i) => {
    if (choices.knows(choice)) return;
    const field = draft.pilihanFrom[i] ?? 'pilihan1';
    reader.report('PILIHAN_UNKNOWN', 'warning', field, { value: choice, ...withSuggestion(choices.closest(choice)) });
  });
  const unitDihindari = regroupUnitNames(draft.unitDihindari, (name) => units.resolve(name) !== null).map((name) => {
    const known = units.resolve(name);
    if (known !== null) return known;
    reader.report('UNIT_AVOID_UNKNOWN', 'warning', 'unitDihindari', { unit: name, ...withSuggestion(units.suggest(name)) });
    return asUnitName(name);
  });

  const d = draft;
  return {
    row: d.row,
    nip: d.nip,
    nama: d.nama,
    gender: d.gender,
    birthDate: d.birthDate,
    status: d.status,
    golongan: d.golongan,
    pendidikan: d.pendidikan,
    jurusan: d.jurusan,
    unit: asUnitName(position.unit),
    positionCode: position.code,
    tmtJabatan: d.tmtJabatan,
    tmtMutasiTerakhir: d.tmtMutasiTerakhir,
    predikat: d.predikat,
    potensi: d.potensi,
    kompetensi: d.kompetensi,
    hukdis: d.hukdis,
    hukdisEnd: d.hukdisEnd,
    pilihan: d.pilihan,
    bersedia: d.bersedia,
    pertimbanganKhusus: d.pertimbanganKhusus,
    unitDihindari,
    extra: d.extra,
  };
}

/**
 * Rejoins list pieces that together name a known unit: a cell holding only
 * "Dinas Pemberdayaan Perempuan, Perlindungan Anak" is split on its commas by the list
 * reader, yet names one unit. Longest known name first.
 */
export function regroupUnitNames(pieces: readonly string[], isKnown: (name: string) => boolean): string[] {
  const names: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let end = i;
    for (let j = pieces.length - 1; j > i; j--) {
      if (isKnown(pieces.slice(i, j + 1).join(', '))) {
        end = j;
        break;
      }
    }
    names.push(pieces.slice(i, end + 1).join(', '));
    i = end + 1;
  }
  return names;
}

/**
 * Jenis jabatan: the kind of position as PP 11/2017 (as amended by PP 17/2020) names them:
 * Jabatan Pimpinan Tinggi, Jabatan Fungsional, and Jabatan Administrasi (administrator,
 * pengawas, pelaksana). UU 20/2023 repealed UU 5/2014, which defined them; the article of
 * UU 20/2023 on kinds of position is not confirmed here.
 */
import type { CellValue } from '../../model/cell';
import type { JenisJabatan } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const parse = vocabularyParser<JenisJabatan>({
  code: 'JENIS_JABATAN_UNKNOWN',
  terms: [
    [
      'JPT',
      [
        'JPT',
        'Jabatan Pimpinan Tinggi',
        'Pimpinan Tinggi',
        'Pimpinan Tinggi Pratama',
        'Pimpinan Tinggi Madya',
        'Pimpinan Tinggi Utama',
        'JPT Pratama',
        'JPT Madya',
        'JPT Utama',
        'Jabatan Pimpinan Tinggi Pratama',
        'Senior Executive',
        'Senior Executive Service',
        'High Leadership',
      ],
    ],
    ['Administrator', ['Administrator', 'Jabatan Administrator']],
    ['Pengawas', ['Pengawas', 'Jabatan Pengawas', 'Supervisor', 'Supervisory']],
    [
      'Pelaksana',
      // Jabatan Fungsional Umum (JFU) is the pre-2014 name of Pelaksana.
      ['Pelaksana', 'Jabatan Pelaksana', 'Fungsional Umum', 'Jabatan Fungsional Umum', 'JFU', 'Executor', 'Staff', 'Staf'],
    ],
    [
      'Fungsional',
      [
        'Fungsional',
        'JF',
        'Jabatan Fungsional',
        'Fungsional Tertentu',
        'Jabatan Fungsional Tertentu',
        'JFT',
        'Functional',
        'Functional Position',
      ],
    ],
  ],
});

/**
 * Reads a position kind: JPT (also Jabatan Pimpinan Tinggi, Pimpinan Tinggi Pratama),
 * Administrator, Pengawas, Pelaksana (also the old Fungsional Umum / JFU), Fungsional
 * (JF, JFT, Jabatan Fungsional), or English: Senior Executive, Administrator, Supervisor,
 * Executor / Staff, Functional.
 *
 * Codes: JENIS_JABATAN_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parseJenisJabatan('Jabatan Fungsional') // ok: 'Fungsional'
 */
export function parseJenisJabatan(raw: CellValue | undefined): ValueResult<JenisJabatan> {
  return parse(raw);
}

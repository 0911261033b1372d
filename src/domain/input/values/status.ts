/**
 * Status kepegawaian: PNS or PPPK (the two kinds of ASN of UU 20/2023, which repealed UU
 * 5/2014; the article is not confirmed here), and CPNS, a PNS candidate on probation
 * (PP 11/2017 Pasal 34).
 */
import type { CellValue } from '../../model/cell';
import type { EmploymentStatus } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const parse = vocabularyParser<EmploymentStatus>({
  code: 'STATUS_UNKNOWN',
  terms: [
    ['PNS', ['PNS', 'Pegawai Negeri Sipil', 'Civil Servant']],
    ['CPNS', ['CPNS', 'Calon PNS', 'Calon Pegawai Negeri Sipil', 'Candidate Civil Servant', 'Probationary Civil Servant', 'Probation']],
    ['PPPK', ['PPPK', 'P3K', 'Pegawai Pemerintah dengan Perjanjian Kerja', 'PPPK Paruh Waktu', 'Government Contract Employee', 'Contract']],
  ],
});

/**
 * Reads an employment status: PNS, CPNS, PPPK (also P3K), their long names, or English.
 *
 * Codes: STATUS_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parseStatus('P3K') // ok: 'PPPK'
 */
export function parseStatus(raw: CellValue | undefined): ValueResult<EmploymentStatus> {
  return parse(raw);
}

import { catalogs, messageKeyOf, messageOf } from '../../i18n';
import { issue, type Issue } from '../model/issue';
import { ELECTION_FREEZE_CODES, ISSUE_CODES, POLICY_ISSUE_CODES, SOLVER_INPUT_CODES } from '../model/issueCodes';
import { INPUT_ISSUE_CODES } from './issueCodes';
import { VALUE_CODES } from './values/result';
import { issueMessage, renderIssue } from './renderIssue';

/** A message in a language, or undefined when the catalog has none. */
function catalogText(lang: 'id' | 'en', key: string): string | undefined {
  const dot = key.indexOf('.');
  const table = catalogs[lang][key.slice(0, dot) as keyof typeof catalogs.id] as Record<string, string> | undefined;
  return table?.[key.slice(dot + 1)];
}

describe('IssueCode', () => {
  it('lists each part of the engine once, and nothing else', () => {
    const parts = [...INPUT_ISSUE_CODES, ...VALUE_CODES, ...POLICY_ISSUE_CODES, ...ELECTION_FREEZE_CODES, ...SOLVER_INPUT_CODES];
    expect(ISSUE_CODES.length).toBeGreaterThan(90);
    expect([...ISSUE_CODES].sort()).toEqual([...new Set(parts)].sort());
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
  });

  it('has an Indonesian and an English message for every code', () => {
    const missing = ISSUE_CODES.flatMap((code) => {
      const key = messageKeyOf(code);
      return catalogText('id', key) === undefined || catalogText('en', key) === undefined ? [code] : [];
    });
    expect(missing).toEqual([]);
  });

  it('puts the codes where they belong: value parsers under values., policy and election freeze under rules.', () => {
    expect(messageKeyOf('NIP_AS_NUMBER')).toBe('values.NIP_AS_NUMBER');
    expect(messageKeyOf('ELECTION_FREEZE')).toBe('rules.ELECTION_FREEZE');
    expect(messageKeyOf('POLICY_NOT_JSON')).toBe('rules.POLICY_NOT_JSON');
    expect(messageKeyOf('NIP_DUPLICATE')).toBe('issue.NIP_DUPLICATE');
    expect(messageKeyOf('SOLVER_EDGE_DUPLICATE')).toBe('solver.SOLVER_EDGE_DUPLICATE');
  });
});

describe('renderIssue', () => {
  const missing = issue('MISSING_VALUE', 'error', { sheet: 'Pegawai', row: 12, column: 'NIP' }, { column: 'NIP', value: '' });

  it('prefixes the location the user can go to, in either language', () => {
    expect(renderIssue('id', missing)).toBe("Sheet 'Pegawai', baris 12, kolom 'NIP': 'NIP' kosong, padahal wajib diisi.");
    expect(renderIssue('en', missing)).toBe("Sheet 'Pegawai', row 12, column 'NIP': 'NIP' is empty but required.");
  });

  it('leaves out location parts that are not known', () => {
    expect(renderIssue('en', { ...missing, sheet: null, row: null, column: null })).toBe("'NIP' is empty but required.");
    const sheetOnly = issue('TABLE_EMPTY', 'error', { sheet: 'Pegawai' }, { sheet: 'Pegawai', headerRow: 1 });
    expect(renderIssue('en', sheetOnly)).toMatch(/^Sheet 'Pegawai': Sheet 'Pegawai' has no usable data/);
  });

  it('falls back to the value parsers\u2019 messages', () => {
    const nip = issue('NIP_LENGTH', 'error', { sheet: 'Pegawai', row: 3, column: 'NIP', value: '123' }, { length: 3, expected: 18 });
    expect(renderIssue('en', nip)).toMatch(/^Sheet 'Pegawai', row 3, column 'NIP': .*3.*18/);
    expect(renderIssue('en', nip)).not.toContain('values.NIP_LENGTH');
  });

  it('adds the suggestion when there is one', () => {
    const unknown = issue(
      'POSITION_NOT_FOUND',
      'error',
      { sheet: 'Pegawai', row: 2, column: 'Kode Jabatan', value: 'DINKES-1' },
      { value: 'DINKES-1', suggestion: 'DINKES-01' },
    );
    expect(renderIssue('id', unknown)).toBe(
      "Sheet 'Pegawai', baris 2, kolom 'Kode Jabatan': Kode jabatan DINKES-1 tidak ada di sheet jabatan. Mungkin maksudnya 'DINKES-01'?",
    );
  });

  it('shows an unknown code rather than nothing', () => {
    const unknown = { ...issue('NIP_DUPLICATE', 'info'), code: 'NO_SUCH_CODE' } as unknown as Issue;
    expect(renderIssue('en', unknown)).toBe('issue.NO_SUCH_CODE');
  });

  it('gives the pane the message without the location, the same words messageOf gives', () => {
    const nip = issue('NIP_AS_NUMBER', 'warning', { sheet: 'Pegawai', row: 4, column: 'NIP', value: '1.98e17' }, { value: '1.98e17' });
    expect(issueMessage('id', nip)).toBe(messageOf('NIP_AS_NUMBER', { value: '1.98e17' }, 'id'));
    expect(issueMessage('en', nip)).toMatch(/^The NIP is stored as a number \(1\.98e17\)/);
    expect(renderIssue('en', nip)).toBe(`Sheet 'Pegawai', row 4, column 'NIP': ${issueMessage('en', nip)}`);
  });
});

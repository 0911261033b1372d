import { issue } from '../model/issue';
import { renderIssue } from './renderIssue';

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
    expect(renderIssue('en', issue('NO_SUCH_CODE', 'info'))).toBe('issue.NO_SUCH_CODE');
  });
});

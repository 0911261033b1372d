import { parsePolicy } from './parsePolicy';
import { DEFAULT_POLICY } from './policy';

describe('the decree section of the policy', () => {
  it('defaults to the Tebing Tinggi decree on F4 paper', () => {
    expect(DEFAULT_POLICY.decree).toMatchObject({
      city: 'Kota Tebing Tinggi',
      title: 'LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI',
      ditetapkanDi: 'Tebing Tinggi',
      signatoryTitle: 'WALI KOTA TEBING TINGGI',
      signatoryName: '',
      paper: 'F4',
    });
  });

  it('takes texts and the paper from JSON, keeping the rest', () => {
    const parsed = parsePolicy({ decree: { nomor: ' 800/12/BKPSDM/2026 ', paper: 'a4' } });
    expect(parsed.ok && parsed.value.decree).toMatchObject({ nomor: '800/12/BKPSDM/2026', paper: 'A4', city: 'Kota Tebing Tinggi' });
  });

  it('rejects a text that is not text, an unknown paper and an unknown key', () => {
    const parsed = parsePolicy({ decree: { nomor: 12, paper: 'Letter', signatory: 'x' } });
    expect(parsed.ok).toBe(false);
    const codes = parsed.ok ? [] : parsed.issues.map((i) => [i.code, i.params.path]);
    expect(codes).toEqual([
      ['POLICY_EXPECTED_TEXT', 'decree.nomor'],
      ['POLICY_UNKNOWN_VALUE', 'decree.paper'],
      ['POLICY_UNKNOWN_KEY', 'decree.signatory'],
    ]);
  });
});

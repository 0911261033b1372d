import { parseStatus } from './status';

describe('parseStatus', () => {
  it('reads PNS, CPNS and PPPK with their other names', () => {
    expect(parseStatus('PNS')).toEqual({ ok: true, value: 'PNS' });
    expect(parseStatus('pns')).toEqual({ ok: true, value: 'PNS' });
    expect(parseStatus('Pegawai Negeri Sipil')).toEqual({ ok: true, value: 'PNS' });
    expect(parseStatus('CPNS')).toEqual({ ok: true, value: 'CPNS' });
    expect(parseStatus('Calon PNS')).toEqual({ ok: true, value: 'CPNS' });
    expect(parseStatus('PPPK')).toEqual({ ok: true, value: 'PPPK' });
    expect(parseStatus('P3K')).toEqual({ ok: true, value: 'PPPK' });
  });

  it('reads a blank cell as null and reports anything else', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: null });
    expect(parseStatus('Honorer')).toEqual({ ok: false, code: 'STATUS_UNKNOWN', params: { value: 'Honorer' } });
  });
});

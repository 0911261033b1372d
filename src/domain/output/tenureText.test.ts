import { tenureText } from './tenureText';

describe('tenureText', () => {
  it.each([
    [0, '0 bulan', '0 months'],
    [1, '1 bulan', '1 month'],
    [11, '11 bulan', '11 months'],
    [12, '1 tahun', '1 year'],
    [13, '1 tahun 1 bulan', '1 year 1 month'],
    [38, '3 tahun 2 bulan', '3 years 2 months'],
    [60, '5 tahun', '5 years'],
  ])('%d months reads "%s" / "%s"', (months, id, en) => {
    expect(tenureText(months, 'id')).toBe(id);
    expect(tenureText(months, 'en')).toBe(en);
  });

  it('drops fractions and never goes below zero', () => {
    expect(tenureText(13.9, 'id')).toBe('1 tahun 1 bulan');
    expect(tenureText(-4, 'id')).toBe('0 bulan');
  });
});

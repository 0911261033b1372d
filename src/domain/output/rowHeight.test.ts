import { LINE_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS, rowHeightPoints, wrappedLineCount } from './rowHeight';

describe('wrappedLineCount', () => {
  it('wraps words greedily', () => {
    expect(wrappedLineCount('satu dua tiga', 8)).toBe(2);
    expect(wrappedLineCount('satu dua tiga', 13)).toBe(1);
    expect(wrappedLineCount('', 10)).toBe(1);
  });

  it('starts a new line at every line break', () => {
    expect(wrappedLineCount('a\nb\n\nc', 40)).toBe(4);
  });

  it('cuts a word longer than a line', () => {
    expect(wrappedLineCount('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLineCount(`ab ${'x'.repeat(25)} cd`, 10)).toBe(4); // ab / xxxxxxxxxx / xxxxxxxxxx / xxxxx cd
  });
});

describe('rowHeightPoints', () => {
  const columns = [{ width: 10 }, { width: 20, wrap: true }];

  it('leaves a row whose wrapped cells fit on one line at the default height', () => {
    expect(rowHeightPoints(['x'.repeat(200), 'pendek'], columns)).toBeNull();
    expect(rowHeightPoints([1, 2], columns)).toBeNull();
  });

  it('gives a wrapped row one line height per line of its longest cell', () => {
    const text = 'Kesesuaian bidang pendidikan dengan jabatan tujuan; aspirasi pegawai pilihan ke-1';
    const lines = wrappedLineCount(text, 20);
    expect(lines).toBeGreaterThan(2);
    expect(rowHeightPoints(['', text], columns)).toBe(lines * LINE_HEIGHT_POINTS);
  });

  it('counts line breaks and makes bold headers a little wider', () => {
    expect(rowHeightPoints(['', 'a\nb\nc'], columns)).toBe(3 * LINE_HEIGHT_POINTS);
    const header = 'Pegawai wajib rotasi dimutasi';
    // Pegawai / wajib rotasi / dimutasi in plain text; bold needs a fourth line.
    expect(rowHeightPoints([header], [{ width: 12, wrap: true }])).toBe(3 * LINE_HEIGHT_POINTS);
    expect(rowHeightPoints([header], [{ width: 12, wrap: true }], { bold: true })).toBe(4 * LINE_HEIGHT_POINTS);
  });

  it('stops at the highest row Excel allows', () => {
    expect(rowHeightPoints(['', 'baris\n'.repeat(100)], columns)).toBe(MAX_ROW_HEIGHT_POINTS);
  });
});

import { LINE_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS, rowHeightPoints, rowHeightsOf, wrappedLineCount } from './rowHeight';

/** The definition read plainly: paragraphs split at line breaks, words at white space, placed greedily. */
function plainLineCount(text: string, capacity: number): number {
  const width = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= width) {
        line = needed;
        continue;
      }
      if (line > 0) lines += 1;
      lines += Math.ceil(word.length / width) - 1;
      line = word.length % width || width;
    }
  }
  return lines;
}

describe('wrappedLineCount', () => {
  it('counts as splitting into paragraphs and words would, on random text', () => {
    const alphabet = ['a', 'b', 'xyz', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', 'é', '—'];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      const pieces = Math.floor(random() * 40);
      let text = '';
      for (let p = 0; p < pieces; p++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      const capacity = 0.5 + random() * 20;
      expect([text, capacity, wrappedLineCount(text, capacity)]).toEqual([text, capacity, plainLineCount(text, capacity)]);
    }
  });

  it('counts the same on long random text of words, spaces and line feeds only (found word by word)', () => {
    const alphabet = ['a', 'bc', 'defgh', 'x'.repeat(13), ' ', ' ', '  ', '\n', '\n\n', 'é', '—', '.'];
    let seed = 987;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      const pieces = 5 + Math.floor(random() * 120);
      let text = '';
      for (let p = 0; p < pieces; p++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      const capacity = 0.5 + random() * 30;
      expect([text, capacity, wrappedLineCount(text, capacity)]).toEqual([text, capacity, plainLineCount(text, capacity)]);
      // Any other white space takes the character by character reading: the same count.
      const tabbed = text.replace(' ', '\t');
      expect([tabbed, capacity, wrappedLineCount(tabbed, capacity)]).toEqual([tabbed, capacity, plainLineCount(tabbed, capacity)]);
    }
  });

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

describe('rowHeightsOf', () => {
  it('gives what rowHeightPoints gives, row by row, on random tables with repeated texts', () => {
    let seed = 777;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['', 'satu', 'satu dua tiga empat lima enam', 'baris\npanjang sekali di sini', 'x'.repeat(40), 'kata '.repeat(12)];
    for (let k = 0; k < 200; k++) {
      const columns = Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
        width: 2 + random() * 20,
        wrap: random() < 0.7,
      }));
      const heightOf = rowHeightsOf(columns);
      for (let r = 0; r < 30; r++) {
        const row = columns.map(() => {
          const pick = random();
          if (pick < 0.1) return null;
          if (pick < 0.2) return Math.floor(random() * 1000);
          return texts[Math.floor(random() * texts.length)] ?? '';
        });
        expect(heightOf(row)).toBe(rowHeightPoints(row, columns));
      }
    }
  });
});

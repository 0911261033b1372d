import { ByteWriter } from './byteWriter';

const written = (write: (out: ByteWriter) => void): string => {
  const out = new ByteWriter(4);
  write(out);
  return new TextDecoder().decode(out.view());
};

describe('ByteWriter', () => {
  it('writes numbers as String gives them, digits or not', () => {
    const values = [0, -0, 1, -1, 9, 10, 99, 12345, 2 ** 31 - 1, -(2 ** 31) + 1, 2 ** 31, 1e21, 0.1, -2.5, 1 / 3, 45678.25, NaN, Infinity];
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      values.push(seed - 2 ** 30, seed / 1000, -seed * 7);
    }
    for (const value of values) expect([value, written((out) => out.number(value))]).toEqual([value, String(value)]);
  });

  it('grows as it is written, text as UTF-8 and bytes as they are', () => {
    const text = `<a b="1">${'é—✓ 𝄞'.repeat(50)}</a>`;
    expect(
      written((out) => {
        out.ascii('<x>');
        out.text(text);
        out.bytes(new TextEncoder().encode('&amp;'));
        out.unsigned(1234567);
      }),
    ).toBe(`<x>${text}&amp;1234567`);
  });

  it('starts again empty after reset, keeping its buffer', () => {
    const out = new ByteWriter();
    out.ascii('old');
    out.reset();
    out.ascii('new');
    expect(new TextDecoder().decode(out.view())).toBe('new');
    expect(new TextDecoder().decode(out.view())).toBe('new');
  });
});

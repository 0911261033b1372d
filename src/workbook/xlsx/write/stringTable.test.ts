import { ByteWriter } from './byteWriter';
import { StringTable } from './stringTable';

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('StringTable', () => {
  it('writes its items as bytes exactly as the items as text read, on random texts', () => {
    const pieces = ['a', 'Budi', ' ', '  ', '\n', '\t', '&', '<', '>', '"', "'", '\u0007', '\u007f', 'é', '—', '\u00a0', '~', '\u3000'];
    let seed = 4242;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const table = new StringTable();
    for (let k = 0; k < 3000; k++) {
      let item = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) item += pieces[Math.floor(random() * pieces.length)] ?? '';
      table.add(item);
    }
    // Room for a few items only: the buffer grows as it goes.
    const out = new ByteWriter(16);
    table.writeItems(out);
    expect(text(out.view())).toBe(table.items().join(''));
  });

  it('counts every use, a repeated one counted by its caller too', () => {
    const table = new StringTable();
    expect(table.add('satu')).toBe(0);
    expect(table.add('dua')).toBe(1);
    expect(table.add('satu')).toBe(0);
    table.countUse();
    expect(table.size).toBe(2);
    expect(table.xml()).toContain('count="4" uniqueCount="2"');
  });

  it('bounds the bytes of its items for plain texts', () => {
    const table = new StringTable();
    ['Kepala Seksi', 'Analis Kebijakan Ahli Muda', 'é — ünïcode'].forEach((item) => table.add(item));
    const out = new ByteWriter(16);
    table.writeItems(out);
    expect(out.length).toBeLessThanOrEqual(table.itemsBound());
  });
});

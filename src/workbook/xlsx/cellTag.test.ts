import { columnOf, readCell, type CellAttributes } from './cellTag';
import { attribute, TagAttributes } from './tagAttributes';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  ' r="B7"',
  " r='AB12'",
  ' r="&#65;C3"',
  ' r="7"',
  ' r=""',
  ' t="s"',
  ' t="inlineStr"',
  " t='b'",
  ' s="3"',
  ' s="012"',
  ' s="-1"',
  ' s="1e1"',
  ' s=""',
  ' s="x"',
  ' s="&#52;2"',
  ' s="12345678901"',
  ' rr="Z9"',
  ' x:r="C1"',
  ' ts="n"',
  ' r = "D4"',
  '\n\ts="5"',
  ' bad',
  ' r=unquoted',
  ' s="7',
];

/** What the cell tag says, read the straightforward way: each attribute looked up on its own. */
function expected(tag: string, previousColumn: number): CellAttributes {
  const reference = attribute(tag, 'r');
  const style = attribute(tag, 's');
  return {
    column: reference === undefined ? previousColumn + 1 : columnOf(reference),
    type: attribute(tag, 't') ?? 'n',
    style: style === undefined ? 0 : Number(style),
  };
}

describe("a cell tag's attributes read in one pass", () => {
  it('reads what looking up r, t and s one by one reads, on random tags', () => {
    const next = random(7);
    const attributes = new TagAttributes();
    for (let round = 0; round < 3000; round++) {
      let tag = 'c';
      const count = Math.floor(next() * 5);
      for (let i = 0; i < count; i++) tag += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      // The tag sits inside other text, as it does in the scanner's chunk.
      const text = `<row><${tag}><v>1</v>`;
      attributes.reset(text, text.indexOf('<c') + 2, text.indexOf('<c') + 1 + tag.length);
      const cell: CellAttributes = { column: -5, type: '?', style: -5 };
      readCell(attributes, cell, 4);
      expect(cell).toEqual(expected(tag, 4));
    }
  });

  it('finds the same attributes and end while scanning a start tag as when reading it lazily', () => {
    const next = random(11);
    const scanned = new TagAttributes();
    const lazy = new TagAttributes();
    const all = (attributes: TagAttributes) => {
      const found: string[] = [];
      attributes.rewind();
      while (attributes.next()) found.push(`${attributes.text.slice(attributes.keyStart, attributes.keyEnd)}=${attributes.value()}`);
      return found;
    };
    for (let round = 0; round < 3000; round++) {
      let tag = 'c';
      const count = Math.floor(next() * 6);
      for (let i = 0; i < count; i++) tag += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      const close = next() < 0.5 ? '/>' : '>';
      const text = `<${tag}${close}<v>1</v>`;
      const end = scanned.scan(text, 2);
      if (end < 0) continue; // not a plain tag: read the general way
      expect(end).toBe(text.indexOf(close) + close.length - 1);
      expect(scanned.selfClosing).toBe(close === '/>');
      lazy.reset(text, 2, end - (scanned.selfClosing ? 1 : 0));
      expect(all(scanned)).toEqual(all(lazy));
    }
  });

  it('reads an attribute in place, without running past the tag', () => {
    const text = '<c r="A1" s="2><v t="s"/>';
    const attributes = new TagAttributes();
    attributes.reset(text, 2, text.indexOf('>'));
    expect(attributes.get('r')).toBe('A1');
    expect(attributes.get('s')).toBeUndefined(); // its closing quote is past the tag's end
    expect(attributes.get('t')).toBeUndefined();
  });
});

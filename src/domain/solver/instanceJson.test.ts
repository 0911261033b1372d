import { solveInstanceText } from './instanceJson';
import { parseInstanceText } from './parseInstanceText';

const lastJson = (lines: string[]): Record<string, unknown> => JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;

describe('parseInstanceText', () => {
  it('reads edges, capacities, constraints and a hint, ignoring unknown keys', () => {
    const text = `{ "note": {"a": [1, "x\\"y"]}, "rows": 2, "cols": 2, "capacity": [1, 1],
      "edges": [ [0, 0, 5], [0,1,-6], [1, 1, 2.0e0] ],
      "constraints": [{"edges": [1], "limit": 0}], "hint": [0, 1] }`;
    const parsed = parseInstanceText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Array.from(parsed.value.edgeRow)).toEqual([0, 0, 1]);
    expect(Array.from(parsed.value.edgeCol)).toEqual([0, 1, 1]);
    expect(Array.from(parsed.value.edgeWeight)).toEqual([5, -6, 2]);
    expect(Array.from(parsed.value.constraints[0]?.coef ?? [])).toEqual([1]);
    expect(Array.from(parsed.value.hint ?? [])).toEqual([0, 1]);
  });

  it('matches JSON.parse on a larger generated file', () => {
    const edges: number[][] = [];
    for (let i = 0; i < 2000; i++) for (let k = 0; k < 5; k++) edges.push([i, (i * 7 + k * 13) % 300, ((i * 31 + k) % 2001) - 1000]);
    const text = JSON.stringify({ rows: 2000, cols: 300, capacity: Array(300).fill(10), edges });
    const parsed = parseInstanceText(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(Array.from(parsed.value.edgeWeight)).toEqual(edges.map((e) => e[2]));
    expect(Array.from(parsed.value.edgeCol)).toEqual(edges.map((e) => e[1]));
  });

  it.each([
    ['not JSON at all', 'hello', /^malformed JSON/],
    ['truncated', '{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 0, 1]', /^malformed JSON/],
    ['trailing text', '{"rows": 1, "cols": 1, "capacity": [1], "edges": []} x', /^malformed JSON/],
    ['missing edges', '{"rows": 1, "cols": 1, "capacity": [1]}', /missing "edges"/],
    ['edge with two numbers', '{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 0]]}', /invalid instance/],
    ['string rows', '{"rows": "1", "cols": 1, "capacity": [1], "edges": []}', /"rows" and "cols" must be numbers/],
    [
      'bad coefficient',
      '{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0,0,1]], "constraints": [{"edges": [0], "coef": [2], "limit": 0}]}',
      /coef/,
    ],
    ['duplicate key', '{"rows": 1, "rows": 1, "cols": 1, "capacity": [1], "edges": []}', /duplicate key/],
  ])('rejects %s', (_name, text, message) => {
    const parsed = parseInstanceText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('solveInstanceText', () => {
  it('solves and ends with the JSON line (exit 0)', () => {
    const out = solveInstanceText('{"rows": 2, "cols": 2, "capacity": [1, 1], "edges": [[0, 0, 5], [0, 1, 6], [1, 1, 1], [1, 0, 9]]}');
    expect(out.exitCode).toBe(0);
    expect(lastJson(out.lines)).toEqual({
      feasible: true,
      status: 'optimal',
      objective: 15,
      bound: 15,
      gap: 0,
      exact: true,
      assignment: [1, 0],
    });
  });

  it('exits 1 with "feasible": false when no assignment exists', () => {
    const out = solveInstanceText('{"rows": 2, "cols": 1, "capacity": [1], "edges": [[0, 0, 5], [1, 0, 6]]}');
    expect(out.exitCode).toBe(1);
    expect(lastJson(out.lines)).toMatchObject({ feasible: false, objective: null, assignment: null, bound: null });
  });

  it('exits 2 with a plain message on malformed input', () => {
    for (const text of [
      '{',
      '{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 3, 1]]}',
      '{"rows": 1, "cols": 1, "capacity": [1, 2], "edges": []}',
    ]) {
      const out = solveInstanceText(text);
      expect(out.exitCode).toBe(2);
      expect(out.lines.length).toBeGreaterThan(0);
      expect(() => JSON.parse(out.lines.at(-1) ?? '')).toThrow();
    }
    expect(solveInstanceText('{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 0, 1], [0, 0, 2]]}').lines[0]).toMatch(
      /already has an edge/,
    );
    expect(solveInstanceText('{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 0, 1.5]]}').lines[0]).toMatch(/weight 1.5/);
  });

  it('honours side constraints and reports the bound', () => {
    // Both rows want to move (edges 1 and 3); at most one move is allowed.
    const text = JSON.stringify({
      rows: 2,
      cols: 3,
      capacity: [1, 1, 1],
      edges: [
        [0, 0, 1],
        [0, 2, 10],
        [1, 1, 1],
        [1, 2, 8],
      ],
      constraints: [{ edges: [1, 3], coef: [1, 1], limit: 0 }],
    });
    const out = solveInstanceText(text);
    expect(out.exitCode).toBe(0);
    expect(lastJson(out.lines)).toMatchObject({ feasible: true, objective: 2, assignment: [0, 1], bound: 2, exact: true });
    const one = solveInstanceText(text.replace('"limit":0', '"limit":1'));
    expect(lastJson(one.lines)).toMatchObject({ feasible: true, objective: 11, assignment: [2, 1], exact: true });
  });

  it('rejects constraints naming edges that do not exist', () => {
    const out = solveInstanceText(
      '{"rows": 1, "cols": 1, "capacity": [1], "edges": [[0, 0, 1]], "constraints": [{"edges": [4], "limit": 0}]}',
    );
    expect(out.exitCode).toBe(2);
    expect(out.lines[0]).toMatch(/constraint 0 names edge 4/);
  });
});

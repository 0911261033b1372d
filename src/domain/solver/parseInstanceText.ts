/**
 * Reads an assignment instance from JSON text:
 * `{"rows": n, "cols": m, "capacity": [...], "edges": [[i, j, w], ...],
 *   "constraints": [{"edges": [k, ...], "coef": [±1, ...], "limit": L}], "hint": [...]}`.
 * `constraints` (edge numbers index the `edges` array; `coef` defaults to +1) and `hint` (a
 * known feasible column per row) are optional; other keys are ignored.
 *
 * The fast path scans the text once, writing numbers straight into typed arrays: a file of
 * 20,000 rows × 30 edges never becomes 600,000 little arrays. Any surprise falls back to
 * `JSON.parse` for an exact syntax message.
 */

export interface RawConstraint {
  readonly edges: Int32Array;
  readonly coef: Int8Array;
  readonly limit: number;
}

export interface ParsedInstance {
  readonly rows: number;
  readonly cols: number;
  readonly capacity: Float64Array;
  readonly edgeRow: Float64Array;
  readonly edgeCol: Float64Array;
  readonly edgeWeight: Float64Array;
  readonly constraints: readonly RawConstraint[];
  readonly hint: Float64Array | null;
}

export type ParseOutcome = { readonly ok: true; readonly value: ParsedInstance } | { readonly ok: false; readonly message: string };

class ScanError extends Error {}

/** A growable Float64Array. */
class NumberList {
  private data: Float64Array;
  length = 0;
  constructor(initial: number) {
    this.data = new Float64Array(Math.max(16, initial));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new ScanError(`${what} at offset ${this.pos}`);
  }

  ws(): number {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
    return c;
  }

  expect(code: number): void {
    if (this.ws() !== code) this.fail(`expected '${String.fromCharCode(code)}'`);
    this.pos++;
  }

  /** A JSON number; integers are read digit by digit, anything else via Number(). */
  number(): number {
    const t = this.text;
    const begin = this.pos;
    let c = t.charCodeAt(this.pos);
    const negative = c === 45;
    if (negative) c = t.charCodeAt(++this.pos);
    if (c < 48 || c > 57) this.fail('expected a number');
    let value = 0;
    let digits = 0;
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      c = t.charCodeAt(++this.pos);
    }
    if (c === 46 || c === 101 || c === 69 || digits > 15) {
      while (c === 46 || c === 101 || c === 69 || c === 43 || c === 45 || (c >= 48 && c <= 57)) c = t.charCodeAt(++this.pos);
      const parsed = Number(t.slice(begin, this.pos));
      if (Number.isNaN(parsed)) this.fail('malformed number');
      return parsed;
    }
    return negative ? -value : value;
  }

  string(): string {
    if (this.ws() !== 34) this.fail('expected a string');
    const t = this.text;
    const begin = this.pos;
    let c = t.charCodeAt(++this.pos);
    let escaped = false;
    while (c !== 34) {
      if (Number.isNaN(c)) this.fail('unterminated string');
      if (c === 92) {
        escaped = true;
        this.pos++;
      }
      c = t.charCodeAt(++this.pos);
    }
    this.pos++;
    return escaped ? (JSON.parse(t.slice(begin, this.pos)) as string) : t.slice(begin + 1, this.pos - 1);
  }

  /** Any JSON value, parsed by JSON.parse over its extent. */
  value(): unknown {
    this.ws();
    const begin = this.pos;
    this.skip();
    try {
      return JSON.parse(this.text.slice(begin, this.pos));
    } catch {
      this.pos = begin;
      return this.fail('malformed value');
    }
  }

  private skip(): void {
    const c = this.ws();
    if (c === 34) return void this.string();
    if (c === 91 || c === 123) {
      const close = c === 91 ? 93 : 125;
      this.pos++;
      if (this.ws() === close) return void this.pos++;
      for (;;) {
        if (c === 123) {
          this.string();
          this.expect(58);
        }
        this.skip();
        const d = this.ws();
        this.pos++;
        if (d === close) return;
        if (d !== 44) this.fail("expected ',' or a closing bracket");
      }
    }
    const t = this.text;
    while (this.pos < t.length && !/[\s,\]}]/.test(t[this.pos] as string)) this.pos++;
  }

  /** `[n, n, ...]` into `out`. */
  numberArray(out: NumberList): void {
    this.expect(91);
    if (this.ws() === 93) return void this.pos++;
    for (;;) {
      this.ws();
      out.push(this.number());
      const d = this.ws();
      this.pos++;
      if (d === 93) return;
      if (d !== 44) this.fail("expected ',' or ']'");
    }
  }

  /** `[[i, j, w], ...]` into three lists. */
  edgeArray(rows: NumberList, cols: NumberList, weights: NumberList): void {
    this.expect(91);
    if (this.ws() === 93) return void this.pos++;
    for (;;) {
      this.expect(91);
      this.ws();
      rows.push(this.number());
      this.expect(44);
      this.ws();
      cols.push(this.number());
      this.expect(44);
      this.ws();
      weights.push(this.number());
      this.expect(93);
      const d = this.ws();
      this.pos++;
      if (d === 93) return;
      if (d !== 44) this.fail("each edge must be [row, column, weight]; expected ',' or ']'");
    }
  }

  end(): void {
    this.ws();
    if (this.pos < this.text.length) this.fail('unexpected text after the instance');
  }
}

function toConstraints(raw: unknown): RawConstraint[] {
  if (!Array.isArray(raw)) throw new ScanError('"constraints" must be an array');
  return raw.map((c: unknown, k) => {
    if (typeof c !== 'object' || c === null) throw new ScanError(`constraint ${k} must be an object`);
    const { edges, coef, limit } = c as { edges?: unknown; coef?: unknown; limit?: unknown };
    if (!Array.isArray(edges) || !edges.every((e) => Number.isInteger(e)))
      throw new ScanError(`constraint ${k}: "edges" must be an array of edge numbers`);
    if (coef !== undefined && (!Array.isArray(coef) || coef.length !== edges.length || !coef.every((a) => a === 1 || a === -1))) {
      throw new ScanError(`constraint ${k}: "coef" must list +1 or -1 for each edge`);
    }
    if (typeof limit !== 'number' || !Number.isSafeInteger(limit)) throw new ScanError(`constraint ${k}: "limit" must be an integer`);
    const coefs = Array.isArray(coef) ? Int8Array.from(coef as number[]) : new Int8Array(edges.length).fill(1);
    return { edges: Int32Array.from(edges as number[]), coef: coefs, limit };
  });
}

/**
 * Parses instance text (fast path described above). Returns a plain message on malformed
 * JSON or a missing / mistyped field; ranges are checked later by the problem builder.
 */
export function parseInstanceText(text: string): ParseOutcome {
  const s = new Scanner(text);
  const guess = Math.ceil(text.length / 14);
  const edgeRow = new NumberList(guess);
  const edgeCol = new NumberList(guess);
  const edgeWeight = new NumberList(guess);
  const capacity = new NumberList(1024);
  let hint: NumberList | null = null;
  let rows: unknown;
  let cols: unknown;
  let constraints: RawConstraint[] = [];
  const seen = new Set<string>();
  try {
    s.expect(123);
    if (s.ws() !== 125) {
      for (;;) {
        const key = s.string();
        s.expect(58);
        if (seen.has(key)) s.fail(`duplicate key "${key}"`);
        seen.add(key);
        if (key === 'edges') s.edgeArray(edgeRow, edgeCol, edgeWeight);
        else if (key === 'capacity') s.numberArray(capacity);
        else if (key === 'hint') s.numberArray((hint = new NumberList(1024)));
        else if (key === 'constraints') constraints = toConstraints(s.value());
        else if (key === 'rows') rows = s.value();
        else if (key === 'cols') cols = s.value();
        else s.value();
        const d = s.ws();
        if (d === 125) break;
        s.expect(44);
      }
    }
    s.expect(125);
    s.end();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    try {
      JSON.parse(text);
    } catch (syntax) {
      return { ok: false, message: `malformed JSON: ${(syntax as Error).message}` };
    }
    return { ok: false, message: `invalid instance: ${error.message}` };
  }
  for (const key of ['rows', 'cols', 'capacity', 'edges'])
    if (!seen.has(key)) return { ok: false, message: `invalid instance: missing "${key}"` };
  if (typeof rows !== 'number' || typeof cols !== 'number')
    return { ok: false, message: 'invalid instance: "rows" and "cols" must be numbers' };
  return {
    ok: true,
    value: {
      rows,
      cols,
      capacity: capacity.toArray(),
      edgeRow: edgeRow.toArray(),
      edgeCol: edgeCol.toArray(),
      edgeWeight: edgeWeight.toArray(),
      constraints,
      hint: hint ? (hint as NumberList).toArray() : null,
    },
  };
}

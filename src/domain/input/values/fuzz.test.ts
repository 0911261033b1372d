/**
 * Random cells thrown at every parser (the input layer never throws), plus
 * round trips of generated valid values. Seeded, so a failure is reproducible.
 */
import { createRng } from '../../../sample/random';
import { catalogs } from '../../../i18n';
import type { CellValue } from '../../model/cell';
import { dayFromYmd, formatDayEn, formatDayId, isoFromDay, ymdFromDay } from '../../model/dates';
import { GOLONGAN, JENJANG, PANGKAT } from '../../model/types';
import { MAX_YEAR, MIN_YEAR, parseDate } from './date';
import { serialFromDay } from './excelSerial';
import { parseGolongan } from './golongan';
import { parseHukdis } from './hukdis';
import { parseJenisJabatan } from './jenisJabatan';
import { parseList } from './list';
import { parseNip } from './nip';
import { parseInteger, parseNumber } from './number';
import { parsePendidikan } from './pendidikan';
import { parsePotensi } from './potensi';
import { parsePredikat } from './predikat';
import { parsePrioritas } from './prioritas';
import { VALUE_CODES, type ValueResult } from './result';
import { parseStatus } from './status';
import { parseText } from './text';
import { parseYesNo } from './yesNo';

/** A seeded uniform [0, 1) source (the project's own generator). */
function generator(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

const random = generator(20240601);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

const FRAGMENTS = [
  'Januari',
  'Agt',
  'Des',
  'May',
  '12',
  '2020',
  '1980',
  '05',
  '/',
  '-',
  '.',
  ',',
  ';',
  ' ',
  '\n',
  '\u00A0',
  '\u200B',
  'III',
  'IV',
  'a',
  'e',
  'Tk.',
  'Tingkat',
  'I',
  'Penata',
  'Muda',
  'Pembina',
  'Utama',
  '(',
  ')',
  'S1',
  'D-III',
  'Sarjana',
  'Terapan',
  'SMA',
  'Ya',
  'Tidak',
  'E+17',
  '#N/A',
  '%',
  'Sangat',
  'Baik',
  'Tinggi',
  '0',
  '1',
  '2',
  '9',
  '19800512',
  '200501',
  '\u2212',
  "'",
  'T',
  ':',
  '00',
  'é',
  'ß',
  'Σ',
  '\u0301',
  '\uD83D\uDE00',
  '\uD800',
  '\u2713',
];
const CHARS = '0123456789/-.,;:%\'"()[]#+eE aAiIvVxXtTsSdD\t\n\u00A0\u2013\u2212';

function randomString(): string {
  let s = '';
  const parts = int(8);
  for (let i = 0; i < parts; i += 1) s += random() < 0.6 ? pick(FRAGMENTS) : pick([...CHARS]);
  return s;
}

const SPECIAL_NUMBERS = [
  0,
  -0,
  1,
  59,
  60,
  61,
  -1,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e21,
  1e-7,
  Number('198005122005011003'),
  73415,
  73416,
];

function randomNumber(): number {
  const kind = int(4);
  if (kind === 0) return pick(SPECIAL_NUMBERS);
  if (kind === 1) return int(100_000);
  if (kind === 2) return (random() - 0.5) * 10 ** int(30);
  return random() * 100;
}

function randomDate(): Date {
  const kind = int(3);
  if (kind === 0) return new Date(Number.NaN);
  if (kind === 1) return new Date((random() - 0.5) * 8.64e15);
  return new Date(Date.UTC(1900 + int(200), int(12), 1 + int(28), int(24)));
}

function randomCell(): CellValue | undefined {
  const kind = int(10);
  if (kind < 5) return randomString();
  if (kind < 7) return randomNumber();
  if (kind === 7) return randomDate();
  if (kind === 8) return random() < 0.5;
  return random() < 0.5 ? null : undefined;
}

const PARSERS: readonly (readonly [string, (raw: CellValue | undefined) => ValueResult<unknown>])[] = [
  ['parseNip', parseNip],
  ['parseDate 1900', (raw) => parseDate(raw, { date1904: false })],
  ['parseDate 1904', (raw) => parseDate(raw, { date1904: true })],
  ['parseGolongan', parseGolongan],
  ['parsePendidikan', parsePendidikan],
  ['parseYesNo', parseYesNo],
  ['parseList', parseList],
  ['parseNumber', parseNumber],
  ['parseInteger', parseInteger],
  ['parseText', parseText],
  ['parsePredikat', parsePredikat],
  ['parsePotensi', parsePotensi],
  ['parseHukdis', parseHukdis],
  ['parseJenisJabatan', parseJenisJabatan],
  ['parsePrioritas', parsePrioritas],
  ['parseStatus', parseStatus],
];

const placeholders = (message: string | undefined): string[] => [...(message ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/** Returns a description of what is wrong with a result, or null when it is well formed. */
function problemWith(result: ValueResult<unknown>): string | null {
  if (result.ok) return 'value' in result ? null : 'ok result without value';
  if (!(VALUE_CODES as readonly string[]).includes(result.code)) return `unknown code ${result.code}`;
  for (const lang of ['id', 'en'] as const) {
    const message = (catalogs[lang].values as Record<string, string>)[result.code];
    for (const name of placeholders(message)) {
      const param = result.params[name];
      if (typeof param !== 'string' && typeof param !== 'number') return `${result.code} lacks param {${name}} for ${lang}`;
    }
  }
  return null;
}

describe('every parser on random cells', () => {
  const cells = Array.from({ length: 3000 }, randomCell);

  it.each(PARSERS)('%s never throws and always returns a well-formed result', (_name, parse) => {
    for (const cell of cells) {
      let result: ValueResult<unknown> | undefined;
      expect(() => {
        result = parse(cell);
      }).not.toThrow();
      const problem = result === undefined ? 'no result' : problemWith(result);
      if (problem !== null) throw new Error(`${problem} for input ${JSON.stringify(String(cell))}`);
    }
  });

  it.each(PARSERS)('%s gives the same answer twice', (_name, parse) => {
    for (const cell of cells.slice(0, 500)) expect(parse(cell)).toEqual(parse(cell));
  });

  it('only ever returns values of the promised types', () => {
    for (const cell of cells) {
      const nip = parseNip(cell);
      if (nip.ok && nip.value !== null) expect(nip.value.nip).toMatch(/^\d{18}$/);
      const date = parseDate(cell, { date1904: false });
      if (date.ok && date.value !== null) {
        expect(Number.isInteger(date.value)).toBe(true);
        expect(ymdFromDay(date.value).year).toBeGreaterThanOrEqual(MIN_YEAR);
        expect(ymdFromDay(date.value).year).toBeLessThanOrEqual(MAX_YEAR);
      }
      const golongan = parseGolongan(cell);
      if (golongan.ok && golongan.value !== null) expect(GOLONGAN).toContain(golongan.value);
      const jenjang = parsePendidikan(cell);
      if (jenjang.ok && jenjang.value !== null) expect(JENJANG).toContain(jenjang.value);
      const integer = parseInteger(cell);
      if (integer.ok && integer.value !== null) expect(Number.isInteger(integer.value)).toBe(true);
      const number = parseNumber(cell);
      if (number.ok && number.value !== null) expect(Number.isFinite(number.value)).toBe(true);
      const list = parseList(cell);
      if (list.ok && list.value !== null) expect(list.value.length).toBeGreaterThan(0);
    }
  });
});

describe('round trips of generated valid values', () => {
  const first = dayFromYmd(MIN_YEAR, 1, 1) ?? 0;
  const last = dayFromYmd(MAX_YEAR, 12, 31) ?? 0;
  const days = Array.from({ length: 2000 }, () => first + int(last - first + 1));

  it('reads back every date written as ISO, Indonesian, English, dd/mm/yyyy and serial', () => {
    for (const day of days) {
      const { year, month, day: d } = ymdFromDay(day);
      const texts = [
        isoFromDay(day),
        formatDayId(day),
        formatDayEn(day),
        `${d}/${month}/${year}`,
        `${String(d).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`,
      ];
      for (const text of texts) expect({ text, r: parseDate(text, { date1904: false }) }).toEqual({ text, r: { ok: true, value: day } });
      if (day >= dayFromYmd(1900, 3, 1)!)
        expect(parseDate(serialFromDay(day, false), { date1904: false })).toEqual({ ok: true, value: day });
      if (year >= 1904) expect(parseDate(serialFromDay(day, true), { date1904: true })).toEqual({ ok: true, value: day });
    }
  });

  it('reads back every NIP built from a valid birth date, appointment and gender', () => {
    for (const birth of days.slice(0, 500)) {
      const { year, month, day } = ymdFromDay(birth);
      if (year > 2080) continue;
      const appointedYear = year + 18 + int(20);
      const appointedMonth = 1 + int(12);
      const gender = 1 + int(2);
      const nip = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${appointedYear}${String(appointedMonth).padStart(2, '0')}${gender}${String(int(1000)).padStart(3, '0')}`;
      expect(parseNip(nip)).toMatchObject({
        ok: true,
        value: {
          nip,
          birthDate: birth,
          gender: gender === 1 ? 'L' : 'P',
          kind: 'PNS',
          appointed: { year: appointedYear, month: appointedMonth },
        },
      });
    }
  });

  it('reads back every golongan written as code, pangkat, or both', () => {
    for (const g of GOLONGAN) {
      for (const text of [
        g,
        g.replace('/', '-'),
        g.replace('/', ''),
        `${PANGKAT[g]} (${g})`,
        `${PANGKAT[g]}, ${g}`,
        PANGKAT[g].toUpperCase(),
      ]) {
        expect({ text, r: parseGolongan(text) }).toEqual({ text, r: { ok: true, value: g } });
      }
    }
  });
});

/**
 * The value parsers of the input layer: each reads one raw cell into a typed value, a
 * blank (null), or a failure code with message parameters (messages in the `values` i18n
 * namespace, key = code).
 */
export { VALUE_CODES, type ValueCode, type ValueParams, type ValueResult } from './result';
export { readCell, type CellInput } from './cellInput';
export { collapseSpaces, normalizeKey } from '../../model/normalize';
export { plainNumberText } from './numberText';
export { dayFromSerial, serialFromDay } from './excelSerial';
export { monthFromName } from './monthNames';
export { parseNip, type NipInfo } from './nip';
export { parseDate, MIN_YEAR, MAX_YEAR, type DateOptions } from './date';
export { parseGolongan, golonganIndex, golonganGroup, type GolonganGroup } from './golongan';
export { parsePendidikan, jenjangRank } from './pendidikan';
export { parseYesNo } from './yesNo';
export { parseList } from './list';
export { parseNumber, parseInteger } from './number';
export { parseText } from './text';
export { parsePredikat } from './predikat';
export { parsePotensi } from './potensi';
export { parseHukdis } from './hukdis';
export { parseJenisJabatan } from './jenisJabatan';
export { parsePrioritas } from './prioritas';
export { parseStatus } from './status';
export { vocabularyParser, type Vocabulary } from './enumeration';

/**
 * The synthetic Kota Tebing Tinggi sample: the generator and the planted cases tests and
 * demos look for.
 */
export { generateSample, MIN_EMPLOYEES_FOR_PLANTED, SAMPLE_REFERENCE_DATE, type Sample, type SampleOptions } from './generateSample';
export { PLANTED } from './planted';
export { KECAMATAN, PUSKESMAS } from './cityWilayah';
export { UNIT } from './cityAgencies';

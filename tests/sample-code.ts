/**
 * The result code of SAMPLE_ANSWERS (tests/quiz.ts), written out by hand so that tests which
 * expect it never compute it with the encoder they check.
 */
export const SAMPLE_CODE = '2-f39pqof39pqoab';

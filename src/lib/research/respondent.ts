/**
 * The research cookie: a random respondent id, set only once someone has added their answers,
 * so that a retake months later can be paired with the first time. A year is long enough for that.
 */
export const RESPONDENT_COOKIE = 'research_respondent';
export const RESPONDENT_KEEP_DAYS = 365;

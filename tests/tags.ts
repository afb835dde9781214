/**
 * Which project runs a test (see playwright.config.ts). By default a test runs in both, with and
 * without JavaScript. A test tagged ONCE checks only what a page shows (its words, layout, contrast,
 * links): with JavaScript, a page holds everything the same page holds without it, plus the
 * enhancement's buttons, so it runs once, with JavaScript. What a person does (answer, go back,
 * change, share, compare, remove) runs in both, and so does the result explanation, and the
 * comparisons the issues ask to see both ways.
 */
export const ONCE_TAG = '@once';
export const ONCE = { tag: ONCE_TAG };

/** Tests about the pages without JavaScript alone: the JS-on project leaves them out. */
export const WITHOUT_JS_TAG = '@without-js';

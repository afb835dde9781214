/**
 * The languages the site is written in. English, the first, is the default. Each one is this
 * tag plus its folder, src/lib/content/<tag>/, whose text covers the same `Content` type
 * (src/lib/content/types.ts), key for key.
 *
 * Plain JavaScript with JSDoc types, so that svelte.config.js can list each language's
 * prerendered pages from this same list; TypeScript reads the types as if it were a .ts file.
 */
export const LOCALES = /** @type {const} */ (['en', 'de', 'es', 'fr', 'pt-BR']);

/** @typedef {(typeof LOCALES)[number]} Locale */

/** @type {Locale} */
export const DEFAULT_LOCALE = 'en';

/**
 * The cookie that remembers a language chosen with the language switcher, and for how many days
 * (src/lib/server/locale.ts sets it; the methodology page states both).
 */
export const LANGUAGE_COOKIE = 'language';
export const LANGUAGE_KEEP_DAYS = 365;

/**
 * Pages built once per language at build time (their routes set `prerender = true`), at
 * /en/…, /de/… and so on. Their language-free address is not built: a static file could not
 * pick the reader's language, so the server redirects it to the right one.
 */
export const PRERENDERED_PAGES = ['/how-it-works'];

/**
 * The first path segment that names a language: `/de`, `/pt-br`. Lower case, as addresses are.
 * @param {Locale} locale
 */
export function localePrefix(locale) {
	return `/${locale.toLowerCase()}`;
}

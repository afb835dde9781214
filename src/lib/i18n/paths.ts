import { LOCALES, localePrefix, type Locale } from './locales';

/** `de` → 'de', `pt-br` → 'pt-BR': the first path segment of each language's addresses. */
const BY_SEGMENT: ReadonlyMap<string, Locale> = new Map(
	LOCALES.map((locale) => [localePrefix(locale).slice(1), locale])
);

/** The language a URL prefix segment names (`pt-br` → 'pt-BR'), or null. Exact, lower case. */
export function localeFromSegment(segment: string): Locale | null {
	return BY_SEGMENT.get(segment) ?? null;
}

/** The language an address names (`/de/quiz/3` → 'de'), or null for a language-free address. */
export function localeFromPath(pathname: string): Locale | null {
	return localeFromSegment(pathname.split('/', 2)[1] ?? '');
}

/** The address without its language: `/de/quiz/3` → `/quiz/3`, `/de` → `/`. */
export function stripLocale(pathname: string): string {
	const locale = localeFromPath(pathname);
	if (!locale) return pathname;
	return pathname.slice(localePrefix(locale).length) || '/';
}

/**
 * The same address with its language prefix in its canonical spelling (`/pt-BR/quiz/1` →
 * `/pt-br/quiz/1`), or null when there is nothing to correct.
 */
export function canonicalLocalePath(pathname: string): string | null {
	const [, segment = '', ...rest] = pathname.split('/');
	const lower = segment.toLowerCase();
	if (lower === segment || !BY_SEGMENT.has(lower)) return null;
	return ['', lower, ...rest].join('/');
}

/**
 * A link to a page of this site in one language: `localizeHref('de', '/quiz/3?missing')` is
 * `/de/quiz/3?missing`, `localizeHref('de', '/')` is `/de`. With `null` it is the
 * language-free address, which the server answers in the reader's own language. Any language
 * prefix already in `href` is replaced. Passed through unchanged: relative links (`?/next`,
 * `#main`), other sites, and files (`/og/engineer.png`, `/_app/…`), which every language shares.
 */
export function localizeHref(locale: Locale | null, href: string): string {
	if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/\\')) return href;
	const end = href.search(/[?#]/);
	const path = end === -1 ? href : href.slice(0, end);
	const rest = end === -1 ? '' : href.slice(end);
	if (isFile(path)) return href;
	const bare = stripLocale(path);
	if (locale === null) return bare + rest;
	return localePrefix(locale) + (bare === '/' ? '' : bare) + rest;
}

function isFile(path: string): boolean {
	return path.startsWith('/_app/') || /\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')));
}

const PROBE = 'http://same-site.invalid';

/**
 * A path on this site, taken from untrusted input (the language switcher's `to`), or null.
 * Whatever the input, the result is never a way to another site: `//evil.example`,
 * `/\evil.example`, `https://evil.example` and paths that normalise to `//…` are refused.
 */
export function sameSitePath(input: string | null): string | null {
	if (!input || input.length > 2000 || !input.startsWith('/')) return null;
	let url: URL;
	try {
		url = new URL(input, PROBE);
	} catch {
		return null;
	}
	if (url.origin !== PROBE || url.pathname.startsWith('//')) return null;
	return url.pathname + url.search;
}

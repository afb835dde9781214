import type { Cookies, Handle } from '@sveltejs/kit';
import {
	LANGUAGE_COOKIE,
	LANGUAGE_KEEP_DAYS,
	PRERENDERED_PAGES,
	type Locale
} from '$lib/i18n/locales';
import { chooseLocale } from '$lib/i18n/negotiate';
import { canonicalLocalePath, localeFromPath, localizeHref } from '$lib/i18n/paths';
import { cookieOptions } from './cookie';

/**
 * The language a person chose with the language switcher, and only then: it decides the
 * language of language-free addresses (`/`, shared result links) on their later visits.
 */
export { LANGUAGE_COOKIE };

/** In src/app.html: `<html lang="%app.lang%">`, filled in for every rendered or prerendered page. */
const LANG_PLACEHOLDER = '%app.lang%';

/** A language-free address answers in a language read from these request headers. */
const NEGOTIATED_BY = 'Accept-Language, Cookie';

export function rememberLocale(cookies: Cookies, locale: Locale, secure: boolean): void {
	cookies.set(LANGUAGE_COOKIE, locale, cookieOptions(secure, LANGUAGE_KEEP_DAYS));
}

/**
 * Chooses each request's language and keeps the person in it.
 *
 * - `/de/…` is German (src/hooks.ts routes it to the page without the prefix). A language-free
 *   address answers in the remembered choice, else Accept-Language, else English, and says
 *   so in `Vary`.
 * - A redirect from a page under a prefix keeps that prefix, so actions and loads can redirect
 *   to `/quiz/4` and a German reader still lands on `/de/quiz/4`.
 * - Prerendered pages exist only per language; their language-free address redirects.
 */
export const handleLocale: Handle = async ({ event, resolve }) => {
	const { url, request } = event;
	const reading = request.method === 'GET' || request.method === 'HEAD';

	const canonical = canonicalLocalePath(url.pathname);
	if (canonical && reading) return redirect(308, canonical + url.search);

	const pathLocale = localeFromPath(url.pathname);
	const locale =
		pathLocale ??
		chooseLocale(event.cookies.get(LANGUAGE_COOKIE), request.headers.get('accept-language'));
	event.locals.locale = locale;

	if (!pathLocale && reading && PRERENDERED_PAGES.includes(url.pathname)) {
		const response = redirect(302, localizeHref(locale, url.pathname) + url.search);
		response.headers.set('Vary', NEGOTIATED_BY);
		return response;
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace(LANG_PLACEHOLDER, locale)
	});
	if (pathLocale) keepPrefix(response, pathLocale, url.origin);
	else response.headers.append('Vary', NEGOTIATED_BY);
	if (response.headers.get('content-type')?.startsWith('text/html'))
		response.headers.set('Content-Language', locale);
	return response;
};

function redirect(status: number, location: string): Response {
	return new Response(null, { status, headers: { Location: location } });
}

/** Rewrites a same-site redirect to a language-free path so that it stays in `locale`. */
function keepPrefix(response: Response, locale: Locale, origin: string): void {
	const location = response.headers.get('location');
	if (!location || response.status < 300 || response.status > 399) return;
	let href = location;
	if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
		const target = new URL(location);
		if (target.origin !== origin) return;
		href = target.pathname + target.search + target.hash;
	}
	// A redirect that names a language on purpose (the language switcher's) keeps it.
	if (localeFromPath(href.split(/[?#]/, 1)[0]!)) return;
	response.headers.set('Location', localizeHref(locale, href));
}

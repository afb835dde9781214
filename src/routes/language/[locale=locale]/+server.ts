import { redirect } from '@sveltejs/kit';
import { localeFromSegment, localizeHref, sameSitePath } from '$lib/i18n/paths';
import { rememberLocale } from '$lib/server/locale';
import { isHttps } from '$lib/server/transport';
import type { RequestHandler } from './$types';

/**
 * Where the language switcher's links lead: `/language/de?to=/quiz/3` remembers German for
 * the language-free addresses and goes on to `/de/quiz/3`. A plain link, so it works without
 * script. `to` must be a path on this site; anything else goes to the language's home page,
 * so the link can never send anyone to another site.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	// The route's matcher admits only our languages' prefixes.
	const locale = localeFromSegment(params.locale)!;
	rememberLocale(cookies, locale, isHttps(url));
	redirect(303, localizeHref(locale, sameSitePath(url.searchParams.get('to')) ?? '/'));
};

import type { Reroute, Transport } from '@sveltejs/kit';
import { contentFor } from '$lib/content';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { localeFromPath, stripLocale } from '$lib/i18n/paths';

/**
 * `/de/quiz/3` is the page `/quiz/3` in German: every language shares the same routes, and the
 * prefix only chooses the text (src/lib/server/locale.ts). Links and redirects keep the prefix.
 */
export const reroute: Reroute = ({ url }) =>
	localeFromPath(url.pathname) ? stripLocale(url.pathname) : undefined;

/**
 * A language's words (`page.data.t`) hold functions, which devalue cannot serialise, and SvelteKit
 * serialises server data on every render, client or not: so they travel as the language's name.
 */
export const transport: Transport = {
	Content: {
		encode: (value) => LOCALES.find((locale) => contentFor(locale) === value) ?? false,
		decode: (locale: Locale) => contentFor(locale)
	}
};

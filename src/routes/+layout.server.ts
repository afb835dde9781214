import { contentFor } from '$lib/content';
import { localeFromPath } from '$lib/i18n/paths';
import type { LayoutServerLoad } from './$types';

/**
 * What every page has (App.PageData): the language src/lib/server/locale.ts chose, and its words.
 * `pathLocale` is the language the address names (`/de/…`), or null on a language-free address;
 * links pass it to `localizeHref` so the person stays on the kind of address they are on.
 */
export const load: LayoutServerLoad = ({ locals, url }): App.PageData => ({
	locale: locals.locale,
	pathLocale: localeFromPath(url.pathname),
	t: contentFor(locals.locale)
});

import type { Reroute } from '@sveltejs/kit';
import { localeFromPath, stripLocale } from '$lib/i18n/paths';

/**
 * `/de/quiz/3` is the page `/quiz/3` in German: every language shares the same routes, and the
 * prefix only chooses the text (src/lib/server/locale.ts). Links and redirects keep the prefix.
 */
export const reroute: Reroute = ({ url }) =>
	localeFromPath(url.pathname) ? stripLocale(url.pathname) : undefined;

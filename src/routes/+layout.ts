import { contentFor } from '$lib/content';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

/**
 * Every page works as plain HTML and forms, so none needs the SvelteKit client: a question page
 * weighs a few kilobytes instead of forty. The small script in static/enhance.js adds what JS
 * can make smoother (keyboard shortcuts, copy and share buttons) and nothing a page depends on.
 */
export const csr = false;

/** The page's language and its text: every component reads its words from `page.data.t`. */
export const load: LayoutLoad = () => {
	const locale = DEFAULT_LOCALE;
	return { locale, t: contentFor(locale) };
};

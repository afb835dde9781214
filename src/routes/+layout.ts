import { dev } from '$app/environment';
import { contentFor } from '$lib/content';
import { localeFromPath } from '$lib/i18n/paths';
import type { LayoutLoad } from './$types';

/**
 * Every page works as plain HTML and forms, so none needs the SvelteKit client: a question page
 * weighs a few kilobytes instead of forty. The small script src/lib/enhance.ts adds what JS can
 * make smoother (keyboard shortcuts, copy and share buttons) and nothing a page depends on.
 * `npm run dev` loads the client all the same, for hot reloading, as SvelteKit's Sverdle does.
 */
export const csr = dev;

/**
 * The page's language and its text: every component reads its words from `page.data.t`.
 * `pathLocale` is the language the address names (`/de/…`), or null on a language-free address;
 * links pass it to `localizeHref` so the person stays on the kind of address they are on.
 */
export const load: LayoutLoad = ({ data, url }) => ({
	locale: data.locale,
	pathLocale: localeFromPath(url.pathname),
	t: contentFor(data.locale)
});

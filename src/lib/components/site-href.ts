import { page } from '$app/state';
import { localizeHref } from '$lib/i18n/paths';

/**
 * A link to one of our pages that keeps the person on the kind of address they are on: under
 * `/de/…` it leads to `/de/…`, on a language-free address to the language-free one.
 */
export function siteHref(path: string): string {
	return localizeHref(page.data.pathLocale, path);
}

import { page } from '$app/state';
import type { CompareText } from '$lib/content/compare-types';
import type { Content } from '$lib/content/types';

/** The words for downloads (and what else people do with results), in the page's language. */
export function compareText(): CompareText {
	return (page.data as { t: Content }).t.compare;
}

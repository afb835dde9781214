import { page } from '$app/state';
import type { ResearchText } from '$lib/content/research-types';
import type { Content } from '$lib/content/types';

/** The words for the research data, in the page's language. */
export function researchText(): ResearchText {
	return (page.data as { t: Content }).t.research;
}

import { page } from '$app/state';
import type { HistoryText } from '$lib/content/history-types';
import type { Content } from '$lib/content/types';

/** The words for the person's earlier results, in the page's language. */
export function historyText(): HistoryText {
	return (page.data as { t: Content }).t.history;
}

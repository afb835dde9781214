import type { Cookies } from '@sveltejs/kit';
import { completeAnswers, type Saved } from '$lib/quiz/progress';
import { encodeShareCode } from '$lib/quiz/share-code';
import {
	dayOf,
	decodeHistory,
	encodeHistory,
	HISTORY_COOKIE,
	HISTORY_KEEP_DAYS,
	recordResult,
	type HistoryEntry
} from '$lib/results/history';
import { cookieOptions } from './cookie';

/**
 * The person's own earlier results live in their browser, in one cookie, so the list works
 * without JavaScript and the server keeps nothing.
 */

export function readHistory(cookies: Cookies): HistoryEntry[] {
	return decodeHistory(cookies.get(HISTORY_COOKIE));
}

/** An empty list deletes the cookie, so “Forget all” leaves nothing behind. */
export function writeHistory(cookies: Cookies, entries: readonly HistoryEntry[], secure: boolean) {
	if (entries.length === 0) {
		cookies.delete(HISTORY_COOKIE, cookieOptions(secure));
		return;
	}
	cookies.set(HISTORY_COOKIE, encodeHistory(entries), cookieOptions(secure, HISTORY_KEEP_DAYS));
}

/**
 * Called only where a person finishes the quiz themselves (the step that completes it), never
 * where a result is opened, so a link someone shared never joins the visitor's history. When the
 * answers were already complete before this step, an answer of a finished result was changed:
 * the revised result takes that one's place.
 * The day is the server's, in UTC.
 */
export function recordFinished(
	cookies: Cookies,
	before: Saved,
	after: Saved,
	secure: boolean,
	now = new Date()
): void {
	const answers = completeAnswers(after.progress);
	if (!answers) return;
	const earlier = completeAnswers(before.progress);
	const code = encodeShareCode(answers, after.bank);
	const revised = earlier && encodeShareCode(earlier, before.bank);
	// Stepping through a finished quiz without changing anything makes no new result.
	if (code === revised) return;
	writeHistory(cookies, recordResult(readHistory(cookies), code, dayOf(now), revised), secure);
}

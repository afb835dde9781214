import type { ShareCodeError } from '$lib/quiz/share-code';
import type { HistoryNotice } from '$lib/results/history';

/**
 * Text for “Your earlier results”: the person's own results, kept in their browser, listed on
 * the landing and result pages, and what changed since the previous one. Dates arrive as
 * `YYYY-MM-DD`; names of bands and dimensions arrive already in this language.
 */
export interface HistoryText {
	heading: string;
	/** Under the heading: exactly what is kept, where, and how to delete it. */
	intro: (limit: number) => string;
	/** A day, `YYYY-MM-DD`, written out in this language (“3 March 2026”). */
	date: (isoDay: string) => string;
	/** A listed result's link text: its day, closest description and overall score. */
	entry: (date: string, band: string, score: number) => string;
	/** The same for a result without an overall position (too few dimensions answered). */
	entryWithoutOverall: (date: string) => string;
	/** An entry whose code cannot be read any more, and why. */
	unreadable: (date: string, reason: ShareCodeError) => string;
	/** Marks the entry of the result the page shows; `entry` is its line as above. */
	thisResult: (entry: string) => string;
	/** A remove button's visible text. */
	remove: string;
	/** Its accessible name: starts with, or holds, the visible text, and names the day. */
	removeLabel: (date: string) => string;
	forgetAll: string;
	/** Back on the page after “Remove” or “Forget all”: what was done; `left` entries remain. */
	notice: (done: HistoryNotice, left: number) => string;
	/**
	 * What changed since the previous result. `overall` holds each side's score or null where it
	 * had none; `biggest` is the dimension that moved most among those scored both times (delta 0:
	 * none moved), null when none was scored both times.
	 */
	changeSince: (change: {
		date: string;
		overall: { from: number | null; to: number | null };
		biggest: { dimension: string; delta: number } | null;
	}) => string;
	/** The link to both results side by side. */
	compareLink: string;
	/** The methodology page's paragraph on the cookie: exactly what it holds and for how long. */
	privacy: (cookie: string, limit: number, keepDays: number) => string;
}

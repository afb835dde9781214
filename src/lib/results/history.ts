/**
 * The person's own earlier results, kept in their browser (one cookie) so the landing and result
 * pages can list them without JavaScript and nothing is stored on the server. Each entry is a
 * share code and the day it was made; the code already holds the answers, so the cookie holds
 * nothing a result link does not.
 */

export interface HistoryEntry {
	/** A share code as the result page uses it. Checked again when the entry is shown. */
	code: string;
	/** The day the result was made, as `YYYY-MM-DD` (UTC). */
	date: string;
}

/** Enough to see a trend; few enough that the cookie stays well under a kilobyte. */
export const HISTORY_LIMIT = 10;

/** The cookie's name and lifetime, here so the privacy text states what the server sets. */
export const HISTORY_COOKIE = 'results_history';
/** Long enough to look back on a year of retakes. */
export const HISTORY_KEEP_DAYS = 365;
/** The id of the list on a page, so a page reloaded after a removal opens at the list. */
export const HISTORY_ANCHOR = 'earlier-results';

/**
 * After “Remove” or “Forget all”, the page comes back with `?history=removed` or `=forgotten`,
 * and the list says what was done, in place, even when nothing is left in it.
 */
export const HISTORY_NOTICE_PARAM = 'history';
const NOTICES = ['removed', 'forgotten'] as const;
export type HistoryNotice = (typeof NOTICES)[number];

export function historyNoticeOf(query: URLSearchParams): HistoryNotice | null {
	const value = query.get(HISTORY_NOTICE_PARAM);
	return NOTICES.find((notice) => notice === value) ?? null;
}

const ENTRY_SEPARATOR = '.';
const FIELD_SEPARATOR = '_';
const CODE_PATTERN = /^[0-9a-z]{1,3}-[0-9a-z]{1,44}$/;
const DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})$/;

/** `code_YYYYMMDD.code_YYYYMMDD…`, newest first: only characters a cookie value may hold. */
export function encodeHistory(entries: readonly HistoryEntry[]): string {
	return entries
		.slice(0, HISTORY_LIMIT)
		.map((entry) => `${entry.code}${FIELD_SEPARATOR}${entry.date.replaceAll('-', '')}`)
		.join(ENTRY_SEPARATOR);
}

/** Anything unreadable is dropped entry by entry, never trusted and never an error. */
export function decodeHistory(raw: string | undefined): HistoryEntry[] {
	if (!raw || raw.length > 1024) return [];
	const entries: HistoryEntry[] = [];
	for (const part of raw.split(ENTRY_SEPARATOR)) {
		const [code, day, ...rest] = part.split(FIELD_SEPARATOR);
		if (rest.length > 0 || !code || !day || !CODE_PATTERN.test(code)) continue;
		const date = parseDay(day);
		if (!date || entries.some((entry) => entry.code === code)) continue;
		entries.push({ code, date });
		if (entries.length === HISTORY_LIMIT) break;
	}
	return entries;
}

/**
 * Puts a result first. Taking the quiz again with the same answers moves the earlier entry up
 * with the new date instead of listing the same result twice. The oldest entries fall off.
 */
export function addToHistory(
	entries: readonly HistoryEntry[],
	code: string,
	date: string
): HistoryEntry[] {
	return [{ code, date }, ...entries.filter((entry) => entry.code !== code)].slice(
		0,
		HISTORY_LIMIT
	);
}

/**
 * A finished quiz's entry. Changing an answer of a finished result (from its page, or by going
 * back through the steps) revises that run rather than starting a new one, so the revised code
 * takes the place of the one it replaces instead of pushing an older run off the list.
 */
export function recordResult(
	entries: readonly HistoryEntry[],
	code: string,
	date: string,
	replacing: string | null
): HistoryEntry[] {
	const kept = replacing === null ? entries : removeFromHistory(entries, replacing);
	return addToHistory(kept, code, date);
}

export function removeFromHistory(entries: readonly HistoryEntry[], code: string): HistoryEntry[] {
	return entries.filter((entry) => entry.code !== code);
}

/** `YYYY-MM-DD` of a moment, in UTC, so a test or a server in any zone writes the same day. */
export function dayOf(moment: Date): string {
	return moment.toISOString().slice(0, 10);
}

function parseDay(day: string): string | null {
	const match = DATE_PATTERN.exec(day);
	if (!match) return null;
	const [, year, month, date] = match as unknown as [string, string, string, string];
	const iso = `${year}-${month}-${date}`;
	const parsed = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && dayOf(parsed) === iso ? iso : null;
}

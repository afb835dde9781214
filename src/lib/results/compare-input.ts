/**
 * What /compare is asked to compare: result codes, each with an optional name, read from its
 * own address (`?r=CODE` or `?r=CODE~Name`, repeated) or from what a person pasted (full result
 * links or bare codes, one per line, a name before each if they like). Pure: the page decodes
 * and scores each code itself, so an unreadable entry can be listed with its reason.
 */

import { withoutTrailingPunctuation } from './pasted';

export interface CompareEntry {
	/** What was given as the code, lower-cased; not yet checked. */
	code: string;
	/** What the person typed as a name, trimmed; empty when none was given. */
	name: string;
}

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 12;
/** Long enough for a full name, short enough to keep labels on a chart. */
export const MAX_NAME_LENGTH = 40;

const NAME_SEPARATOR = '~';
const RESULT_PATH = /\/result\/([^/?#\s]+)/;

/** Reads `r` parameters. Never throws; what is not a code is kept so it can be shown as unreadable. */
export function entriesFromParams(values: readonly string[]): CompareEntry[] {
	return values.map((value) => {
		const at = value.indexOf(NAME_SEPARATOR);
		const code = at === -1 ? value : value.slice(0, at);
		const name = at === -1 ? '' : value.slice(at + 1);
		return { code: code.trim().toLowerCase(), name: cleanName(name) };
	});
}

/** The canonical `r` value of one entry. */
export function entryParam(entry: CompareEntry): string {
	return entry.name ? `${entry.code}${NAME_SEPARATOR}${entry.name}` : entry.code;
}

/**
 * Reads pasted lines: `https://…/result/CODE`, `/de/result/CODE`, or `CODE`, each optionally
 * after a name (`Ana: https://…`, `Ana 2-abc`). Blank lines are skipped.
 */
export function entriesFromLines(text: string): CompareEntry[] {
	const entries: CompareEntry[] = [];
	for (const line of text.split(/\r?\n/)) {
		const entry = entryFromLine(line);
		if (entry) entries.push(entry);
	}
	return entries;
}

/** One pasted link or code, with an optional name before it; null for a blank line. */
export function entryFromLine(line: string): CompareEntry | null {
	const trimmed = line.trim();
	if (!trimmed) return null;
	const tokens = trimmed.split(/\s+/);
	const last = tokens.pop()!;
	const name = tokens
		.join(' ')
		.replace(/[\s:,;–—-]+$/, '')
		.trim();
	return { code: codeFromToken(last), name: cleanName(name) };
}

function codeFromToken(token: string): string {
	const unpunctuated = withoutTrailingPunctuation(token);
	const path = RESULT_PATH.exec(unpunctuated);
	const code = path ? safeDecode(path[1]!) : unpunctuated;
	return code.toLowerCase();
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Names are shown as text everywhere; this only keeps them to one short, printable line. */
function cleanName(name: string): string {
	const printable = name
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return [...printable].slice(0, MAX_NAME_LENGTH).join('');
}

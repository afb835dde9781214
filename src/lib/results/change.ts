import { DIMENSION_IDS, type DimensionId } from '$lib/quiz/dimensions';
import type { Bank } from '$lib/quiz/banks';
import { scoreAnswers, type Answers, type BandId } from '$lib/quiz/scoring';
import { decodeShareCode, type ShareCodeError } from '$lib/quiz/share-code';
import type { HistoryEntry } from './history';

/**
 * What the landing and result pages show of the person's own earlier results, and what changed
 * between two of them. The history cookie holds only codes and days; every figure here is
 * recomputed from the code, as the result page does, so nothing in the cookie is trusted.
 * Pure data, no words: components look the ids up in the page's language.
 */

/** The figures of one result that a list or a change needs. */
export interface ResultFigures {
	/** Null when too few dimensions have enough answers for an overall position. */
	overall: { score: number; band: BandId } | null;
	/** Each dimension's rounded score, or null when it has too few answers (“doesn't apply”). */
	dimensions: Readonly<Record<DimensionId, number | null>>;
}

export type ReadResult =
	{ ok: true; figures: ResultFigures } | { ok: false; error: ShareCodeError };

/** One line of “Your earlier results”. */
export type HistoryItem = {
	code: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** The result the page is showing. */
	current: boolean;
} & (
	| { readable: true; overall: ResultFigures['overall'] }
	| { readable: false; reason: ShareCodeError }
);

export interface ResultChange {
	/** The result compared with: the newest readable one made before the current one. */
	earlier: { code: string; date: string };
	/** Each side's overall score, null where it has none; the difference only when both have one. */
	overall: { from: number | null; to: number | null; delta: number | null };
	/**
	 * The dimension that moved most, among those scored both times (first in the quiz's order on a
	 * tie); delta 0 when none moved. Null when no dimension was scored both times.
	 */
	biggest: { dimension: DimensionId; delta: number } | null;
}

export function readResult(code: string): ReadResult {
	const decoded = decodeShareCode(code);
	if (!decoded.ok) return decoded;
	const result = scoreAnswers(decoded.answers, decoded.bank);
	const scores = new Map(result.dimensions.map((d) => [d.id, d.score]));
	const dimensions = Object.fromEntries(
		DIMENSION_IDS.map((id) => [id, scores.get(id) ?? null])
	) as Record<DimensionId, number | null>;
	return {
		ok: true,
		figures: {
			overall: result.overall === null ? null : { score: result.overall, band: result.band! },
			dimensions
		}
	};
}

/** The list as pages show it, newest first; `current` marks the result the page shows. */
export function historyItems(
	entries: readonly HistoryEntry[],
	current: string | null = null
): HistoryItem[] {
	return entries.map(({ code, date }) => {
		const read = readResult(code);
		const base = { code, date, current: code === current };
		return read.ok
			? { ...base, readable: true, overall: read.figures.overall }
			: { ...base, readable: false, reason: read.error };
	});
}

/** How the later result differs from the earlier one. */
export function changeBetween(
	earlier: ResultFigures,
	later: ResultFigures
): Omit<ResultChange, 'earlier'> {
	const from = earlier.overall?.score ?? null;
	const to = later.overall?.score ?? null;
	let biggest: ResultChange['biggest'] = null;
	for (const dimension of DIMENSION_IDS) {
		const [a, b] = [earlier.dimensions[dimension], later.dimensions[dimension]];
		if (a === null || b === null) continue;
		const delta = b - a;
		if (biggest === null || Math.abs(delta) > Math.abs(biggest.delta))
			biggest = { dimension, delta };
	}
	return {
		overall: { from, to, delta: from === null || to === null ? null : to - from },
		biggest
	};
}

/**
 * What changed since the person's previous result. Only for a result in their own history: a
 * link someone else shared is not theirs to compare. Unreadable entries are passed over.
 */
export function changeSince(
	entries: readonly HistoryEntry[],
	current: string
): ResultChange | null {
	const index = entries.findIndex((entry) => entry.code === current);
	if (index === -1) return null;
	const now = readResult(current);
	if (!now.ok) return null;
	for (const entry of entries.slice(index + 1)) {
		const before = readResult(entry.code);
		if (!before.ok) continue;
		return {
			earlier: { code: entry.code, date: entry.date },
			...changeBetween(before.figures, now.figures)
		};
	}
	return null;
}

/** What one changed answer did to the overall position: before and after, and their bands. */
export interface ChangedAnswer {
	before: number | null;
	after: number | null;
	bandBefore: BandId | null;
	bandAfter: BandId | null;
}

/**
 * After a change opened from the result: the result the change replaced (`was`) against this one.
 * Only a readable code of the same bank counts; anything else says nothing.
 */
export function changedAnswer(
	was: string | null,
	now: { answers: Answers; bank: Bank }
): ChangedAnswer | null {
	if (was === null) return null;
	const earlier = decodeShareCode(was);
	if (!earlier.ok || earlier.bank !== now.bank) return null;
	const before = scoreAnswers(earlier.answers, earlier.bank);
	const after = scoreAnswers(now.answers, now.bank);
	return {
		before: before.overall,
		after: after.overall,
		bandBefore: before.band,
		bandAfter: after.band
	};
}

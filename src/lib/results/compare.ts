import { differenceThreshold, standardError } from '$lib/quiz/model';
import { DISTINCTION_POLE, POLES, type DistinctionId, type Pole } from '$lib/quiz/article';
import { BANKS, CURRENT_BANK, questionsOf, type Bank } from '$lib/quiz/banks';
import { DIMENSION_IDS, type DimensionId } from '$lib/quiz/dimensions';
import { leanOf, type Lean } from '$lib/quiz/explain';
import { SCALE_MAX } from '$lib/quiz/scale';
import { LEANING_EDGES, scoreAnswers, type BandId } from '$lib/quiz/scoring';
import { decodeShareCode, encodeShareCode, type ShareCodeError } from '$lib/quiz/share-code';
import {
	MAX_COMPARED,
	MIN_COMPARED,
	entriesFromLines,
	entriesFromParams,
	entryFromLine,
	entryParam,
	type CompareEntry
} from './compare-input';

/**
 * /compare: several results side by side, read from the address alone. Each entry's code is
 * decoded and scored with the bank it was made under, as on its result page; an entry that
 * cannot be read is kept with its reason, and the rest are still compared. Pure data, no words:
 * the page looks every id up in its language. The thresholds below are stated on the
 * methodology page from these same constants.
 */

export { MAX_COMPARED, MIN_COMPARED };

/** A group reading (what the group covers, what it may miss) is given from this many people. */
export const GROUP_READING_MIN = 3;
/** What “close together” means on one dimension of a bank, answered in full. */
export interface CloseGap {
	/** The dimension's questions in the bank. */
	questions: number;
	/**
	 * The widest whole gap between two such scores that the model's error still allows
	 * (model.ts, differenceThreshold): a range this small or smaller is close, only a wider one differs.
	 */
	max: number;
	/** A gap that close takes fewer than this many answers, each moved one step. */
	steps: number;
}

export function closeGap(bank: Bank, dimension: DimensionId): CloseGap {
	const questions = questionsOf(bank, dimension).length;
	const error = dimensionError(bank, dimension);
	const max = Math.floor(differenceThreshold(error, error));
	const pointsPerStep = 100 / (questions * SCALE_MAX);
	return { questions, max, steps: Math.floor(max / pointsPerStep) + 1 };
}

/** A bank's close gap, as its pages state it once: its dimensions are all one size (compare.spec.ts). */
export function bankCloseGap(bank: Bank): CloseGap {
	return closeGap(bank, bank.dimensions[0]!.id);
}

/** The model's standard error of a dimension's score, answered in full in this bank. */
function dimensionError(bank: Bank, dimension: DimensionId): number {
	return standardError(questionsOf(bank, dimension).map((q) => q.dimension));
}

/**
 * Someone is “near an end” of a dimension when their score leans that way, as the result page
 * says it: in a band toward that role.
 */
export const NEAR_PROGRAMMER_MAX = LEANING_EDGES.programmer;
export const NEAR_ENGINEER_MIN = LEANING_EDGES.engineer;

/**
 * A pasted list longer than this is cut before the redirect, so the address stays far below
 * what servers accept; it is still too many to compare, and the page says so.
 */
export const MAX_FROM_FORM = 4 * MAX_COMPARED;

/** The query parameters of the two forms, normalised into `r` by a redirect. */
export const FORM_PARAMS = {
	/** /compare's textarea: links or codes, one per line, a name before each if wanted. */
	lines: 'lines',
	/** The result page's form: the name of the person whose result it is. */
	firstName: 'you',
	/** The result page's form: the other person's link or code. */
	add: 'add',
	/** The result page's form: the other person's name. */
	addName: 'addname'
} as const;

export interface ComparedDimension {
	id: DimensionId;
	/** Rounded 0–100; null when this person has not enough answers for it (or their version lacks it). */
	score: number | null;
	lean: Lean | null;
	/** Whether the person's question bank has this dimension at all. */
	inBank: boolean;
}

export interface ComparedPerson {
	/** 1-based place among all entries, as given; “Person 2” when unnamed. */
	position: number;
	/** Canonical code, for the link to the full result. */
	code: string;
	name: string;
	version: number;
	current: boolean;
	overall: { score: number; band: BandId; lean: Lean } | null;
	dimensions: ComparedDimension[];
}

export interface UnreadableEntry {
	position: number;
	/** What was given, cut short for display; shown as text only. */
	code: string;
	name: string;
	reason: ShareCodeError;
}

export interface DimensionSpread {
	id: DimensionId;
	/** Positions of the people scored on it, lowest score first (ties in given order). */
	scored: number[];
	/** Positions of the people without enough answers for it: left out of its range. */
	notEnough: number[];
	low: number | null;
	high: number | null;
	/** high − low; null with fewer than two people scored. */
	gap: number | null;
	/**
	 * The widest whole gap the model's error allows between the range's two ends, each with the
	 * error of this dimension in their own bank; null with fewer than two people scored.
	 */
	closeMax: number | null;
	/** The largest gap of all dimensions, when it is not close (ties all flagged). */
	widest: boolean;
	close: boolean;
}

export interface GroupDimension {
	id: DimensionId;
	/** Whether enough people are scored on it to read it (at least two). */
	readable: boolean;
	/** Positions of the people near each end. */
	near: Record<Pole, number[]>;
	/** Ends nobody is near: what the group may be missing. */
	missing: Pole[];
}

export interface Comparison {
	people: ComparedPerson[];
	unreadable: UnreadableEntry[];
	spreads: DimensionSpread[];
	/** The close gap the page states: that of the newest bank among the people compared. */
	closeStated: CloseGap;
	/** Whether some person's bank, having fewer questions a dimension, needs a wider gap than stated. */
	widerForOlder: boolean;
	/** Null for fewer than GROUP_READING_MIN people. */
	group: GroupDimension[] | null;
}

export type CompareState =
	/** No entries at all: only the form. */
	| { kind: 'empty' }
	| { kind: 'too-many'; count: number; entries: CompareEntry[] }
	| { kind: 'too-few'; readable: number; unreadable: UnreadableEntry[]; entries: CompareEntry[] }
	| ({ kind: 'compared'; entries: CompareEntry[] } & Comparison);

/** Longer than any code: what is shown of an unreadable one. */
const SHOWN_CODE_LENGTH = 48;

/**
 * The article's distinctions behind each end of a dimension, for the group reading: those the
 * current bank's dimension draws on that mark that role (the overlap of the roles marks neither).
 */
export const DISTINCTIONS_AT_END: Readonly<Record<DimensionId, Record<Pole, DistinctionId[]>>> =
	Object.fromEntries(
		Object.values(BANKS)
			.flatMap((bank) => bank.dimensions)
			.map((d) => [
				d.id,
				Object.fromEntries(
					POLES.map((pole) => [pole, d.distinctions.filter((id) => DISTINCTION_POLE[id] === pole)])
				)
			])
	) as Record<DimensionId, Record<Pole, DistinctionId[]>>;

/**
 * The entries a request asks for, and whether its address should be rewritten to the canonical
 * `?r=…&r=…` (when it came from a form): the forms' fields are folded into `r` in order.
 */
export function entriesFromQuery(params: URLSearchParams): {
	entries: CompareEntry[];
	canonical: string | null;
} {
	const entries = entriesFromParams(params.getAll('r'));
	const fromForm = Object.values(FORM_PARAMS).some((key) => params.has(key));
	if (!fromForm) return { entries, canonical: null };

	const firstName = entriesFromParams([`x~${params.get(FORM_PARAMS.firstName) ?? ''}`])[0]!.name;
	if (entries[0] && !entries[0].name && firstName) entries[0] = { ...entries[0], name: firstName };
	const added = entryFromLine(params.get(FORM_PARAMS.add) ?? '');
	if (added) {
		const addName = entriesFromParams([`x~${params.get(FORM_PARAMS.addName) ?? ''}`])[0]!.name;
		entries.push(addName ? { ...added, name: addName } : added);
	}
	entries.push(...entriesFromLines(params.get(FORM_PARAMS.lines) ?? ''));
	const kept = entries.slice(0, MAX_FROM_FORM);
	return { entries: kept, canonical: canonicalQuery(kept) };
}

/** `?r=…&r=…`, or '' for no entries. */
export function canonicalQuery(entries: readonly CompareEntry[]): string {
	if (entries.length === 0) return '';
	return `?${new URLSearchParams(entries.map((e) => ['r', entryParam(e)]))}`;
}

/** The entries as the textarea shows them, one per line: `Name: code`. */
export function entriesAsLines(entries: readonly CompareEntry[]): string {
	return entries.map((e) => (e.name ? `${e.name}: ${e.code}` : e.code)).join('\n');
}

export function compareEntries(entries: readonly CompareEntry[]): CompareState {
	if (entries.length === 0) return { kind: 'empty' };
	if (entries.length > MAX_COMPARED)
		return { kind: 'too-many', count: entries.length, entries: [...entries] };

	const people: ComparedPerson[] = [];
	const banks: Bank[] = [];
	const unreadable: UnreadableEntry[] = [];
	entries.forEach((entry, i) => {
		const position = i + 1;
		const decoded = decodeShareCode(entry.code);
		if (!decoded.ok) {
			const code = [...entry.code].slice(0, SHOWN_CODE_LENGTH).join('');
			unreadable.push({ position, code, name: entry.name, reason: decoded.error });
			return;
		}
		const result = scoreAnswers(decoded.answers, decoded.bank);
		const scores = new Map(result.dimensions.map((d) => [d.id, d.score]));
		banks.push(decoded.bank);
		people.push({
			position,
			code: encodeShareCode(decoded.answers, decoded.bank),
			name: entry.name,
			version: decoded.bank.version,
			current: decoded.bank === CURRENT_BANK,
			overall:
				result.overall === null
					? null
					: { score: result.overall, band: result.band!, lean: leanOf(result.overall) },
			dimensions: DIMENSION_IDS.map((id) => {
				const score = scores.get(id) ?? null;
				const inBank = decoded.bank.dimensions.some((d) => d.id === id);
				return { id, score, lean: score === null ? null : leanOf(score), inBank };
			})
		});
	});

	if (people.length < MIN_COMPARED)
		return { kind: 'too-few', readable: people.length, unreadable, entries: [...entries] };
	return { kind: 'compared', entries: [...entries], ...compare(people, banks, unreadable) };
}

/** `banks[k]` is the bank `people[k]` answered. */
function compare(
	people: ComparedPerson[],
	banks: Bank[],
	unreadable: UnreadableEntry[]
): Comparison {
	const bankOf = new Map(people.map((p, k) => [p.position, banks[k]!]));
	// Only the dimensions some compared person's question bank has.
	const asked = DIMENSION_IDS.flatMap((id, i) =>
		people.some((p) => p.dimensions[i]!.inBank) ? [{ id, i }] : []
	);
	const spreads = asked.map(({ id, i }): DimensionSpread => {
		const scored = people
			.filter((p) => p.dimensions[i]!.score !== null)
			.sort((a, b) => a.dimensions[i]!.score! - b.dimensions[i]!.score!);
		const notEnough = people.filter((p) => p.dimensions[i]!.score === null);
		const low = scored.length ? scored[0]!.dimensions[i]!.score : null;
		const high = scored.length ? scored.at(-1)!.dimensions[i]!.score : null;
		const gap = scored.length >= 2 ? high! - low! : null;
		const errorOf = (p: ComparedPerson) => dimensionError(bankOf.get(p.position)!, id);
		const closeMax =
			gap === null
				? null
				: Math.floor(differenceThreshold(errorOf(scored[0]!), errorOf(scored.at(-1)!)));
		return {
			id,
			scored: scored.map((p) => p.position),
			notEnough: notEnough.map((p) => p.position),
			low,
			high,
			gap,
			closeMax,
			widest: false,
			close: gap !== null && gap <= closeMax!
		};
	});
	const widest = Math.max(...spreads.map((s) => s.gap ?? -1));
	for (const s of spreads) s.widest = s.gap === widest && !s.close;
	const newest = banks.reduce((a, b) => (b.version > a.version ? b : a));
	const closeStated = bankCloseGap(newest);
	const widerForOlder = banks.some((b) => bankCloseGap(b).max > closeStated.max);

	const group =
		people.length < GROUP_READING_MIN
			? null
			: asked.map(({ id, i }, k): GroupDimension => {
					const near = (pole: Pole) =>
						people.filter((p) => p.dimensions[i]!.lean === pole).map((p) => p.position);
					const readable = spreads[k]!.scored.length >= 2;
					const nearBy = { programmer: near('programmer'), engineer: near('engineer') };
					return {
						id,
						readable,
						near: nearBy,
						missing: readable ? POLES.filter((pole) => nearBy[pole].length === 0) : []
					};
				});
	return { people, unreadable, spreads, closeStated, widerForOlder, group };
}

import type { Pole } from './article';
import type { DimensionId } from './dimensions';
import { stepsToMiddle, stepsToNextBand, type StepsToBand } from './closeness';
import { SCALE_MIDPOINT } from './scale';
import { bandFor, type Contribution, type DimensionScore, type QuizResult } from './scoring';

/**
 * Every decision the explanation makes, as data: which way a dimension leans, which dimensions
 * the summary names, which answers are the strongest, which next steps and caveats apply.
 * No words here: each language's content turns these into sentences (src/lib/content/).
 * The methodology page states these rules from the same constants.
 */

export type Lean = Pole | 'balanced';

/** How many answers “What moved your score” lists toward each pole. */
export const STRONGEST_COUNT = 3;
/** How many dimensions the summary names on each side (more when tied with the last). */
export const SUMMARY_NAMES_PER_SIDE = 2;
/** A neighbouring band this many answer steps away or fewer is named as near. */
export const NEAR_BAND_STEPS = 3;
/**
 * “Clearly” is said of the overall side only when at least this share of the counted answers
 * would have to move one step to bring it into the middle band. Dimensions, with four questions
 * each, are never called clear.
 */
export const CLEAR_SIDE_SHARE = 1 / 3;
/** Spread of the scored dimensions (highest − lowest score): up to CLOSE is close, from WIDE on is wide. */
export const SPREAD_CLOSE_POINTS = 15;
export const SPREAD_WIDE_POINTS = 40;
/** From this share of “Doesn't apply” answers on, the result says the position rests on fewer answers. */
export const MANY_SKIPPED_SHARE = 0.25;

/** A dimension leans the way its score's band does: the same thresholds as the overall result. */
export function leanOf(score: number): Lean {
	const band = bandFor(score).id;
	if (band === 'programmer' || band === 'leaning-programmer') return 'programmer';
	if (band === 'engineer' || band === 'leaning-engineer') return 'engineer';
	return 'balanced';
}

/** Distance from the middle, for ordering dimensions by how strongly they lean. */
function strength(d: DimensionScore): number {
	return Math.abs(d.exact! - 50);
}

/** The first `count` items, plus any that tie with the last of them: a tie is never cut in two. */
function leading<T>(items: readonly T[], count: number, key: (item: T) => number): T[] {
	const last = items[count - 1];
	return last === undefined
		? [...items]
		: items.filter((item, i) => i < count || key(item) === key(last));
}

export type SummaryKind =
	| 'both-sides'
	| 'engineer-side'
	| 'programmer-side'
	| 'all-balanced'
	| 'all-equal'
	| 'straight-lined'
	| 'not-enough';

export interface Summary {
	kind: SummaryKind;
	/** Dimensions named as working most like each role, strongest first. */
	engineer: DimensionId[];
	programmer: DimensionId[];
}

/** What the one summary sentence says, after the position. */
export function summaryOf(result: QuizResult): Summary {
	const none = { engineer: [], programmer: [] };
	if (result.overall === null) return { kind: 'not-enough', ...none };
	if (result.straightLined) return { kind: 'straight-lined', ...none };
	const scored = result.dimensions.filter((d) => d.scored);
	if (scored.every((d) => d.score === scored[0]!.score)) return { kind: 'all-equal', ...none };
	const side = (pole: Pole) =>
		leading(
			scored.filter((d) => leanOf(d.score!) === pole).sort((a, b) => strength(b) - strength(a)),
			SUMMARY_NAMES_PER_SIDE,
			(d) => d.score!
		).map((d) => d.id);
	const engineer = side('engineer');
	const programmer = side('programmer');
	const kind: SummaryKind =
		engineer.length && programmer.length
			? 'both-sides'
			: engineer.length
				? 'engineer-side'
				: programmer.length
					? 'programmer-side'
					: 'all-balanced';
	return { kind, engineer, programmer };
}

export type SpreadKind = 'close' | 'moderate' | 'wide';

export interface Spread {
	kind: SpreadKind;
	/** Highest minus lowest rounded dimension score. */
	points: number;
	lowest: { score: number; dimensions: DimensionId[] };
	highest: { score: number; dimensions: DimensionId[] };
	/** Some scored dimension leans toward each role. */
	opposite: boolean;
}

/**
 * How far apart the scored dimensions are, for describing in words. Null with fewer than two, and
 * when they all score the same: there is no spread to describe (not “between 50 and 50”).
 */
export function spreadOf(result: QuizResult): Spread | null {
	const scored = result.dimensions.filter((d) => d.scored);
	if (scored.length < 2) return null;
	const scores = scored.map((d) => d.score!);
	const low = Math.min(...scores);
	const high = Math.max(...scores);
	const points = high - low;
	if (points === 0) return null;
	const leans = new Set(scores.map(leanOf));
	return {
		kind:
			points <= SPREAD_CLOSE_POINTS ? 'close' : points >= SPREAD_WIDE_POINTS ? 'wide' : 'moderate',
		points,
		lowest: { score: low, dimensions: scored.filter((d) => d.score === low).map((d) => d.id) },
		highest: { score: high, dimensions: scored.filter((d) => d.score === high).map((d) => d.id) },
		opposite: leans.has('programmer') && leans.has('engineer')
	};
}

export interface Closeness {
	/** The nearest other band(s) in answer steps: two when both neighbours are equally near. */
	nearest: StepsToBand[];
	/** Whether the nearest is at most NEAR_BAND_STEPS away, so the page names it. */
	near: boolean;
}

export function closenessOf(result: QuizResult): Closeness | null {
	const options = (['engineer', 'programmer'] as const)
		.map((direction) => stepsToNextBand(result, direction))
		.filter((s): s is StepsToBand => s !== null);
	if (options.length === 0) return null;
	const fewest = Math.min(...options.map((s) => s.steps));
	return {
		nearest: options.filter((s) => s.steps === fewest),
		near: fewest <= NEAR_BAND_STEPS
	};
}

/** Whether the overall side (outside the middle band) may be called clear: see CLEAR_SIDE_SHARE. */
export function isClearly(result: QuizResult): boolean {
	if (result.overall === null || result.band === 'both') return false;
	const counted = result.contributions.filter((c) => c.counted).length;
	const toMiddle = stepsToMiddle(result);
	return toMiddle === null || toMiddle.steps >= Math.ceil(CLEAR_SIDE_SHARE * counted);
}

export interface Strongest {
	items: Contribution[];
	/** Answers not listed that moved the score exactly as much as the last one listed. */
	tiedBeyond: number;
}

const sameEffect = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The counted answers that moved the overall score most toward `pole`, largest first, bank order on ties. */
export function strongestToward(
	result: QuizResult,
	pole: Pole,
	count: number = STRONGEST_COUNT
): Strongest {
	const sign = pole === 'engineer' ? 1 : -1;
	const all = result.contributions
		.filter((c) => c.counted && Math.sign(c.effect) === sign)
		.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.index - b.index);
	const items = all.slice(0, count);
	const last = items.at(-1);
	const tiedBeyond = last
		? all.slice(count).filter((c) => sameEffect(c.effect, last.effect)).length
		: 0;
	return { items, tiedBeyond };
}

/**
 * One dimension's answers, strongest first: by how far the answer sits from the middle of the
 * scale toward either pole, bank order on ties; “Doesn't apply” answers last.
 */
export function answersOf(result: QuizResult, dimension: DimensionId): Contribution[] {
	const pull = (c: Contribution) => (c.points === null ? -1 : Math.abs(c.points - SCALE_MIDPOINT));
	return result.contributions
		.filter((c) => c.question.dimension === dimension)
		.sort((a, b) => pull(b) - pull(a) || a.index - b.index);
}

export interface NextStep {
	dimension: DimensionId;
	/** Whose habits are suggested: the other role's, the one this dimension leans away from. */
	learnFrom: Pole;
}

/**
 * Next steps go both ways: for a dimension that leans toward programmer, habits of software
 * engineers; for one that leans toward software engineer, habits of programmers (focus,
 * shipping, craft). Strongest lean first; dimensions in between and unscored ones get none.
 */
export function nextStepsFor(result: QuizResult): NextStep[] {
	return result.dimensions
		.filter((d) => d.scored && leanOf(d.score!) !== 'balanced')
		.sort((a, b) => strength(b) - strength(a))
		.map((d) => ({
			dimension: d.id,
			learnFrom: leanOf(d.score!) === 'programmer' ? 'engineer' : 'programmer'
		}));
}

export type CaveatId =
	| 'roles-overlap'
	| 'not-a-verdict'
	| 'self-report'
	| 'few-questions'
	| 'many-skipped'
	| 'dimensions-without-enough';

/** The caveats that apply, in the order the page shows them. */
export function caveatsFor(result: QuizResult): CaveatId[] {
	const caveats: CaveatId[] = ['roles-overlap', 'not-a-verdict', 'self-report', 'few-questions'];
	if (result.skippedCount / result.answers.length >= MANY_SKIPPED_SHARE)
		caveats.push('many-skipped');
	if (result.overall !== null && result.scoredCount < result.dimensions.length)
		caveats.push('dimensions-without-enough');
	return caveats;
}

import type { Pole } from './article';
import type { DimensionId } from './dimensions';
import { stepsToNextBand, type StepsToBand } from './closeness';
import {
	differenceThreshold,
	isReportable,
	reliability,
	retakeWithin,
	scoreSd,
	standardError
} from './model';
import { SCALE_MAX, SCALE_MIDPOINT } from './scale';
import {
	bandFor,
	LEANING_EDGES,
	type Contribution,
	type DimensionScore,
	type QuizResult
} from './scoring';

/**
 * Every decision the explanation makes, as data: which way a dimension leans, which dimensions
 * the summary names, which answers are the strongest, which next steps and caveats apply.
 * No words here: each language's content turns these into sentences (src/lib/content/).
 * The methodology page states these rules from the same constants.
 */

export type Lean = Pole | 'balanced';

/** How many answers “What moved your score” lists toward each pole. */
export const STRONGEST_COUNT = 3;
/** A neighbouring band this many answer steps away or fewer is named as near. */
export const NEAR_BAND_STEPS = 3;
/** From this share of “Doesn't apply” answers on, the result says the position rests on fewer answers. */
const MANY_SKIPPED_SHARE = 0.25;

/** A dimension leans the way its score's band does: the same thresholds as the overall result. */
export function leanOf(score: number): Lean {
	const { min, max } = bandFor(score);
	if (max <= LEANING_EDGES.programmer) return 'programmer';
	if (min >= LEANING_EDGES.engineer) return 'engineer';
	return 'balanced';
}

/** Distance from the middle, for ordering dimensions by how strongly they lean. */
function strength(d: DimensionScore): number {
	return Math.abs(d.exact! - 50);
}

/** The dimension of each counted answer: what the model's error of a score is computed from. */
function countedSet(result: QuizResult, dimension?: DimensionId): DimensionId[] {
	return result.contributions
		.filter((c) => c.counted && (dimension === undefined || c.question.dimension === dimension))
		.map((c) => c.question.dimension);
}

/** The scored dimensions the bank has enough questions to report on their own (model.ts). */
export function reportedDimensions(result: QuizResult): DimensionScore[] {
	return result.dimensions.filter((d) => d.scored && isReportable(result.bank, d.id));
}

export type SummaryKind = 'differ' | 'alike' | 'overall-only' | 'straight-lined' | 'not-enough';

export interface Summary {
	kind: SummaryKind;
	/** With `differ`: the highest-scoring dimensions (nearer software engineer) and the lowest. */
	higher: DimensionId[];
	lower: DimensionId[];
}

/**
 * What the one summary sentence says, after the position. Two dimensions are called different
 * only when the gap between the highest and the lowest is beyond what the model's error allows
 * (model.ts, differenceThreshold); otherwise they are alike.
 */
export function summaryOf(result: QuizResult): Summary {
	const none = { higher: [], lower: [] };
	if (result.overall === null) return { kind: 'not-enough', ...none };
	if (result.straightLined) return { kind: 'straight-lined', ...none };
	const reported = reportedDimensions(result);
	if (reported.length < 2) return { kind: 'overall-only', ...none };
	const sorted = [...reported].sort((a, b) => b.exact! - a.exact!);
	const top = sorted[0]!;
	const bottom = sorted.at(-1)!;
	const error = (d: DimensionScore) => standardError(countedSet(result, d.id));
	if (top.exact! - bottom.exact! <= differenceThreshold(error(top), error(bottom)))
		return { kind: 'alike', ...none };
	return {
		kind: 'differ',
		higher: reported.filter((d) => d.score === top.score).map((d) => d.id),
		lower: reported.filter((d) => d.score === bottom.score).map((d) => d.id)
	};
}

/**
 * How often, under the model, people with answers like these get the same description on a
 * retake: the retake is drawn around the score, pulled toward the middle by the reliability of
 * exactly these counted answers. Null without an overall score.
 */
export function retakeSameBand(result: QuizResult): number | null {
	if (result.overallExact === null || result.overall === null) return null;
	const set = countedSet(result);
	const band = bandFor(result.overall);
	return retakeWithin(result.overallExact, reliability(set), scoreSd(set), band.min, band.max);
}

export interface Closeness {
	/** The nearest other band(s) in answer steps: two when both neighbours are equally near. */
	nearest: StepsToBand[];
	/** Whether the nearest is at most NEAR_BAND_STEPS away, so the page names it. */
	near: boolean;
	/** Whether moving one single answer, as far as it goes, could give another description. */
	oneAnswer: boolean;
}

export function closenessOf(result: QuizResult): Closeness | null {
	const options = (['engineer', 'programmer'] as const)
		.map((direction) => stepsToNextBand(result, direction))
		.filter((s): s is StepsToBand => s !== null);
	if (options.length === 0) return null;
	const fewest = Math.min(...options.map((s) => s.steps));
	return {
		nearest: options.filter((s) => s.steps === fewest),
		near: fewest <= NEAR_BAND_STEPS,
		oneAnswer: options.some((s) => s.steps <= roomForOneAnswer(result, s.direction))
	};
}

/** The most steps one counted answer can still move toward `direction`. */
function roomForOneAnswer(result: QuizResult, direction: Pole): number {
	const room = result.contributions
		.filter((c) => c.counted && c.points !== null)
		.map((c) => (direction === 'engineer' ? SCALE_MAX - c.points! : c.points!));
	return Math.max(0, ...room);
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

import type { Pole } from './article';
import type { Bank, Question } from './banks';
import type { DimensionId } from './dimensions';
import {
	NOT_APPLICABLE,
	SCALE_MAX,
	SCALE_MIDPOINT,
	isScaleValue,
	type Answer,
	type ScaleValue
} from './scale';

/**
 * Scoring, exactly as the methodology page states it. Pure: no I/O, no Svelte.
 *
 * 1. Each scale answer gives points toward the engineer pole: its value (0–SCALE_MAX) when the
 *    question describes an engineer's habit, SCALE_MAX minus its value when a programmer's.
 *    “Doesn't apply to me” gives no points and is not counted at all.
 * 2. A dimension is scored only when at least MIN_ANSWERED_SHARE of its questions are answered on
 *    the scale AND at least one of those points toward each pole (so that agreeing with everything
 *    still cancels out). Its score is 100 × points ÷ (SCALE_MAX × scale answers): 0 is the
 *    programmer pole, 100 the engineer pole.
 * 3. The overall score is 100 × points ÷ (SCALE_MAX × counted answers), over the scale answers of
 *    the scored dimensions, so every counted answer weighs the same; it is given only when at least
 *    MIN_SCORED_SHARE of the bank's dimensions are scored (minScoredDimensions).
 * Rounding is to the nearest whole number, halves up, done in integers so that a score of exactly
 * 60.5 is 61 and never 60 by a floating-point accident.
 */

/** One answer per question, in the bank's order. */
export type Answers = readonly Answer[];

export type BandId = 'programmer' | 'leaning-programmer' | 'both' | 'leaning-engineer' | 'engineer';

export interface Band {
	id: BandId;
	/** Inclusive whole-number bounds on the overall score. */
	min: number;
	max: number;
}

/** The bands, in one place. They mirror each other around 50, with an honest middle. */
export const BANDS: readonly Band[] = [
	{ id: 'programmer', min: 0, max: 19 },
	{ id: 'leaning-programmer', min: 20, max: 39 },
	{ id: 'both', min: 40, max: 60 },
	{ id: 'leaning-engineer', min: 61, max: 80 },
	{ id: 'engineer', min: 81, max: 100 }
];

/** The honest middle, “in between”: a score outside it leans toward one role. */
export const MIDDLE_BAND: Band = BANDS.find((b) => b.id === 'both')!;
/** The edges of leaning: up to `programmer` toward programmer, from `engineer` toward engineer. */
export const LEANING_EDGES: Readonly<Record<Pole, number>> = {
	programmer: MIDDLE_BAND.min - 1,
	engineer: MIDDLE_BAND.max + 1
};

/** A dimension needs at least this share of its questions answered on the scale to be scored. */
export const MIN_ANSWERED_SHARE = 0.5;
/** The overall score needs at least this share of the bank's dimensions scored (rounded up). */
export const MIN_SCORED_SHARE = 2 / 3;

/** How many scored dimensions a bank's overall score needs: 4 of 6 in version 2, 3 of 4 in version 3. */
export function minScoredDimensions(bank: Bank): number {
	return Math.ceil(bank.dimensions.length * MIN_SCORED_SHARE - 1e-9);
}
/** Share of identical scale answers from which the answers look straight-lined. */
export const STRAIGHT_LINE_SHARE = 0.8;

export interface DimensionScore {
	id: DimensionId;
	questionCount: number;
	/** Questions answered on the scale. */
	answered: number;
	/** Questions answered “Doesn't apply to me”. */
	skipped: number;
	/** Scale answers on questions that point toward each pole. */
	answeredToward: Readonly<Record<Pole, number>>;
	/** Points toward the engineer pole, summed over the scale answers. */
	points: number;
	/** Whether the dimension has enough answers to be scored. */
	scored: boolean;
	/** 0–100, unrounded; null when not scored. */
	exact: number | null;
	/** 0–100, rounded; null when not scored. */
	score: number | null;
}

export interface Contribution {
	question: Question;
	/** Position of the question in the bank, 0-based. */
	index: number;
	answer: Answer;
	/** Points toward the engineer pole, 0–SCALE_MAX; null for “Doesn't apply to me”. */
	points: number | null;
	/** Whether the answer counts: a scale answer in a scored dimension, with an overall score. */
	counted: boolean;
	/**
	 * How far this answer moved the overall score away from 50, in score points: positive toward
	 * engineer, negative toward programmer, 0 when not counted. The effects add up to overall − 50.
	 */
	effect: number;
}

export interface QuizResult {
	bank: Bank;
	answers: Answers;
	dimensions: DimensionScore[];
	/** How many dimensions are scored. */
	scoredCount: number;
	/** 0–100, rounded; null when fewer than minScoredDimensions(bank) dimensions are scored. */
	overall: number | null;
	overallExact: number | null;
	band: BandId | null;
	contributions: Contribution[];
	/** Answers on the scale, and answers “Doesn't apply to me”. */
	answeredCount: number;
	skippedCount: number;
	/** The scale option chosen most often (the lowest on a tie) and how often; null with no scale answer. */
	mostCommonAnswer: { answer: ScaleValue; count: number } | null;
	/** The most-chosen option makes up at least STRAIGHT_LINE_SHARE of the scale answers. */
	straightLined: boolean;
}

export function pointsTowardEngineer(question: Question, answer: ScaleValue): number {
	return question.towards === 'engineer' ? answer : SCALE_MAX - answer;
}

export function bandFor(score: number): Band {
	const rounded = Math.round(Math.min(100, Math.max(0, score)));
	return BANDS.find((band) => rounded >= band.min && rounded <= band.max)!;
}

/** Fewest scale answers a dimension with this many questions needs. */
export function minAnsweredFor(questionCount: number): number {
	return Math.ceil(questionCount * MIN_ANSWERED_SHARE);
}

/** round(100 × numerator ÷ denominator), halves up, in integers. */
export function roundedPercent(numerator: number, denominator: number): number {
	return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

/**
 * The overall score as one exact fraction, 100 × sum ÷ denominator, so that rounding and the
 * steps to another band (closeness.ts) can be computed without floating-point error. Every counted
 * answer weighs the same, so one point more anywhere adds 1 to `sum`.
 */
export interface OverallFraction {
	sum: number;
	denominator: number;
	/** What one point more in a dimension adds to `sum`. */
	weight: ReadonlyMap<DimensionId, number>;
}

export function overallFraction(
	dimensions: readonly DimensionScore[],
	minScored: number
): OverallFraction | null {
	const scored = dimensions.filter((d) => d.scored);
	if (scored.length < minScored) return null;
	const weight = new Map(scored.map((d) => [d.id, 1]));
	const sum = scored.reduce((s, d) => s + d.points, 0);
	const counted = scored.reduce((n, d) => n + d.answered, 0);
	return { sum, denominator: SCALE_MAX * counted, weight };
}

export function scoreAnswers(answers: Answers, bank: Bank): QuizResult {
	const { questions } = bank;
	if (answers.length !== questions.length) {
		throw new RangeError(`Expected ${questions.length} answers, got ${answers.length}`);
	}
	if (!bank.allowsNotApplicable && answers.includes(NOT_APPLICABLE)) {
		throw new RangeError(`Version ${bank.version} had no “doesn't apply” answer`);
	}

	const dimensions = bank.dimensions.map((definition): DimensionScore => {
		const own = questions.flatMap((q, i) =>
			q.dimension === definition.id ? [{ q, a: answers[i]! }] : []
		);
		if (own.length === 0) throw new RangeError(`Dimension ${definition.id} has no questions`);
		const onScale = own.filter(({ a }) => isScaleValue(a)) as { q: Question; a: ScaleValue }[];
		const answeredToward = {
			programmer: onScale.filter(({ q }) => q.towards === 'programmer').length,
			engineer: onScale.filter(({ q }) => q.towards === 'engineer').length
		};
		const points = onScale.reduce((s, { q, a }) => s + pointsTowardEngineer(q, a), 0);
		const scored =
			onScale.length >= minAnsweredFor(own.length) &&
			answeredToward.programmer > 0 &&
			answeredToward.engineer > 0;
		const denominator = SCALE_MAX * onScale.length;
		return {
			id: definition.id,
			questionCount: own.length,
			answered: onScale.length,
			skipped: own.length - onScale.length,
			answeredToward,
			points,
			scored,
			exact: scored ? (100 * points) / denominator : null,
			score: scored ? roundedPercent(points, denominator) : null
		};
	});

	const fraction = overallFraction(dimensions, minScoredDimensions(bank));
	const overall = fraction ? roundedPercent(fraction.sum, fraction.denominator) : null;
	const overallExact = fraction ? (100 * fraction.sum) / fraction.denominator : null;
	const scoredCount = dimensions.filter((d) => d.scored).length;

	const byId = new Map(dimensions.map((d) => [d.id, d]));
	const contributions = questions.map((question, index): Contribution => {
		const answer = answers[index]!;
		if (!isScaleValue(answer))
			return { question, index, answer, points: null, counted: false, effect: 0 };
		const points = pointsTowardEngineer(question, answer);
		const dimension = byId.get(question.dimension)!;
		const counted = fraction !== null && dimension.scored;
		const effect = counted ? (100 * (points - SCALE_MIDPOINT)) / fraction.denominator : 0;
		return { question, index, answer, points, counted, effect };
	});

	const scaleAnswers = answers.filter(isScaleValue);
	const mostCommonAnswer = mostCommon(scaleAnswers);
	return {
		bank,
		answers,
		dimensions,
		scoredCount,
		overall,
		overallExact,
		band: overall === null ? null : bandFor(overall).id,
		contributions,
		answeredCount: scaleAnswers.length,
		skippedCount: answers.length - scaleAnswers.length,
		mostCommonAnswer,
		straightLined:
			mostCommonAnswer !== null &&
			mostCommonAnswer.count / scaleAnswers.length >= STRAIGHT_LINE_SHARE
	};
}

function mostCommon(answers: readonly ScaleValue[]): { answer: ScaleValue; count: number } | null {
	if (answers.length === 0) return null;
	const counts = new Map<ScaleValue, number>();
	for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
	let best = { answer: answers[0]!, count: 0 };
	for (const [answer, count] of counts) {
		if (count > best.count || (count === best.count && answer < best.answer))
			best = { answer, count };
	}
	return best;
}

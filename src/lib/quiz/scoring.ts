import { DIMENSIONS, type Dimension, type DimensionId } from './dimensions';
import { QUESTIONS, type Question } from './questions';
import { SCALE_MAX, SCALE_MIDPOINT, type AnswerValue } from './scale';

/**
 * Scoring, exactly as the methodology page states it. Pure: no I/O, no Svelte.
 *
 * 1. Each answer gives points toward the engineer pole: the answer's value (0–4) when the
 *    question points toward “engineer”, and 4 minus the value when it points toward “programmer”.
 * 2. A dimension's score is 100 × its points ÷ (4 × its number of questions): 0 is the programmer
 *    pole, 100 the engineer pole.
 * 3. The overall score is the mean of the dimension scores, so every dimension weighs the same
 *    whatever its question count, rounded to a whole number. The band is read from that number.
 */

/** One answer per question, in the bank's order. */
export type Answers = readonly AnswerValue[];

export interface Band {
	id: 'programmer' | 'leaning-programmer' | 'both' | 'leaning-engineer' | 'engineer';
	label: string;
	/** Inclusive whole-number bounds on the overall score. */
	min: number;
	max: number;
}

/** The bands, in one place. They mirror each other around 50, with an honest middle. */
export const BANDS: readonly Band[] = [
	{ id: 'programmer', label: 'Programmer', min: 0, max: 19 },
	{ id: 'leaning-programmer', label: 'Leaning programmer', min: 20, max: 39 },
	{ id: 'both', label: 'In between', min: 40, max: 60 },
	{ id: 'leaning-engineer', label: 'Leaning software engineer', min: 61, max: 80 },
	{ id: 'engineer', label: 'Software engineer', min: 81, max: 100 }
];

/** Share of identical answers from which the answers look straight-lined. */
export const STRAIGHT_LINE_SHARE = 0.8;

export interface DimensionScore {
	dimension: Dimension;
	/** 0–100, unrounded. */
	exact: number;
	/** 0–100, as shown. */
	score: number;
	questionCount: number;
}

export interface Contribution {
	question: Question;
	/** Position of the question in the bank, 0-based. */
	index: number;
	answer: AnswerValue;
	/** Points toward the engineer pole, 0–4. */
	points: number;
	/**
	 * How far this answer moved the overall score away from 50, in score points:
	 * positive toward engineer, negative toward programmer. All of them add up to overall − 50.
	 */
	effect: number;
}

export interface QuizResult {
	/** 0–100, rounded to a whole number. */
	overall: number;
	overallExact: number;
	band: Band;
	dimensions: DimensionScore[];
	contributions: Contribution[];
	/** Overall score ± one standard error of the mean of the dimension scores, clamped to 0–100. */
	range: { low: number; high: number; standardError: number };
	/** The range reaches the middle (50): the answers do not settle on one side. */
	mixed: boolean;
	/** The option chosen most often (the lowest value on a tie), and how often. */
	mostCommonAnswer: { answer: AnswerValue; count: number };
	/** The most-chosen option accounts for at least STRAIGHT_LINE_SHARE of the answers. */
	straightLined: boolean;
}

export function pointsTowardEngineer(question: Question, answer: AnswerValue): number {
	return question.towards === 'engineer' ? answer : SCALE_MAX - answer;
}

export function bandFor(overall: number): Band {
	const rounded = Math.round(Math.min(100, Math.max(0, overall)));
	return BANDS.find((band) => rounded >= band.min && rounded <= band.max)!;
}

export function scoreAnswers(
	answers: Answers,
	questions: readonly Question[] = QUESTIONS,
	dimensions: readonly Dimension[] = DIMENSIONS
): QuizResult {
	if (answers.length !== questions.length) {
		throw new RangeError(`Expected ${questions.length} answers, got ${answers.length}`);
	}

	const countByDimension = new Map<DimensionId, number>();
	for (const question of questions) {
		countByDimension.set(question.dimension, (countByDimension.get(question.dimension) ?? 0) + 1);
	}

	const pointsByDimension = new Map<DimensionId, number>();
	const contributions = questions.map((question, index): Contribution => {
		const answer = answers[index]!;
		const points = pointsTowardEngineer(question, answer);
		pointsByDimension.set(
			question.dimension,
			(pointsByDimension.get(question.dimension) ?? 0) + points
		);
		const count = countByDimension.get(question.dimension)!;
		const effect = (100 * (points - SCALE_MIDPOINT)) / (dimensions.length * SCALE_MAX * count);
		return { question, index, answer, points, effect };
	});

	const dimensionScores = dimensions.map((dimension): DimensionScore => {
		const count = countByDimension.get(dimension.id) ?? 0;
		if (count === 0) throw new RangeError(`Dimension ${dimension.id} has no questions`);
		const exact = (100 * (pointsByDimension.get(dimension.id) ?? 0)) / (SCALE_MAX * count);
		return { dimension, exact, score: Math.round(exact), questionCount: count };
	});

	const overallExact = mean(dimensionScores.map((d) => d.exact));
	const overall = Math.round(overallExact);
	const standardError = standardErrorOfMean(dimensionScores.map((d) => d.exact));
	const low = Math.max(0, Math.round(overallExact - standardError));
	const high = Math.min(100, Math.round(overallExact + standardError));
	const mostCommonAnswer = mostCommon(answers);

	return {
		overall,
		overallExact,
		band: bandFor(overall),
		dimensions: dimensionScores,
		contributions,
		range: { low, high, standardError },
		mixed: low <= 50 && high >= 50,
		mostCommonAnswer,
		straightLined: mostCommonAnswer.count / answers.length >= STRAIGHT_LINE_SHARE
	};
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample standard deviation ÷ √n; zero for fewer than two values. */
function standardErrorOfMean(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const m = mean(values);
	const variance = values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
	return Math.sqrt(variance) / Math.sqrt(values.length);
}

function mostCommon(answers: Answers): { answer: AnswerValue; count: number } {
	const counts = new Map<AnswerValue, number>();
	for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
	let best = { answer: answers[0]!, count: 0 };
	for (const [answer, count] of counts) {
		if (count > best.count || (count === best.count && answer < best.answer))
			best = { answer, count };
	}
	return best;
}

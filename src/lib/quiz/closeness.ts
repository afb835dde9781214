import type { Pole } from './article';
import { SCALE_MAX } from './scale';
import {
	BANDS,
	MIDDLE_BAND,
	minScoredDimensions,
	overallFraction,
	roundedPercent,
	type BandId,
	type QuizResult
} from './scoring';

/**
 * How far a result is from another band, in answers: the exact figure the result page gives
 * instead of an interval. A “step” moves one scale answer one point along the scale (Often →
 * Always, say) toward one pole; each answer moves at most one step, so “k steps” reads as
 * “k answers, each moved one step”. “Doesn't apply” answers and unscored dimensions stay as they
 * are: moving them would change which dimensions are scored, not the position.
 *
 * The fewest steps are found greedily, and exactly: every step adds the same amount to the overall
 * score, since every counted answer weighs the same. All arithmetic is in integers (see
 * `overallFraction`), so a target on a rounding edge is met or missed exactly as the page rounds.
 */

export interface StepsToTarget {
	steps: number;
	/** The answers (0-based bank positions) moved, one step each, largest effect first. */
	questionIndexes: number[];
}

export interface StepsToBand extends StepsToTarget {
	direction: Pole;
	band: BandId;
}

/** Fewest one-step answer changes toward `direction` that bring the rounded overall score to `target` or past it; null if no such set exists. */
export function stepsToScore(
	result: QuizResult,
	direction: Pole,
	target: number
): StepsToTarget | null {
	const fraction = overallFraction(result.dimensions, minScoredDimensions(result.bank));
	if (!fraction) return null;
	const reached = (sum: number) => {
		const score = roundedPercent(sum, fraction.denominator);
		return direction === 'engineer' ? score >= target : score <= target;
	};
	if (reached(fraction.sum)) return { steps: 0, questionIndexes: [] };

	const sign = direction === 'engineer' ? 1 : -1;
	const movable = result.contributions
		.filter((c) => c.counted && c.points !== null)
		.filter((c) => (direction === 'engineer' ? c.points! < SCALE_MAX : c.points! > 0))
		.map((c) => ({ index: c.index, gain: fraction.weight.get(c.question.dimension)! }))
		.sort((a, b) => b.gain - a.gain || a.index - b.index);

	let sum = fraction.sum;
	const questionIndexes: number[] = [];
	for (const { index, gain } of movable) {
		sum += sign * gain;
		questionIndexes.push(index);
		if (reached(sum)) return { steps: questionIndexes.length, questionIndexes };
	}
	return null;
}

/** Fewest one-step changes toward `direction` that give the overall score the next band that way; null at the end of the line or when out of reach. */
export function stepsToNextBand(result: QuizResult, direction: Pole): StepsToBand | null {
	if (result.band === null) return null;
	const here = BANDS.findIndex((b) => b.id === result.band);
	const next = BANDS[direction === 'engineer' ? here + 1 : here - 1];
	if (!next) return null;
	const found = stepsToScore(result, direction, direction === 'engineer' ? next.min : next.max);
	return found && { ...found, direction, band: next.id };
}

/** Fewest one-step changes that would put the overall score in the middle band; 0 when it is there, null when out of reach. */
export function stepsToMiddle(result: QuizResult): StepsToTarget | null {
	if (result.overall === null) return null;
	const { min, max } = MIDDLE_BAND;
	if (result.overall > max) return stepsToScore(result, 'programmer', max);
	if (result.overall < min) return stepsToScore(result, 'engineer', min);
	return { steps: 0, questionIndexes: [] };
}

import { ROLE_NAME } from './article';
import type { Dimension } from './dimensions';
import { scaleLabel } from './scale';
import { BANDS, bandFor, type Contribution, type DimensionScore, type QuizResult } from './scoring';

/**
 * Turns a result into the sentences a result page shows. Pure, and written from the person's
 * own numbers: two people in the same band read different summaries if their profiles differ.
 */

export type Lean = 'programmer' | 'engineer' | 'balanced';

/** A dimension leans the way its score's band does: the same thresholds as the overall result. */
export function leanOf(score: number): Lean {
	const band = bandFor(score).id;
	if (band === 'programmer' || band === 'leaning-programmer') return 'programmer';
	if (band === 'engineer' || band === 'leaning-engineer') return 'engineer';
	return 'balanced';
}

export function describeLean(d: DimensionScore): string {
	const lean = leanOf(d.score);
	const band = bandFor(d.score);
	const strongly = band === BANDS[0] || band === BANDS.at(-1) ? 'clearly ' : '';
	if (lean === 'balanced') return 'You sit between the two ends: neither habit clearly wins.';
	const end = lean === 'engineer' ? d.dimension.engineerEnd : d.dimension.programmerEnd;
	return `You ${strongly}lean toward the ${ROLE_NAME[lean]} end (${end}).`;
}

/** The first `count` dimensions, plus any that tie with the last of them: a tie is never cut in two. */
function leading(scores: DimensionScore[], count: number): DimensionScore[] {
	const last = scores[count - 1];
	return last ? scores.filter((d, i) => i < count || d.score === last.score) : scores;
}

function listNames(scores: DimensionScore[]): string {
	const names = scores.map((d) => `${d.dimension.name} (${d.score})`);
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** One plain paragraph for the top of the result page. */
export function summarize(result: QuizResult): string {
	const sorted = [...result.dimensions].sort((a, b) => b.exact - a.exact);
	const engineerSide = sorted.filter((d) => leanOf(d.score) === 'engineer');
	const programmerSide = sorted.filter((d) => leanOf(d.score) === 'programmer').reverse();
	const sentences: string[] = [];

	const lean = leanOf(result.overall);
	const position =
		lean === 'balanced'
			? 'between the two roles'
			: `${result.band.id.startsWith('leaning') ? 'leaning toward' : 'at'} the ${ROLE_NAME[lean]} end`;
	sentences.push(`Your answers place you at ${result.overall} of 100, ${position}.`);
	if (result.straightLined) {
		sentences.push(
			'But nearly all your answers were the same, so this says more about how you answered than about how you work.'
		);
		return sentences.join(' ');
	}

	const spread = sorted[0]!.exact - sorted.at(-1)!.exact;
	if (spread === 0) {
		sentences.push(
			`All ${sorted.length} dimensions score the same, ${sorted[0]!.score}: your habits are consistent across them.`
		);
	} else if (engineerSide.length > 0 && programmerSide.length > 0) {
		sentences.push(
			`You work most like a software engineer in ${listNames(leading(engineerSide, 2))}, and most like a programmer in ${listNames(leading(programmerSide, 2))}.`
		);
	} else if (engineerSide.length > 0) {
		sentences.push(
			`Your engineering habits are strongest in ${listNames(leading(engineerSide, 2))}.`
		);
	} else if (programmerSide.length > 0) {
		sentences.push(
			`Your programming habits are strongest in ${listNames(leading(programmerSide, 2))}.`
		);
	} else {
		sentences.push(
			'No dimension leans clearly either way: you mix both ways of working throughout.'
		);
	}

	if (result.mixed && result.band.id !== 'both') {
		sentences.push(
			`Your dimensions pull in different directions, so the range around your score (${result.range.low} to ${result.range.high}) reaches the middle: read this as a mixed result, not a verdict.`
		);
	} else if (result.mixed) {
		sentences.push(
			'That is a mixed result: you draw on both ways of working, as most people in software do.'
		);
	} else if (result.range.low === result.range.high) {
		sentences.push('Your dimensions agree, so there is no range to speak of around that score.');
	} else if (lean === 'balanced') {
		const side = result.range.high < 50 ? 'programmer' : 'engineer';
		sentences.push(
			`Within the middle band you lean slightly toward the ${ROLE_NAME[side]} side: the range around your score, ${result.range.low} to ${result.range.high}, stays on that side of 50.`
		);
	} else {
		sentences.push(
			`The range around your score, ${result.range.low} to ${result.range.high}, stays on one side of the middle.`
		);
	}
	return sentences.join(' ');
}

/** Said only when the answers look straight-lined; null otherwise. */
export function straightLiningNote(result: QuizResult): string | null {
	if (!result.straightLined) return null;
	const { answer, count } = result.mostCommonAnswer;
	return `You chose “${scaleLabel(answer)}” for ${count} of ${result.contributions.length} questions. Because half the questions describe each role, answering the same way throughout lands near the middle whatever your habits are. If you went quickly, it is worth taking again and thinking of a recent week at work for each question.`;
}

/** Habits to try, for each dimension that leans toward the programmer end. */
export function nextSteps(
	result: QuizResult
): { dimension: Dimension; score: number; steps: readonly string[] }[] {
	return result.dimensions
		.filter((d) => leanOf(d.score) === 'programmer')
		.sort((a, b) => a.exact - b.exact)
		.map((d) => ({ dimension: d.dimension, score: d.score, steps: d.dimension.nextSteps }));
}

/** The answers that moved the score most toward each pole, largest first. */
export function strongestContributions(
	result: QuizResult,
	count = 3
): { engineer: Contribution[]; programmer: Contribution[] } {
	const strongest = (sign: 1 | -1) =>
		result.contributions
			.filter((c) => Math.sign(c.effect) === sign)
			.sort((a, b) => sign * (b.effect - a.effect) || a.index - b.index)
			.slice(0, count);
	return { engineer: strongest(1), programmer: strongest(-1) };
}

/** Rounds to one decimal the way `toFixed` does for the scores (halves upward), so sums shown add up. */
export function roundEffect(effect: number): number {
	return Math.round(effect * 10) / 10;
}

/** Effects are shown with one decimal and a sign, e.g. “+2.1” or “−1.0”. */
export function formatEffect(effect: number): string {
	const rounded = roundEffect(effect);
	if (rounded === 0) return '0.0';
	return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

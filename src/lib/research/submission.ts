import type { Bank } from '$lib/quiz/banks';
import {
	NOT_APPLICABLE,
	SCALE_VALUES,
	isScaleValue,
	type Answer,
	type ScaleValue
} from '$lib/quiz/scale';
import { pointsTowardEngineer, scoreAnswers, type Answers } from '$lib/quiz/scoring';

/** How a stored “doesn't apply” reads in the answers column. */
const NOT_APPLICABLE_CELL = 'n';

/** Why a submission is kept but left out of the statistics. */
export const FLAGS = ['too-fast', 'straight-lined'] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * The answers as stored: one character per question in the bank's order, the points toward
 * software engineer after keying (so every column reads the same way), `n` for “doesn't apply”.
 */
export function keyedAnswers(answers: Answers, bank: Bank): string {
	return bank.questions
		.map((q, i) => {
			const answer = answers[i]!;
			return isScaleValue(answer) ? String(pointsTowardEngineer(q, answer)) : NOT_APPLICABLE_CELL;
		})
		.join('');
}

/** The stored answers as points (null for “doesn't apply”), or null if they do not fit the bank. */
export function readKeyed(stored: string, bank: Bank): (ScaleValue | null)[] | null {
	if (stored.length !== bank.questions.length) return null;
	const points: (ScaleValue | null)[] = [];
	for (const cell of stored) {
		if (cell === NOT_APPLICABLE_CELL) points.push(null);
		else if (/^[0-9]$/.test(cell) && isScaleValue(Number(cell)))
			points.push(Number(cell) as ScaleValue);
		else return null;
	}
	return points;
}

/** Back from points to the answers a person gave, so that scores are computed by the scoring itself. */
export function answersFromKeyed(points: readonly (ScaleValue | null)[], bank: Bank): Answer[] {
	return bank.questions.map((q, i) => {
		const p = points[i];
		if (p === null || p === undefined) return NOT_APPLICABLE;
		// Whatever the keying, the answer that the scoring itself turns into these points.
		return SCALE_VALUES.find((answer) => pointsTowardEngineer(q, answer) === p) ?? NOT_APPLICABLE;
	});
}

/** `YYYY-MM` in UTC: the only time that is stored. */
export function monthOf(date: Date): string {
	return date.toISOString().slice(0, 7);
}

/**
 * Too fast: finished in under `minSeconds` (0 turns the check off), or with no timing at all.
 * Straight-lined: the same option chosen for most answers, as the result page counts it.
 */
export function flagFor(
	answers: Answers,
	bank: Bank,
	secondsTaken: number | null,
	minSeconds: number
): Flag | null {
	if (minSeconds > 0 && (secondsTaken === null || secondsTaken < minSeconds)) return 'too-fast';
	if (scoreAnswers(answers, bank).straightLined) return 'straight-lined';
	return null;
}

/** Whole months between two `YYYY-MM` months (b − a). */
export function monthsBetween(a: string, b: string): number {
	const [ya, ma] = a.split('-').map(Number);
	const [yb, mb] = b.split('-').map(Number);
	return (yb! - ya!) * 12 + (mb! - ma!);
}

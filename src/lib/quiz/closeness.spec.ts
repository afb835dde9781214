import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pole } from './article';
import { CURRENT_BANK, type Bank } from './banks';
import { V2_BANK } from './banks/v2';
import { stepsToMiddle, stepsToNextBand } from './closeness';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from './fixtures';
import { NOT_APPLICABLE, SCALE_MAX, isScaleValue, type Answer } from './scale';
import { BANDS, scoreAnswers, type Answers, type BandId } from './scoring';

const rank = (band: BandId | null) => BANDS.findIndex((b) => b.id === band);

/** Moves the answer at `index` one step toward `direction`, or returns null if it cannot move. */
function step(bank: Bank, answers: Answers, index: number, direction: Pole): Answers | null {
	const answer = answers[index]!;
	if (!isScaleValue(answer)) return null;
	const towardEngineer = bank.questions[index]!.towards === 'engineer' ? 1 : -1;
	const moved = answer + (direction === 'engineer' ? towardEngineer : -towardEngineer);
	if (moved < 0 || moved > SCALE_MAX) return null;
	return answers.map((a, i) => (i === index ? (moved as Answer) : a));
}

/** Whether a set of answers, each moved one step, takes the band one or more bands that way. */
function crosses(
	bank: Bank,
	answers: Answers,
	indexes: readonly number[],
	direction: Pole
): boolean {
	let moved: Answers | null = answers;
	for (const index of indexes) moved = moved && step(bank, moved, index, direction);
	if (!moved) return false;
	const before = rank(scoreAnswers(answers, bank).band);
	const after = rank(scoreAnswers(moved, bank).band);
	return direction === 'engineer' ? after > before : after < before;
}

/**
 * The farthest `count` one-step moves can take the position, found by trying every move and
 * rescoring: a different route from the one closeness.ts takes, through scoreAnswers only.
 */
function bestMoves(bank: Bank, answers: Answers, count: number, direction: Pole): number[] {
	const sign = direction === 'engineer' ? 1 : -1;
	const chosen: number[] = [];
	let current = answers;
	for (let k = 0; k < count; k++) {
		let best: { index: number; value: number; moved: Answers } | null = null;
		for (let i = 0; i < current.length; i++) {
			if (chosen.includes(i)) continue;
			const moved = step(bank, current, i, direction);
			if (!moved) continue;
			const value = sign * (scoreAnswers(moved, bank).overallExact ?? -Infinity);
			if (!best || value > best.value + 1e-12) best = { index: i, value, moved };
		}
		if (!best) break;
		chosen.push(best.index);
		current = best.moved;
	}
	return chosen;
}

const answersFor = (bank: Bank) =>
	fc.array(fc.constantFrom<Answer>(0, 1, 2, 3, 4, 0, 1, 2, 3, 4, NOT_APPLICABLE), {
		minLength: bank.questions.length,
		maxLength: bank.questions.length
	});
const onV2 = (answers: Answers) => scoreAnswers(answers, V2_BANK);

describe('steps to the next band, worked out by hand', () => {
	it('finds the on-call developer three steps from “Leaning programmer”', () => {
		// 41.67, each step 100/96 = 1.04: two steps give 39.58 (still 40), three give 38.54 (39).
		const toward = stepsToNextBand(onV2(ON_CALL), 'programmer')!;
		expect(toward).toMatchObject({ steps: 3, band: 'leaning-programmer' });
		// Up to 61 takes 18.83 points: 19 steps.
		expect(stepsToNextBand(onV2(ON_CALL), 'engineer')).toMatchObject({
			steps: 19,
			band: 'leaning-engineer'
		});
	});

	it('counts every step alike, and moves only counted answers', () => {
		// With skips, 15 answers count, each step worth 100/60 = 1.67: 56.67 needs 3.83 more to
		// round to 61, so two steps (60.0) fall short and three (61.67) reach it.
		const result = stepsToNextBand(onV2(WITH_SKIPS), 'engineer')!;
		expect(result.steps).toBe(3);
		expect(result.band).toBe('leaning-engineer');
		// Counted: Scope, Starting point, Environment and Real conditions (i % 6 of 0, 1, 3, 5).
		for (const index of result.questionIndexes) {
			expect([0, 1, 3, 5]).toContain(index % 6);
			expect(WITH_SKIPS[index]).not.toBe(NOT_APPLICABLE);
		}
	});

	it('has nothing past the ends of the line, and nothing without an overall position', () => {
		const atEngineer = V2_BANK.questions.map((q) => (q.towards === 'engineer' ? 4 : 0));
		expect(stepsToNextBand(onV2(atEngineer), 'engineer')).toBeNull();
		expect(stepsToNextBand(onV2(TWO_DIMENSIONS), 'engineer')).toBeNull();
	});

	it('counts the steps into the middle band', () => {
		expect(stepsToMiddle(onV2(ON_CALL))).toEqual({ steps: 0, questionIndexes: [] });
		// From 100, every step is worth 1.04: reaching 60 takes 39.5 points, so 38 steps would be
		// needed but only 24 answers can move: out of reach.
		const atEngineer = V2_BANK.questions.map((q) => (q.towards === 'engineer' ? 4 : 0));
		expect(stepsToMiddle(onV2(atEngineer))).toBeNull();
	});
});

describe.each([V2_BANK, CURRENT_BANK])(
	'steps to the next band, for any answers in version $version',
	(bank) => {
		const answers = answersFor(bank);
		it('is exact: that many one-step changes cross the edge, and one fewer never does', () => {
			fc.assert(
				fc.property(answers, fc.constantFrom<Pole>('engineer', 'programmer'), (a, direction) => {
					const found = stepsToNextBand(scoreAnswers(a, bank), direction);
					if (!found) return;
					expect(new Set(found.questionIndexes).size).toBe(found.steps);
					expect(crosses(bank, a, found.questionIndexes, direction)).toBe(true);
					expect(crosses(bank, a, bestMoves(bank, a, found.steps - 1, direction), direction)).toBe(
						false
					);
				}),
				{ numRuns: 150 }
			);
		});

		it('is exact for small distances, checked against every smaller set of moves', () => {
			fc.assert(
				fc.property(answers, fc.constantFrom<Pole>('engineer', 'programmer'), (a, direction) => {
					const found = stepsToNextBand(scoreAnswers(a, bank), direction);
					fc.pre(found !== null && found.steps <= 3);
					const n = a.length;
					const sets: number[][] = [[]];
					for (let size = 1; size < found!.steps; size++)
						for (const set of [...sets].filter((s) => s.length === size - 1))
							for (let i = (set.at(-1) ?? -1) + 1; i < n; i++) sets.push([...set, i]);
					for (const set of sets) expect(crosses(bank, a, set, direction), String(set)).toBe(false);
				}),
				{ numRuns: 60 }
			);
		});

		it('says “out of reach” only when moving every answer one step still does not cross', () => {
			fc.assert(
				fc.property(answers, fc.constantFrom<Pole>('engineer', 'programmer'), (a, direction) => {
					const result = scoreAnswers(a, bank);
					const end = direction === 'engineer' ? BANDS.length - 1 : 0;
					fc.pre(result.band !== null && rank(result.band) !== end);
					if (stepsToNextBand(result, direction) !== null) return;
					const all = a.flatMap((_, i) => (step(bank, a, i, direction) ? [i] : []));
					expect(crosses(bank, a, all, direction)).toBe(false);
				}),
				{ numRuns: 150 }
			);
		});
	}
);

import { describe, expect, it } from 'vitest';
import { CURRENT_BANK, type Bank } from './banks';
import { V1_BANK } from './banks/v1';
import { V2_BANK } from './banks/v2';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from './fixtures';
import type { Answer } from './scale';
import {
	BANDS,
	bandFor,
	minScoredDimensions,
	roundedPercent,
	scoreAnswers,
	type Answers
} from './scoring';

const scores = (answers: Answers, bank: Bank = V2_BANK) =>
	Object.fromEntries(scoreAnswers(answers, bank).dimensions.map((d) => [d.id, d.score]));
const pole = (toward: 'engineer' | 'programmer', bank: Bank): Answers =>
	bank.questions.map((q) => (q.towards === toward ? 4 : 0));

describe('scoreAnswers, worked out by hand', () => {
	it('places the on-call developer in between, at 42', () => {
		// Points of 16 per dimension: 6, 10, 4, 10, 1, 9; 100 × 40 ÷ (4 × 24 answers) = 41.67.
		const result = scoreAnswers(ON_CALL, V2_BANK);
		expect(scores(ON_CALL)).toEqual({
			scope: 38,
			'starting-point': 63,
			method: 25,
			environment: 63,
			people: 6,
			quality: 56
		});
		expect(result.overallExact).toBeCloseTo(41.667, 3);
		expect(result.overall).toBe(42);
		expect(result.band).toBe('both');
		expect(result.scoredCount).toBe(6);
		expect(result.skippedCount).toBe(0);
		expect(result.mostCommonAnswer).toEqual({ answer: 3, count: 9 });
		expect(result.straightLined).toBe(false);
	});

	it('leaves “doesn’t apply” out, and a dimension without enough answers unscored', () => {
		// Scope keeps 3 answers (5 points of 12: 41.67); People keeps 1 of 4 (too few); Method keeps
		// its two programmer questions only (no engineer side).
		// Overall: 100 × (5 + 10 + 10 + 9) ÷ (4 × (3 + 4 + 4 + 4)) = 3400 ÷ 60 = 56.67.
		const result = scoreAnswers(WITH_SKIPS, V2_BANK);
		expect(scores(WITH_SKIPS)).toEqual({
			scope: 42,
			'starting-point': 63,
			method: null,
			environment: 63,
			people: null,
			quality: 56
		});
		const people = result.dimensions.find((d) => d.id === 'people')!;
		expect(people).toMatchObject({ answered: 1, skipped: 3, scored: false, exact: null });
		const method = result.dimensions.find((d) => d.id === 'method')!;
		expect(method).toMatchObject({
			answered: 2,
			answeredToward: { programmer: 2, engineer: 0 },
			scored: false
		});
		expect(result.overallExact).toBeCloseTo(56.667, 3);
		expect(result.overall).toBe(57);
		expect(result.band).toBe('both');
		expect(result.scoredCount).toBe(4);
		expect(result.skippedCount).toBe(6);
		expect(result.answeredCount).toBe(18);
	});

	it('needs two thirds of a bank’s dimensions scored, rounded up', () => {
		// ⌈2/3 × 6⌉ = 4 in versions 1 and 2; ⌈2/3 × 4⌉ = 3 in version 3.
		expect(minScoredDimensions(V1_BANK)).toBe(4);
		expect(minScoredDimensions(V2_BANK)).toBe(4);
		expect(minScoredDimensions(CURRENT_BANK)).toBe(3);
	});

	it('gives no overall position with fewer than four scored dimensions', () => {
		const result = scoreAnswers(TWO_DIMENSIONS, V2_BANK);
		expect(result.scoredCount).toBe(2);
		expect(result.overall).toBeNull();
		expect(result.band).toBeNull();
		expect(result.contributions.every((c) => !c.counted && c.effect === 0)).toBe(true);
	});

	it('does not count “doesn’t apply” toward straight-lining', () => {
		// 22 answers “Often”, and “doesn't apply” for the two programmer questions among the first four.
		const answers = V2_BANK.questions.map((q, i): Answer =>
			i < 4 && q.towards === 'programmer' ? 'na' : 3
		);
		const result = scoreAnswers(answers, V2_BANK);
		expect(result.mostCommonAnswer).toEqual({ answer: 3, count: 22 });
		expect(result.straightLined).toBe(true);
		const varied = scoreAnswers(
			ON_CALL.map((a, i) => (i < 12 ? 'na' : a)),
			V2_BANK
		);
		expect(varied.answeredCount).toBe(12);
		expect(varied.straightLined).toBe(false);
	});

	it('scores 100 and 0 at the poles, in every bank', () => {
		for (const bank of [V1_BANK, V2_BANK, CURRENT_BANK]) {
			expect(scoreAnswers(pole('engineer', bank), bank).overall).toBe(100);
			expect(scoreAnswers(pole('programmer', bank), bank).overall).toBe(0);
			expect(scoreAnswers(pole('engineer', bank), bank).band).toBe('engineer');
		}
	});

	it('splits the distance from 50 exactly into the counted answers’ effects', () => {
		for (const answers of [ON_CALL, WITH_SKIPS]) {
			const result = scoreAnswers(answers, V2_BANK);
			const total = result.contributions.reduce((s, c) => s + c.effect, 0);
			expect(total).toBeCloseTo(result.overallExact! - 50, 10);
		}
		// On-call: every dimension has 4 answers, so one point moves the position by 100/96.
		const effects = scoreAnswers(ON_CALL, V2_BANK).contributions.map(
			(c) => Math.round(c.effect * 96) / 100
		);
		expect(effects.slice(0, 6)).toEqual([-2, 0, -1, 1, -2, 1]);
	});

	it('still scores a version-1 link with the version-1 questions', () => {
		// Points per dimension of 16: 5, 7, 5, 5, 3, 6; 100 × 31 ÷ (4 × 24 answers) = 32.29.
		const v1: Answers = [3, 3, 2, 4, 1, 2, 4, 3, 3, 3, 4, 2, 2, 3, 1, 4, 1, 3, 4, 2, 3, 2, 3, 1];
		const result = scoreAnswers(v1, V1_BANK);
		expect(scores(v1, V1_BANK)).toEqual({
			scope: 31,
			'starting-point': 44,
			method: 31,
			environment: 31,
			people: 19,
			quality: 38
		});
		expect(result.overall).toBe(32);
		expect(result.band).toBe('leaning-programmer');
		expect(() =>
			scoreAnswers(
				v1.map(() => 'na'),
				V1_BANK
			)
		).toThrow(RangeError);
	});

	it('rejects an answer list of the wrong length', () => {
		expect(() => scoreAnswers([4, 4], V2_BANK)).toThrow(RangeError);
		expect(() => scoreAnswers(ON_CALL, CURRENT_BANK)).toThrow(RangeError);
	});
});

describe('rounding', () => {
	it('rounds halves up, exactly', () => {
		// 100 × 121 / 200 = 60.5, which is 61 (Leaning software engineer), never 60.
		expect(roundedPercent(121, 200)).toBe(61);
		expect(roundedPercent(119, 200)).toBe(60);
		expect(roundedPercent(1, 16)).toBe(6);
		expect(roundedPercent(15, 24)).toBe(63);
	});
});

describe('bands', () => {
	it('cover every whole score from 0 to 100 exactly once', () => {
		for (let score = 0; score <= 100; score++) {
			expect(BANDS.filter((b) => score >= b.min && score <= b.max)).toHaveLength(1);
		}
	});

	it('mirror each other around 50', () => {
		for (let score = 0; score <= 100; score++) {
			const index = BANDS.indexOf(bandFor(score));
			expect(BANDS.indexOf(bandFor(100 - score))).toBe(BANDS.length - 1 - index);
		}
	});

	it('place the thresholds where the methodology says', () => {
		expect([19, 20, 39, 40, 60, 61, 80, 81].map((s) => bandFor(s).id)).toEqual([
			'programmer',
			'leaning-programmer',
			'leaning-programmer',
			'both',
			'both',
			'leaning-engineer',
			'leaning-engineer',
			'engineer'
		]);
	});
});

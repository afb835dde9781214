import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from './banks';
import { V1_BANK } from './banks/v1';
import { V2_BANK } from './banks/v2';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from './fixtures';
import { buildResultView } from './result-view';
import type { Answers } from './scoring';

const own = { own: true, latest: true };

describe('buildResultView', () => {
	it('computes every figure and decision once, for answers with “doesn’t apply”', () => {
		const view = buildResultView(WITH_SKIPS, V2_BANK, own);
		expect(view).toMatchObject({
			version: 2,
			format: 'frequency',
			current: false,
			own: true,
			canChange: false,
			questionCount: 24,
			answeredCount: 18,
			skippedCount: 6,
			dimensionCount: 6,
			scoredCount: 4,
			minScoredDimensions: 4,
			// 100 × 34 points ÷ (4 × 15 counted answers) = 56.67.
			overall: { score: 57, band: 'both', lean: 'balanced' },
			summary: { kind: 'overall-only' },
			straightLining: null,
			revisitStep: null
		});
		expect(view.closeness!.nearest.map((s) => [s.direction, s.steps])).toEqual([['engineer', 3]]);
		expect(view.strongest!.programmer.tiedBeyond).toBe(1);
		expect(view.retakeInTen).toBeGreaterThanOrEqual(0);
		expect(view.retakeInTen).toBeLessThanOrEqual(10);
		expect(view.dimensions.some((d) => d.reportable)).toBe(false);
	});

	it('says why each unscored dimension has no score', () => {
		const view = buildResultView(WITH_SKIPS, V2_BANK, own);
		const byId = Object.fromEntries(view.dimensions.map((d) => [d.id, d]));
		expect(byId.people).toMatchObject({
			scored: false,
			score: null,
			lean: null,
			answered: 1,
			skipped: 3,
			minAnswered: 2,
			missingPole: null
		});
		expect(byId.method).toMatchObject({ scored: false, answered: 2, missingPole: 'engineer' });
		expect(byId.scope).toMatchObject({ scored: true, score: 42, lean: 'balanced', skipped: 1 });
	});

	it('lists each dimension’s answers with the step that changes them and whether they count', () => {
		const scope = buildResultView(WITH_SKIPS, V2_BANK, own).dimensions[0]!;
		expect(scope.answers.map((a) => [a.step, a.answer, a.counted])).toEqual([
			[1, 4, true],
			[19, 3, true],
			[7, 2, true],
			[13, 'na', false]
		]);
		// 15 counted answers: 100 / (4 × 15) per point; “Always” to a programmer habit is 2 below the middle.
		expect(scope.answers[0]!.effect).toBeCloseTo(-200 / 60, 10);
	});

	it('gives no overall position, and a way back to the questions, with too few dimensions', () => {
		const view = buildResultView(TWO_DIMENSIONS, V2_BANK, own);
		expect(view.overall).toBeNull();
		expect(view.strongest).toBeNull();
		expect(view.closeness).toBeNull();
		expect(view.summary.kind).toBe('not-enough');
		// The first dimension without enough answers is Scope; its first question is step 1.
		expect(view.revisitStep).toBe(1);
	});

	it('offers no change links on a shared result, an older own result or an older version', () => {
		const middle = CURRENT_BANK.questions.map((_, i) => i % 5) as Answers;
		expect(buildResultView(middle, CURRENT_BANK, own)).toMatchObject({
			version: 3,
			format: 'two-ended',
			current: true,
			canChange: true
		});
		expect(buildResultView(middle, CURRENT_BANK, { own: false, latest: false }).canChange).toBe(
			false
		);
		expect(buildResultView(middle, CURRENT_BANK, { own: true, latest: false }).canChange).toBe(
			false
		);
		expect(buildResultView(ON_CALL, V2_BANK, own)).toMatchObject({
			version: 2,
			current: false,
			canChange: false
		});
		const v1 = buildResultView(new Array(V1_BANK.questions.length).fill(2), V1_BANK, own);
		expect(v1).toMatchObject({ version: 1, current: false, canChange: false });
	});

	it('marks the dimensions of the current bank as reportable on their own', () => {
		const middle = CURRENT_BANK.questions.map((_, i) => i % 5) as Answers;
		const view = buildResultView(middle, CURRENT_BANK, own);
		expect(view.dimensions.map((d) => [d.id, d.reportable])).toEqual([
			['breadth', true],
			['brief', true],
			['approach', true],
			['conditions', true]
		]);
	});
});

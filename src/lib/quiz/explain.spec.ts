import { describe, expect, it } from 'vitest';
import type { Question } from './banks';
import { V3_BANK } from './banks/v3';
import { V2_BANK } from './banks/v2';
import type { DimensionId } from './dimensions';
import {
	answersOf,
	caveatsFor,
	closenessOf,
	leanOf,
	nextStepsFor,
	reportedDimensions,
	retakeSameBand,
	strongestToward,
	summaryOf
} from './explain';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from './fixtures';
import type { Answer, ScaleValue } from './scale';
import { scoreAnswers, type Answers } from './scoring';

const onV2 = (answers: Answers) => scoreAnswers(answers, V2_BANK);
const onCall = onV2(ON_CALL);
const withSkips = onV2(WITH_SKIPS);
const ids = (items: { question: { id: string } }[]) => items.map((c) => c.question.id);
/** Engineer-pole answers in the listed dimensions, programmer-pole answers elsewhere (version 2). */
const engineerIn = (dimensions: string[]): Answers =>
	V2_BANK.questions.map((q) =>
		(q.towards === 'engineer') === dimensions.includes(q.dimension) ? 4 : 0
	);
/** The answer that gives `points` toward software engineer on a question. */
const giving = (q: Question, points: ScaleValue): ScaleValue =>
	(q.towards === 'engineer' ? points : 4 - points) as ScaleValue;
/** Version-3 answers, chosen per dimension. */
const onV3 = (answer: Partial<Record<DimensionId, (q: Question) => Answer>>) =>
	scoreAnswers(
		V3_BANK.questions.map((q) => answer[q.dimension]!(q)),
		V3_BANK
	);
/** Brief, Approach and Conditions at 50, by three different answers, so nothing is straight-lined. */
const middle = {
	brief: () => 1 as const,
	approach: () => 3 as const,
	conditions: () => 2 as const
};

describe('summaryOf', () => {
	// A version-3 dimension has 8 answers: α = 8 × 0.3 ÷ (1 + 7 × 0.3) = 0.774, spread
	// 100 × 1.01 × √(8 + 56 × 0.3) ÷ 32 = 15.7, error 15.7 × √0.226 = 7.47; two such scores differ
	// only beyond 1.96 × √2 × 7.47 = 20.7 points.
	it('names the dimensions that differ when the gap is beyond the error', () => {
		// Breadth at the engineer end (100), Brief at the programmer end (0), the others 50.
		const result = onV3({
			breadth: (q) => giving(q, 4),
			brief: (q) => giving(q, 0),
			approach: () => 2,
			conditions: () => 2
		});
		expect(result.dimensions.map((d) => d.score)).toEqual([100, 0, 50, 50]);
		expect(summaryOf(result)).toEqual({ kind: 'differ', higher: ['breadth'], lower: ['brief'] });
	});

	it('names every dimension tied at the top or the bottom', () => {
		// Breadth 24 of 32 points (75), the other three 50: a gap of 25, beyond 20.7.
		const result = onV3({ breadth: (q) => giving(q, 3), ...middle });
		expect(result.dimensions.map((d) => d.score)).toEqual([75, 50, 50, 50]);
		expect(summaryOf(result)).toEqual({
			kind: 'differ',
			higher: ['breadth'],
			lower: ['brief', 'approach', 'conditions']
		});
	});

	it('calls the dimensions alike when the gap is within the error', () => {
		// Breadth 20 of 32 points (62.5), the other three 50: a gap of 12.5, within 20.7.
		const result = onV3({ breadth: (q) => (q.towards === 'engineer' ? 3 : 2), ...middle });
		expect(result.dimensions.map((d) => d.score)).toEqual([63, 50, 50, 50]);
		expect(summaryOf(result)).toEqual({ kind: 'alike', higher: [], lower: [] });
	});

	it('gives the overall position only when no dimension has the questions to stand alone', () => {
		// Version 2: 4 questions a dimension, fewer than 6 (α = 4 × 0.3 ÷ 1.9 = 0.63).
		expect(reportedDimensions(onCall)).toEqual([]);
		expect(summaryOf(onCall)).toEqual({ kind: 'overall-only', higher: [], lower: [] });
		expect(summaryOf(withSkips).kind).toBe('overall-only');
	});

	it('says so, and reads nothing into them, when answers are straight-lined or missing', () => {
		expect(summaryOf(onV2(ON_CALL.map(() => 3))).kind).toBe('straight-lined');
		expect(summaryOf(onV2(TWO_DIMENSIONS)).kind).toBe('not-enough');
		expect(
			summaryOf(onV3({ breadth: () => 4, brief: () => 4, approach: () => 4, conditions: () => 4 }))
				.kind
		).toBe('straight-lined');
	});
});

describe('retakeSameBand', () => {
	it('is a chance, and there is none without an overall position', () => {
		const chance = retakeSameBand(onCall)!;
		expect(chance).toBeGreaterThan(0);
		expect(chance).toBeLessThan(1);
		expect(retakeSameBand(onV2(TWO_DIMENSIONS))).toBeNull();
	});
});

describe('closenessOf', () => {
	it('names the nearer band when it is near', () => {
		const closeness = closenessOf(onCall)!;
		expect(closeness.near).toBe(true);
		expect(closeness.nearest.map((s) => [s.direction, s.steps, s.band])).toEqual([
			['programmer', 3, 'leaning-programmer']
		]);
	});

	it('says whether one answer, moved as far as it goes, could change the description', () => {
		// On call: 3 steps to “Leaning programmer”, and an “Always” to an engineer habit can move 4.
		expect(closenessOf(onCall)!.oneAnswer).toBe(true);
		// At the engineer end (100): below 80.5 takes 19.5 ÷ (100/96) = 18.7, so 19 steps; one
		// answer moves at most 4.
		const atEngineer = closenessOf(onV2(engineerIn(V2_BANK.dimensions.map((d) => d.id))))!;
		expect(atEngineer.nearest.map((s) => [s.direction, s.steps])).toEqual([['programmer', 19]]);
		expect(atEngineer.oneAnswer).toBe(false);
	});
});

describe('strongestToward', () => {
	it.each([
		{
			// “Always” to two engineer habits (+2.08: questions 16, 18), then “Often” to five (+1.04):
			// question 4 is listed, questions 6, 8, 14 and 19 tie with it.
			lists: 'the three largest pushes toward engineer, in question order on a tie',
			result: onCall,
			pole: 'engineer' as const,
			items: ['environment-find-limits-first', 'quality-watch-in-use', 'environment-where-it-runs'],
			tiedBeyond: 4
		},
		{
			// Five answers at the programmer pole (−2.08): questions 1, 5 and 11 listed, 15 and 17 tied.
			lists: 'the programmer side the same way',
			result: onCall,
			pole: 'programmer' as const,
			items: ['scope-one-area-in-depth', 'people-requirements-gathered', 'people-ask-users'],
			tiedBeyond: 2
		},
		{
			// Method is unscored here: its “Always” to reading code line by line moves nothing.
			lists: 'no answer that does not count',
			result: withSkips,
			pole: 'programmer' as const,
			items: [
				'scope-one-area-in-depth',
				'quality-check-against-brief',
				'environment-rely-on-platform'
			],
			tiedBeyond: 1
		}
	])('lists $lists, and counts the rest of the tie', ({ result, pole, items, tiedBeyond }) => {
		const s = strongestToward(result, pole);
		expect(ids(s.items)).toEqual(items);
		expect(s.tiedBeyond).toBe(tiedBeyond);
	});

	it('gives each of them its effect on the overall score', () => {
		const s = strongestToward(onCall, 'programmer');
		expect(s.items.map((c) => Math.round(c.effect * 100) / 100)).toEqual([-2.08, -2.08, -2.08]);
	});
});

describe('answersOf', () => {
	it('orders a dimension’s answers strongest first, “doesn’t apply” last', () => {
		// Scope with skips: question 1 “Always” to a programmer habit (2 from the middle), 19
		// “Often” (1), 7 “Sometimes” (0), then 13, not applying.
		expect(ids(answersOf(withSkips, 'scope'))).toEqual([
			'scope-one-area-in-depth',
			'scope-neighbouring-systems',
			'scope-sketch-connections',
			'scope-settled-coding-tasks'
		]);
	});
});

describe('nextStepsFor', () => {
	it('goes both ways, strongest lean first', () => {
		// People 6, Method 25, then Scope, Starting point and Environment, each 12.5 from the middle.
		expect(nextStepsFor(onCall)).toEqual([
			{ dimension: 'people', learnFrom: 'engineer' },
			{ dimension: 'method', learnFrom: 'engineer' },
			{ dimension: 'scope', learnFrom: 'engineer' },
			{ dimension: 'starting-point', learnFrom: 'programmer' },
			{ dimension: 'environment', learnFrom: 'programmer' }
		]);
	});

	it('offers programmers’ habits to someone at the engineer end', () => {
		const steps = nextStepsFor(
			onV2(engineerIn(['scope', 'starting-point', 'method', 'environment', 'people', 'quality']))
		);
		expect(steps).toHaveLength(6);
		expect(steps.every((s) => s.learnFrom === 'programmer')).toBe(true);
	});

	it('suggests nothing for dimensions in between or without a score', () => {
		expect(nextStepsFor(withSkips).map((s) => s.dimension)).toEqual([
			'starting-point',
			'environment'
		]);
	});
});

describe('caveatsFor', () => {
	it('adds the caveats that apply to these answers', () => {
		const always = ['roles-overlap', 'not-a-verdict', 'self-report', 'few-questions'];
		expect(caveatsFor(onCall)).toEqual(always);
		expect(caveatsFor(withSkips)).toEqual([...always, 'many-skipped', 'dimensions-without-enough']);
	});
});

describe('leanOf', () => {
	it('reads a lean with the bands’ middle', () => {
		expect([0, 39, 40, 60, 61, 100].map(leanOf)).toEqual([
			'programmer',
			'programmer',
			'balanced',
			'balanced',
			'engineer',
			'engineer'
		]);
	});
});

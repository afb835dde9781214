import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from './banks';
import {
	answersOf,
	caveatsFor,
	closenessOf,
	isClearly,
	leanOf,
	nextStepsFor,
	spreadOf,
	strongestToward,
	summaryOf
} from './explain';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from './fixtures';
import type { Answer } from './scale';
import { scoreAnswers, type Answers } from './scoring';

const onCall = scoreAnswers(ON_CALL);
const withSkips = scoreAnswers(WITH_SKIPS);
const ids = (items: { question: { id: string } }[]) => items.map((c) => c.question.id);
/** Engineer-pole answers in the listed dimensions, programmer-pole answers elsewhere. */
const engineerIn = (dimensions: string[]): Answers =>
	CURRENT_BANK.questions.map((q) =>
		(q.towards === 'engineer') === dimensions.includes(q.dimension) ? 4 : 0
	);

describe('summaryOf', () => {
	it('names the two strongest dimensions on each side, strongest first, ties kept', () => {
		// Engineer side: Starting point and Environment, tied at 62.5. Programmer side: People (6)
		// ahead of Method (25); Scope (38) is third and left out.
		expect(summaryOf(onCall)).toEqual({
			kind: 'both-sides',
			engineer: ['starting-point', 'environment'],
			programmer: ['people', 'method']
		});
	});

	it('names one side only when no scored dimension leans the other way', () => {
		expect(summaryOf(withSkips)).toEqual({
			kind: 'engineer-side',
			engineer: ['starting-point', 'environment'],
			programmer: []
		});
	});

	it('never cuts a tie in two', () => {
		// Three dimensions at each pole: all three tie on each side, so all are named.
		const summary = summaryOf(scoreAnswers(engineerIn(['scope', 'method', 'people'])));
		expect(summary.engineer).toEqual(['scope', 'method', 'people']);
		expect(summary.programmer).toEqual(['starting-point', 'environment', 'quality']);
	});

	it('says so, and reads nothing into them, when answers are straight-lined or missing', () => {
		expect(summaryOf(scoreAnswers(ON_CALL.map(() => 3))).kind).toBe('straight-lined');
		expect(summaryOf(scoreAnswers(TWO_DIMENSIONS)).kind).toBe('not-enough');
		const flat = scoreAnswers(
			CURRENT_BANK.questions.map((q) => (q.towards === 'engineer' ? 1 : 3))
		);
		expect(summaryOf(flat).kind).toBe('all-equal');
	});

	it('describes no spread when every dimension scores the same', () => {
		const flat = scoreAnswers(
			CURRENT_BANK.questions.map((q) => (q.towards === 'engineer' ? 1 : 3))
		);
		expect(flat.dimensions.map((d) => d.score)).toEqual([25, 25, 25, 25, 25, 25]);
		expect(spreadOf(flat)).toBeNull();
	});
});

describe('spreadOf', () => {
	it('describes a wide spread that leans both ways', () => {
		expect(spreadOf(onCall)).toEqual({
			kind: 'wide',
			points: 57,
			lowest: { score: 6, dimensions: ['people'] },
			highest: { score: 63, dimensions: ['starting-point', 'environment'] },
			opposite: true
		});
	});

	it('describes a moderate spread over the scored dimensions only', () => {
		expect(spreadOf(withSkips)).toMatchObject({
			kind: 'moderate',
			points: 21,
			lowest: { score: 42, dimensions: ['scope'] },
			opposite: false
		});
	});
});

describe('closenessOf and isClearly', () => {
	it('names the nearer band when it is near', () => {
		const closeness = closenessOf(onCall)!;
		expect(closeness.near).toBe(true);
		expect(closeness.nearest.map((s) => [s.direction, s.steps, s.band])).toEqual([
			['programmer', 3, 'leaning-programmer']
		]);
	});

	it('calls a side clear only when a third of the counted answers would have to move', () => {
		expect(isClearly(onCall)).toBe(false); // in the middle band
		// All engineer habits “Often”, all programmer habits “Rarely”: 75. Getting below 60.5 takes
		// 14 steps of 1.04: at least 8 (a third of 24), so “clearly”.
		const often = CURRENT_BANK.questions.map((q) => (q.towards === 'engineer' ? 3 : 1));
		expect(scoreAnswers(often).overall).toBe(75);
		expect(isClearly(scoreAnswers(often))).toBe(true);
		// 62.5: two steps from the middle band, so not “clearly”.
		const justOver = CURRENT_BANK.questions.map((q, i): Answer => {
			if (i >= 12) return 2;
			return q.towards === 'engineer' ? 3 : 1;
		});
		expect(scoreAnswers(justOver).overall).toBe(63);
		expect(isClearly(scoreAnswers(justOver))).toBe(false);
	});
});

describe('strongestToward', () => {
	it('lists the three largest pushes toward engineer, in question order on a tie, and counts the rest of the tie', () => {
		// “Always” to two engineer habits (+2.08: questions 16, 18), then “Often” to five (+1.04):
		// question 4 is listed, questions 6, 8, 14 and 19 tie with it.
		const s = strongestToward(onCall, 'engineer');
		expect(ids(s.items)).toEqual([
			'environment-find-limits-first',
			'quality-watch-in-use',
			'environment-where-it-runs'
		]);
		expect(s.tiedBeyond).toBe(4);
	});

	it('lists the programmer side the same way', () => {
		// Five answers at the programmer pole (−2.08): questions 1, 5 and 11 listed, 15 and 17 tied.
		const s = strongestToward(onCall, 'programmer');
		expect(ids(s.items)).toEqual([
			'scope-one-area-in-depth',
			'people-requirements-gathered',
			'people-ask-users'
		]);
		expect(s.items.map((c) => Math.round(c.effect * 100) / 100)).toEqual([-2.08, -2.08, -2.08]);
		expect(s.tiedBeyond).toBe(2);
	});

	it('leaves out answers that do not count', () => {
		// Method is unscored here: its “Always” to reading code line by line moves nothing.
		const s = strongestToward(withSkips, 'programmer');
		expect(ids(s.items)).toEqual([
			'scope-one-area-in-depth',
			'quality-check-against-brief',
			'environment-rely-on-platform'
		]);
		expect(s.tiedBeyond).toBe(1);
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
			scoreAnswers(
				engineerIn(['scope', 'starting-point', 'method', 'environment', 'people', 'quality'])
			)
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

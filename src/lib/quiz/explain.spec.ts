import { describe, expect, it } from 'vitest';
import {
	formatEffect,
	leanOf,
	nextSteps,
	strongestContributions,
	straightLiningNote,
	summarize
} from './explain';
import { QUESTIONS } from './questions';
import type { AnswerValue } from './scale';
import { scoreAnswers, type Answers } from './scoring';

const pole = (towardEngineer: boolean) => (q: (typeof QUESTIONS)[number]) =>
	((q.towards === 'engineer') === towardEngineer ? 4 : 0) as AnswerValue;
const engineerOn = (dimensions: string[]): Answers =>
	QUESTIONS.map((q) => pole(dimensions.includes(q.dimension))(q));

describe('summarize', () => {
	it('names the dimensions that lean each way, with their scores', () => {
		const result = scoreAnswers(engineerOn(['environment', 'people', 'quality', 'scope']));
		const text = summarize(result);
		expect(text).toContain(`${result.overall} of 100`);
		expect(text).toMatch(/software engineer in (Scope|Environment|People|Real conditions) \(100\)/);
		expect(text).toMatch(/programmer in (Starting point|Method) \(0\)/);
	});

	it('differs between two people in the same band with different profiles', () => {
		const a = scoreAnswers(engineerOn(['environment', 'people', 'quality', 'scope']));
		const b = scoreAnswers(engineerOn(['method', 'starting-point', 'scope', 'quality']));
		expect(a.band).toEqual(b.band);
		expect(summarize(a)).not.toEqual(summarize(b));
	});

	it('calls a result mixed when its range reaches the middle', () => {
		const result = scoreAnswers(engineerOn(['environment', 'people', 'scope']));
		expect(result.mixed).toBe(true);
		expect(summarize(result)).toMatch(/mixed/);
	});

	it('says the range stays on one side for a clear result', () => {
		const answers = engineerOn([
			'scope',
			'starting-point',
			'method',
			'environment',
			'people',
			'quality'
		]).map((a, i) => (i === 0 ? 2 : a));
		const text = summarize(scoreAnswers(answers));
		expect(text).toContain('stays on one side');
		expect(text).toContain('at the software engineer end');
	});

	it('says so when every dimension scores the same', () => {
		const text = summarize(scoreAnswers(QUESTIONS.map((q) => (q.towards === 'engineer' ? 1 : 3))));
		expect(text).toContain('All 6 dimensions score the same, 25');
		expect(text).toContain('no range to speak of');
	});
});

describe('summarize, at the edges', () => {
	it('never cuts a tie in two when naming the strongest dimensions', () => {
		// Three dimensions at the programmer pole, three at the engineer pole: all tied on each side.
		const text = summarize(scoreAnswers(engineerOn(['scope', 'method', 'people'])));
		for (const name of [
			'Scope',
			'Method',
			'People',
			'Starting point',
			'Environment',
			'Real conditions'
		])
			expect(text).toContain(name);
	});

	it('says which side a middle-band result leans to when its range stays there', () => {
		// In each dimension and pole, one answer “Rarely” and one “Often” (so 50), then two programmer
		// habits moved to “Always”: Method and People fall below 50, the rest stay at 50.
		const seen = new Set<string>();
		const answers = QUESTIONS.map((q) => {
			const key = `${q.dimension}/${q.towards}`;
			const first = !seen.has(key);
			seen.add(key);
			return (
				['method-try-in-code', 'people-through-lead'].includes(q.id) ? 4 : first ? 1 : 3
			) as AnswerValue;
		});
		const result = scoreAnswers(answers);
		expect(result.band.id).toBe('both');
		expect(result.mixed).toBe(false);
		expect(summarize(result)).toContain(
			'Within the middle band you lean slightly toward the programmer side'
		);
	});
});

describe('summarize, for straight-lined answers', () => {
	it('does not read habits into them', () => {
		const text = summarize(scoreAnswers(QUESTIONS.map(() => 3)));
		expect(text).toContain('nearly all your answers were the same');
		expect(text).not.toContain('consistent');
	});
});

describe('straightLiningNote', () => {
	it('speaks up when nearly every answer is the same option', () => {
		const answers = QUESTIONS.map((_, i) => (i < 21 ? 3 : 1) as AnswerValue);
		expect(straightLiningNote(scoreAnswers(answers))).toContain('“Often” for 21 of 24');
	});

	it('stays silent for varied answers', () => {
		expect(
			straightLiningNote(scoreAnswers(QUESTIONS.map((_, i) => (i % 5) as AnswerValue)))
		).toBeNull();
	});
});

describe('nextSteps', () => {
	it('suggests habits for each dimension that leans programmer, lowest first', () => {
		const steps = nextSteps(
			scoreAnswers(engineerOn(['scope', 'starting-point', 'method', 'environment']))
		);
		expect(steps.map((s) => s.dimension.id).sort()).toEqual(['people', 'quality']);
		for (const s of steps) {
			expect(s.steps.length).toBeGreaterThanOrEqual(2);
			expect(s.steps.length).toBeLessThanOrEqual(3);
		}
	});

	it('suggests nothing when every dimension leans engineer', () => {
		expect(
			nextSteps(
				scoreAnswers(
					engineerOn(['scope', 'starting-point', 'method', 'environment', 'people', 'quality'])
				)
			)
		).toEqual([]);
	});
});

describe('strongestContributions', () => {
	it('lists the biggest pushes toward each pole, each with the right sign', () => {
		const result = scoreAnswers(QUESTIONS.map((_, i) => (i % 5) as AnswerValue));
		const { engineer, programmer } = strongestContributions(result);
		expect(engineer.length).toBe(3);
		expect(programmer.length).toBe(3);
		for (const c of engineer) expect(c.effect).toBeGreaterThan(0);
		for (const c of programmer) expect(c.effect).toBeLessThan(0);
		expect(engineer[0]!.effect).toBe(Math.max(...result.contributions.map((c) => c.effect)));
		expect(programmer[0]!.effect).toBe(Math.min(...result.contributions.map((c) => c.effect)));
	});
});

describe('small helpers', () => {
	it('reads the lean of a score with the bands’ middle', () => {
		expect([0, 39, 40, 60, 61, 100].map(leanOf)).toEqual([
			'programmer',
			'programmer',
			'balanced',
			'balanced',
			'engineer',
			'engineer'
		]);
	});

	it('formats effects with a sign and one decimal', () => {
		expect([2.0833, -1.04, 0, 0.01].map(formatEffect)).toEqual(['+2.1', '−1.0', '0.0', '0.0']);
	});

	it('rounds effects like the scores, so 50 plus the shown total reads as the shown score', () => {
		expect(formatEffect(-6.25)).toBe('−6.2');
		expect((50 - 6.2).toFixed(1)).toBe((43.75).toFixed(1));
		expect(formatEffect(6.25)).toBe('+6.3');
		expect((50 + 6.3).toFixed(1)).toBe((56.25).toFixed(1));
	});
});

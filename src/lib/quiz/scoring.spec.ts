import { describe, expect, it } from 'vitest';
import { QUESTIONS } from './questions';
import { SCALE, type AnswerValue } from './scale';
import { BANDS, bandFor, scoreAnswers, type Answers } from './scoring';

const n = QUESTIONS.length;
const atEngineerPole: Answers = QUESTIONS.map((q) => (q.towards === 'engineer' ? 4 : 0));
const atProgrammerPole: Answers = QUESTIONS.map((q) => (q.towards === 'engineer' ? 0 : 4));

describe('scoreAnswers', () => {
	it('scores 100 overall and per dimension at the engineer pole', () => {
		const result = scoreAnswers(atEngineerPole);
		expect(result.overall).toBe(100);
		for (const d of result.dimensions) expect(d.score).toBe(100);
		expect(result.band.id).toBe('engineer');
	});

	it('scores 0 overall and per dimension at the programmer pole', () => {
		const result = scoreAnswers(atProgrammerPole);
		expect(result.overall).toBe(0);
		for (const d of result.dimensions) expect(d.score).toBe(0);
		expect(result.band.id).toBe('programmer');
	});

	it('scores exactly 50 everywhere when the same option is chosen for every question', () => {
		for (const option of SCALE) {
			const result = scoreAnswers(new Array<AnswerValue>(n).fill(option.value));
			expect(result.overallExact, option.label).toBe(50);
			for (const d of result.dimensions)
				expect(d.exact, `${option.label} ${d.dimension.id}`).toBe(50);
			expect(result.straightLined).toBe(true);
			expect(result.band.id).toBe('both');
		}
	});

	it('never moves the score the other way when one answer moves toward a pole', () => {
		// Walk every question from every starting value, over a few different backgrounds.
		const backgrounds: Answers[] = [
			atProgrammerPole,
			atEngineerPole,
			new Array<AnswerValue>(n).fill(2),
			QUESTIONS.map((_, i) => (i % 5) as AnswerValue)
		];
		for (const background of backgrounds) {
			const base = scoreAnswers(background);
			QUESTIONS.forEach((question, i) => {
				const current = background[i]!;
				const towardEngineer = question.towards === 'engineer' ? current + 1 : current - 1;
				if (towardEngineer < 0 || towardEngineer > 4) return;
				const moved = [...background];
				moved[i] = towardEngineer as AnswerValue;
				const after = scoreAnswers(moved);
				expect(after.overallExact).toBeGreaterThan(base.overallExact);
				for (const [k, d] of after.dimensions.entries()) {
					expect(d.exact).toBeGreaterThanOrEqual(base.dimensions[k]!.exact);
				}
			});
		}
	});

	it('weighs every dimension the same: the overall score is the mean of the dimension scores', () => {
		const answers = QUESTIONS.map((_, i) => ((i * 7) % 5) as AnswerValue);
		const result = scoreAnswers(answers);
		const mean = result.dimensions.reduce((s, d) => s + d.exact, 0) / result.dimensions.length;
		expect(result.overallExact).toBeCloseTo(mean, 10);
		expect(result.overall).toBe(Math.round(mean));
	});

	it('splits the distance from 50 exactly into per-answer effects', () => {
		const answers = QUESTIONS.map((_, i) => ((i * 3) % 5) as AnswerValue);
		const result = scoreAnswers(answers);
		const total = result.contributions.reduce((s, c) => s + c.effect, 0);
		expect(total).toBeCloseTo(result.overallExact - 50, 10);
	});

	it('gives a range around the score that reaches the middle for mixed answers', () => {
		const engineerDimensions = ['scope', 'method', 'people'];
		const mixed = QUESTIONS.map((q, i) =>
			engineerDimensions.includes(q.dimension) ? atEngineerPole[i]! : atProgrammerPole[i]!
		);
		const result = scoreAnswers(mixed);
		expect(result.overall).toBe(50);
		expect(result.range.low).toBeLessThan(50);
		expect(result.range.high).toBeGreaterThan(50);
		expect(result.mixed).toBe(true);
		expect(scoreAnswers(atEngineerPole).range).toEqual({ low: 100, high: 100, standardError: 0 });
		expect(scoreAnswers(atEngineerPole).mixed).toBe(false);
	});

	it('rejects an answer list of the wrong length', () => {
		expect(() => scoreAnswers([4, 4])).toThrow(RangeError);
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

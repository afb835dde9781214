import { describe, expect, it } from 'vitest';
import { DISTINCTIONS } from './article';
import { DIMENSIONS } from './dimensions';
import { QUESTIONS } from './questions';
import { QUESTION_ORDER_BY_VERSION, QUIZ_VERSION } from './versions';

describe('question bank', () => {
	it('has between 18 and 30 questions', () => {
		expect(QUESTIONS.length).toBeGreaterThanOrEqual(18);
		expect(QUESTIONS.length).toBeLessThanOrEqual(30);
	});

	it('has unique question, dimension and distinction ids', () => {
		for (const ids of [QUESTIONS, DIMENSIONS, DISTINCTIONS].map((list) => list.map((x) => x.id))) {
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('has between 5 and 7 dimensions', () => {
		expect(DIMENSIONS.length).toBeGreaterThanOrEqual(5);
		expect(DIMENSIONS.length).toBeLessThanOrEqual(7);
	});

	it('ties every question to a known dimension and distinction', () => {
		const dimensionIds = new Set(DIMENSIONS.map((d) => d.id));
		const distinctionIds = new Set(DISTINCTIONS.map((d) => d.id));
		for (const question of QUESTIONS) {
			expect(dimensionIds.has(question.dimension), question.id).toBe(true);
			expect(distinctionIds.has(question.distinction), question.id).toBe(true);
		}
		for (const dimension of DIMENSIONS) {
			for (const id of dimension.distinctions)
				expect(distinctionIds.has(id), dimension.id).toBe(true);
		}
	});

	it('keys every dimension in balance: at least 3 questions, as many toward each pole', () => {
		for (const dimension of DIMENSIONS) {
			const own = QUESTIONS.filter((q) => q.dimension === dimension.id);
			const engineer = own.filter((q) => q.towards === 'engineer').length;
			expect(own.length, dimension.id).toBeGreaterThanOrEqual(3);
			expect(engineer * 2, dimension.id).toBe(own.length);
		}
	});

	it('keeps questions to one short sentence without negations', () => {
		for (const question of QUESTIONS) {
			expect(question.text.length, question.id).toBeLessThanOrEqual(110);
			expect(question.text, question.id).not.toMatch(
				/\b(not|never|don't|doesn't|no)\b.*\b(not|never|no)\b/i
			);
			expect(
				question.text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length,
				question.id
			).toBe(1);
		}
	});

	it('lists the current bank, and nothing else, under the current version', () => {
		const order = QUESTION_ORDER_BY_VERSION[QUIZ_VERSION]!;
		expect([...order].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
	});
});

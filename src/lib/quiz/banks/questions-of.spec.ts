import { describe, expect, it } from 'vitest';
import { question, type Bank } from './types';
import { questionsByDimension, questionsOf } from '.';

const bank: Bank = {
	version: 99,
	format: 'two-ended',
	allowsNotApplicable: true,
	dimensions: [
		{ id: 'brief', distinctions: ['follows-instructions'] },
		{ id: 'breadth', distinctions: ['coding'] }
	],
	questions: [
		question('breadth-time-in-code', 'breadth', 'coding', 'engineer'),
		question('brief-design-settled', 'brief', 'follows-instructions', 'programmer'),
		question('breadth-done-when', 'breadth', 'coding', 'programmer')
	]
};

describe('questionsOf', () => {
	it("picks one dimension's questions in the bank's order", () => {
		expect(questionsOf(bank, 'breadth').map((q) => q.id)).toEqual([
			'breadth-time-in-code',
			'breadth-done-when'
		]);
	});

	it('picks none for a dimension the bank does not have', () => {
		expect(questionsOf(bank, 'approach')).toEqual([]);
	});
});

describe('questionsByDimension', () => {
	it('groups a bank of unequal dimensions in the order of its dimensions', () => {
		const groups = questionsByDimension(bank).map((g) => [
			g.dimension.id,
			g.questions.map((q) => q.id)
		]);
		expect(groups).toEqual([
			['brief', ['brief-design-settled']],
			['breadth', ['breadth-time-in-code', 'breadth-done-when']]
		]);
	});
});

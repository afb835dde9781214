import { describe, expect, it } from 'vitest';
import { en } from '$lib/content/en';
import { answerOptions } from './answer-options';

describe('a question step’s answer buttons', () => {
	it('are the scale in order with its digit keys, then “Doesn’t apply” without one', () => {
		expect(answerOptions(en.quiz.scale)).toEqual([
			{ value: '0', label: 'Never', key: 1 },
			{ value: '1', label: 'Rarely', key: 2 },
			{ value: '2', label: 'Sometimes', key: 3 },
			{ value: '3', label: 'Often', key: 4 },
			{ value: '4', label: 'Always', key: 5 },
			{ value: 'na', label: 'Doesn’t apply to me', key: null }
		]);
	});
});

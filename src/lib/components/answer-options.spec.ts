import { describe, expect, it } from 'vitest';
import { en } from '$lib/content/en';
import { answerOptions } from './answer-options';

describe('a question step’s answer buttons', () => {
	it('are the line from A to B with its digit keys, then “Not part of my work” without one', () => {
		expect(answerOptions(en.quiz.scale, 'two-ended')).toEqual([
			{ value: '0', label: 'A', key: 1 },
			{ value: '1', label: 'Rather A', key: 2 },
			{ value: '2', label: 'Both equally', key: 3 },
			{ value: '3', label: 'Rather B', key: 4 },
			{ value: '4', label: 'B', key: 5 },
			{ value: 'na', label: 'Not part of my work', key: null }
		]);
	});

	it('are Never to Always for a frequency bank', () => {
		expect(answerOptions(en.quiz.scale, 'frequency').map((o) => o.label)).toEqual([
			'Never',
			'Rarely',
			'Sometimes',
			'Often',
			'Always',
			'Doesn’t apply to me'
		]);
	});
});

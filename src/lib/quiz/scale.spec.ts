import { describe, expect, it } from 'vitest';
import {
	NOT_APPLICABLE,
	SCALE_MAX,
	SCALE_MIDPOINT,
	SCALE_SIZE,
	SCALE_VALUES,
	answerFromField,
	answerToField,
	isAnswer,
	type Answer
} from './scale';

describe('the answer scale', () => {
	it('derives everything from its size', () => {
		expect(SCALE_SIZE).toBe(5);
		expect(SCALE_VALUES).toEqual([0, 1, 2, 3, 4]);
		expect(SCALE_MAX).toBe(4);
		expect(SCALE_MIDPOINT).toBe(2);
	});

	it('reads form fields strictly, with “doesn’t apply” apart from the scale', () => {
		expect(['0', '4', 'na'].map(answerFromField)).toEqual([0, 4, NOT_APPLICABLE]);
		for (const text of ['5', '-1', '2.0', ' 2', '', 'NA', 'n', '１'])
			expect(answerFromField(text), text).toBeNull();
		expect(([3, NOT_APPLICABLE] as Answer[]).map(answerToField)).toEqual(['3', 'na']);
	});

	it('knows an answer when it sees one', () => {
		expect([0, 4, 'na'].every(isAnswer)).toBe(true);
		expect([5, -1, 1.5, '1', null, undefined].some(isAnswer)).toBe(false);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	answeredCount,
	completeAnswers,
	decodeProgress,
	emptyProgress,
	encodeProgress,
	firstOpenIndex,
	withAnswer,
	type Progress
} from './progress';
import { QUESTIONS } from './questions';

const n = QUESTIONS.length;
const progress = fc.array(fc.constantFrom(null, 0, 1, 2, 3, 4), {
	minLength: n,
	maxLength: n
}) as fc.Arbitrary<Progress>;

describe('progress', () => {
	it('round-trips through its cookie encoding', () => {
		fc.assert(
			fc.property(progress, (p) => {
				expect(decodeProgress(encodeProgress(p))).toEqual(p);
			})
		);
	});

	it('treats an unreadable or foreign cookie as no progress, without throwing', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (raw) => {
				expect(decodeProgress(raw)).toHaveLength(n);
			})
		);
		expect(decodeProgress('9.' + '4'.repeat(n))).toEqual(emptyProgress());
		expect(decodeProgress('1.' + '7'.repeat(n))).toEqual(emptyProgress());
		expect(decodeProgress(undefined)).toEqual(emptyProgress());
	});

	it('records answers and tracks what is still open', () => {
		let p = emptyProgress();
		expect(firstOpenIndex(p)).toBe(0);
		p = withAnswer(p, 0, 3);
		p = withAnswer(p, 2, 1);
		expect(answeredCount(p)).toBe(2);
		expect(firstOpenIndex(p)).toBe(1);
		expect(completeAnswers(p)).toBeNull();
		for (let i = 0; i < n; i++) p = withAnswer(p, i, 2);
		expect(firstOpenIndex(p)).toBe(-1);
		expect(completeAnswers(p)).toHaveLength(n);
	});

	it('refuses an answer outside the scale or the bank', () => {
		expect(() => withAnswer(emptyProgress(), n, 1)).toThrow(RangeError);
		expect(() => withAnswer(emptyProgress(), 0, 5 as never)).toThrow(RangeError);
	});
});

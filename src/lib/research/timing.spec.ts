import { describe, expect, it } from 'vitest';
import { decodeTiming, encodeTiming, secondsTaken, timingAfterAnswer } from './timing';

describe('quiz timing', () => {
	it('round-trips and measures start to finish', () => {
		expect(encodeTiming({ started: 100, finished: 250 })).toBe('100-250');
		expect(decodeTiming('100-250')).toEqual({ started: 100, finished: 250 });
		expect(secondsTaken(decodeTiming('100-250'))).toBe(150);
		expect(secondsTaken(decodeTiming('100'))).toBeNull();
	});

	it('reads anything else as no timing', () => {
		for (const raw of [undefined, '', 'x', '100-50', '1-2-3', '-5', '1e5'])
			expect(decodeTiming(raw), String(raw)).toBeNull();
	});

	it('starts on the first answer and finishes on the last', () => {
		const first = timingAfterAnswer(null, false, false, 1000);
		expect(first).toEqual({ started: 1000, finished: null });
		expect(timingAfterAnswer(first, true, false, 1010)).toEqual({ started: 1000, finished: null });
		expect(timingAfterAnswer(first, true, true, 1300)).toEqual({ started: 1000, finished: 1300 });
		// A new quiz, from no answers, starts again.
		expect(timingAfterAnswer({ started: 1000, finished: 1300 }, false, false, 5000)).toEqual({
			started: 5000,
			finished: null
		});
	});
});

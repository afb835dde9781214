import type { Cookies } from '@sveltejs/kit';
import { answeredCount, completeAnswers, PROGRESS_KEEP_DAYS, type Saved } from '$lib/quiz/progress';
import { cookieOptions } from './cookie';
import { decodeTiming, encodeTiming, timingAfterAnswer, type Timing } from '$lib/research/timing';

/** When the latest quiz started and was finished (src/lib/research/timing.ts says why). */
const NAME = 'quiz_timing';

export function readTiming(cookies: Cookies): Timing | null {
	return decodeTiming(cookies.get(NAME));
}

/** After an answer is saved: a quiz with no answers before starts now; a complete one finishes now. */
export function recordTiming(cookies: Cookies, before: Saved, after: Saved, secure: boolean): void {
	const timing = timingAfterAnswer(
		readTiming(cookies),
		answeredCount(before.progress) > 0,
		completeAnswers(after.progress) !== null,
		Math.floor(Date.now() / 1000)
	);
	cookies.set(NAME, encodeTiming(timing), cookieOptions(secure, PROGRESS_KEEP_DAYS));
}

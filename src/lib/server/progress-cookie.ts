import type { Cookies } from '@sveltejs/kit';
import type { Bank } from '$lib/quiz/banks';
import { cookieOptions } from './cookie';
import {
	decodeSaved,
	encodeSaved,
	PROGRESS_KEEP_DAYS,
	type Saved,
	type SavedRead
} from '$lib/quiz/progress';

/**
 * Progress lives in the person's own browser, in one small cookie, so reload, Back, Forward
 * and coming back later all find their answers, and the server keeps nothing.
 */
const NAME = 'quiz_progress';

/** The saved state in `bank`, the one the quiz is taken with. */
export function readSaved(cookies: Cookies, bank: Bank): SavedRead {
	return decodeSaved(cookies.get(NAME), bank);
}

export function writeSaved(cookies: Cookies, saved: Saved, secure: boolean): void {
	cookies.set(NAME, encodeSaved(saved), cookieOptions(secure, PROGRESS_KEEP_DAYS));
}

import type { Cookies } from '@sveltejs/kit';
import { decodeProgress, encodeProgress, type Progress } from '$lib/quiz/progress';

/**
 * Progress lives in the person's own browser, in one small cookie, so reload, Back, Forward
 * and coming back later all find their answers, and the server keeps nothing.
 */
const NAME = 'quiz_progress';
const THIRTY_DAYS = 60 * 60 * 24 * 30;

export function readProgress(cookies: Cookies): Progress {
	return decodeProgress(cookies.get(NAME));
}

export function writeProgress(cookies: Cookies, progress: Progress, secure: boolean): void {
	cookies.set(NAME, encodeProgress(progress), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: THIRTY_DAYS
	});
}

export function clearProgress(cookies: Cookies, secure: boolean): void {
	cookies.delete(NAME, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

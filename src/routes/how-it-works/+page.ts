import { OWN_CODES_KEPT, PROGRESS_KEEP_DAYS } from '$lib/quiz/progress';
import type { PageLoad } from './$types';

// The method page is the same for everyone, so it is built once, at build time.
export const prerender = true;

/** The privacy section states what the cookie keeps from the same constants the cookie uses. */
export const load: PageLoad = () => ({ keepDays: PROGRESS_KEEP_DAYS, codesKept: OWN_CODES_KEPT });

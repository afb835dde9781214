import { PROGRESS_KEEP_DAYS } from '$lib/quiz/progress';
import type { PageLoad } from './$types';

// The method page is the same for everyone, so it is built once, at build time.
export const prerender = true;

/** The privacy section states how long the cookie lasts from the constant the cookie uses. */
export const load: PageLoad = () => ({ keepDays: PROGRESS_KEEP_DAYS });

import { redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { firstOpenIndex } from '$lib/quiz/progress';
import { readSaved } from '$lib/server/progress-cookie';
import type { PageServerLoad } from './$types';

/** `/quiz` picks up at the first open question. */
export const load: PageServerLoad = ({ cookies }) => {
	const firstOpen = firstOpenIndex(readSaved(cookies, CURRENT_BANK).progress);
	redirect(303, `/quiz/${firstOpen === -1 ? 1 : firstOpen + 1}`);
};

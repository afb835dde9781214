import { redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { lastOwnResult } from '$lib/results/own';
import { readHistory } from '$lib/server/history-cookie';
import { readSaved } from '$lib/server/progress-cookie';
import type { PageServerLoad } from './$types';

/** `/result` shows your own latest result, or sends you to finish the quiz. */
export const load: PageServerLoad = ({ cookies }) => {
	const latest = lastOwnResult(readSaved(cookies, CURRENT_BANK), readHistory(cookies));
	redirect(303, latest ? `/result/${latest}` : '/quiz');
};

import { redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { completeAnswers } from '$lib/quiz/progress';
import { encodeShareCode } from '$lib/quiz/share-code';
import { readSaved } from '$lib/server/progress-cookie';
import type { PageServerLoad } from './$types';

/** `/result` shows your own latest result, or sends you to finish the quiz. */
export const load: PageServerLoad = ({ cookies }) => {
	const { progress, ownCodes } = readSaved(cookies, CURRENT_BANK);
	const answers = completeAnswers(progress);
	const latest = answers ? encodeShareCode(answers, CURRENT_BANK) : ownCodes[0];
	redirect(303, latest ? `/result/${latest}` : '/quiz');
};

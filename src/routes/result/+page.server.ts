import { redirect } from '@sveltejs/kit';
import { completeAnswers } from '$lib/quiz/progress';
import { encodeShareCode } from '$lib/quiz/share-code';
import { readProgress } from '$lib/server/progress-cookie';
import type { PageServerLoad } from './$types';

/** `/result` shows your own latest result, or sends you to finish the quiz. */
export const load: PageServerLoad = ({ cookies }) => {
	const answers = completeAnswers(readProgress(cookies));
	redirect(303, answers ? `/result/${encodeShareCode(answers)}` : '/quiz');
};

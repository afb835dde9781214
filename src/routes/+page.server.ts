import { redirect } from '@sveltejs/kit';
import { answeredCount, completeAnswers, firstOpenIndex } from '$lib/quiz/progress';
import { QUESTIONS } from '$lib/quiz/questions';
import { encodeShareCode } from '$lib/quiz/share-code';
import { clearProgress, readProgress } from '$lib/server/progress-cookie';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

/** The landing page offers to resume from the person's own cookie, if they have one. */
export const load: PageServerLoad = ({ cookies }) => {
	const progress = readProgress(cookies);
	const answers = completeAnswers(progress);
	return {
		questionCount: QUESTIONS.length,
		answered: answeredCount(progress),
		resumeStep: firstOpenIndex(progress) + 1,
		lastResultCode: answers ? encodeShareCode(answers) : null
	};
};

export const actions: Actions = {
	restart: ({ cookies, url }) => {
		clearProgress(cookies, isHttps(url));
		redirect(303, '/quiz/1');
	}
};

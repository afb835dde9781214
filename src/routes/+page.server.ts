import { redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { answeredCount, completeAnswers, emptyProgress, firstOpenIndex } from '$lib/quiz/progress';
import { encodeShareCode } from '$lib/quiz/share-code';
import { historyItems } from '$lib/results/change';
import { historyNoticeOf } from '$lib/results/history';
import { historyActions } from '$lib/server/history-actions';
import { readHistory } from '$lib/server/history-cookie';
import { readSaved, writeSaved } from '$lib/server/progress-cookie';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

/** The landing page offers to resume from the person's own cookie, if they have one. */
export const load: PageServerLoad = ({ cookies, url }) => {
	const { progress, ownCodes } = readSaved(cookies, CURRENT_BANK);
	const answers = completeAnswers(progress);
	return {
		questionCount: CURRENT_BANK.questions.length,
		answered: answeredCount(progress),
		resumeStep: firstOpenIndex(progress) + 1,
		lastResultCode: answers ? encodeShareCode(answers, CURRENT_BANK) : (ownCodes[0] ?? null),
		history: historyItems(readHistory(cookies)),
		historyNotice: historyNoticeOf(url.searchParams)
	};
};

export const actions: Actions = {
	...historyActions(() => '/'),
	/** Clears the answers; the codes of the person's own earlier results stay, so their links stay theirs. */
	restart: ({ cookies, url }) => {
		const { ownCodes } = readSaved(cookies, CURRENT_BANK);
		const progress = emptyProgress(CURRENT_BANK);
		writeSaved(cookies, { bank: CURRENT_BANK, progress, ownCodes }, isHttps(url));
		redirect(303, '/quiz/1');
	}
};

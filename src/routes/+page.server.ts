import { redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { answeredCount, emptyProgress, firstOpenIndex } from '$lib/quiz/progress';
import { historyItems } from '$lib/results/change';
import { historyNoticeOf } from '$lib/results/history';
import { lastOwnResult } from '$lib/results/own';
import { historyActions } from '$lib/server/history-actions';
import { readHistory } from '$lib/server/history-cookie';
import { readSaved, writeSaved } from '$lib/server/progress-cookie';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

/** The landing page offers to resume from the person's own cookie, if they have one. */
export const load: PageServerLoad = ({ cookies, url }) => {
	const saved = readSaved(cookies, CURRENT_BANK);
	const history = readHistory(cookies);
	const { progress } = saved;
	return {
		questionCount: CURRENT_BANK.questions.length,
		answered: answeredCount(progress),
		resumeStep: firstOpenIndex(progress) + 1,
		lastResultCode: lastOwnResult(saved, history),
		history: historyItems(history),
		historyNotice: historyNoticeOf(url.searchParams)
	};
};

export const actions: Actions = {
	...historyActions(() => '/'),
	/** Clears the answers; the history keeps the person's earlier results, so their links stay theirs. */
	restart: ({ cookies, url }) => {
		const progress = emptyProgress(CURRENT_BANK);
		writeSaved(cookies, { bank: CURRENT_BANK, progress }, isHttps(url));
		redirect(303, '/quiz/1');
	}
};

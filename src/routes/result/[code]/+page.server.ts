import { error, redirect } from '@sveltejs/kit';
import { contentFor } from '$lib/content';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { completeAnswers } from '$lib/quiz/progress';
import { decodeShareCode, encodeShareCode } from '$lib/quiz/share-code';
import { changeSince, changedAnswer, historyItems } from '$lib/results/change';
import { historyNoticeOf } from '$lib/results/history';
import { isOwnResult } from '$lib/results/own';
import { withoutTrailingPunctuation } from '$lib/results/pasted';
import { historyActions } from '$lib/server/history-actions';
import { readHistory } from '$lib/server/history-cookie';
import { readSaved } from '$lib/server/progress-cookie';
import { researchBeside } from '$lib/server/research-result';
import { CHANGED_FROM } from '$lib/server/quiz-step';
import type { Actions, PageServerLoad } from './$types';

/**
 * The code holds answers, not scores: the page recomputes the result from them, with the bank
 * the link was made under (in +page.ts). Here, only what needs the cookie: a canonical code, and
 * whether the result is the visitor's own, and their earlier results.
 */
export const load: PageServerLoad = async ({ params, cookies, url, locals }) => {
	const decoded = decodeShareCode(params.code);
	if (decoded.ok) {
		const code = encodeShareCode(decoded.answers, decoded.bank);
		if (code !== params.code) redirect(308, `/result/${code}${url.search}`);

		// The visitor's own result (finished in their progress cookie, or in their history)
		// versus a link someone shared.
		const saved = readSaved(cookies, CURRENT_BANK);
		const history = readHistory(cookies);
		const latestAnswers = completeAnswers(saved.progress);
		const latest =
			decoded.bank === CURRENT_BANK &&
			latestAnswers !== null &&
			encodeShareCode(latestAnswers, CURRENT_BANK) === code;
		return {
			code,
			own: isOwnResult(code, saved, history),
			latest,
			history: historyItems(history, code),
			historyNotice: historyNoticeOf(url.searchParams),
			change: changeSince(history, code),
			changedAnswer: changedAnswer(url.searchParams.get(CHANGED_FROM), decoded),
			research: await researchBeside(decoded.answers, decoded.bank)
		};
	}

	const trimmed = withoutTrailingPunctuation(params.code);
	if (trimmed !== params.code && decodeShareCode(trimmed).ok) redirect(308, `/result/${trimmed}`);

	error(400, { message: contentFor(locals.locale).quiz.links.damaged, kind: 'damaged-link' });
};

/** Removing one or all of the person's earlier results, back on this result. */
export const actions: Actions = historyActions(
	({ params }) => `/result/${encodeURIComponent(params.code ?? '')}`
);

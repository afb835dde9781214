import { fail, redirect } from '@sveltejs/kit';
import { contentFor } from '$lib/content';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { firstOpenIndex } from '$lib/quiz/progress';
import { FIELD_RETURN, RETURN_TO_RESULT } from '$lib/quiz/step-form';
import { recordFinished } from '$lib/server/history-cookie';
import { readSaved, writeSaved } from '$lib/server/progress-cookie';
import { recordTiming } from '$lib/server/timing-cookie';
import { questionIndex, readStep, resultPath, withSavedAnswer } from '$lib/server/quiz-step';
import { isHttps } from '$lib/server/transport';
import { answerToField } from '$lib/quiz/scale';
import { upcomingQuestions } from '$lib/quiz/upcoming';
import type { Actions, PageServerLoad } from './$types';

/** Marks the address of a step sent without an answer, so a reload shows the error and posts nothing. */
const UNANSWERED = 'unanswered';

export const load: PageServerLoad = ({ params, cookies, url, locals }) => {
	const index = questionIndex(params.step, CURRENT_BANK);
	const { progress } = readSaved(cookies, CURRENT_BANK);
	const firstOpen = firstOpenIndex(progress);
	// Questions are answered in order; a step past the first open one sends you to that one.
	if (firstOpen !== -1 && index > firstOpen) redirect(303, `/quiz/${firstOpen + 1}?missing`);
	// Only a finished quiz has a result to go back to.
	const returnToResult =
		url.searchParams.get(FIELD_RETURN) === RETURN_TO_RESULT && firstOpen === -1;
	const saved = progress[index] ?? null;
	const t = contentFor(locals.locale).quiz;
	return {
		step: index + 1,
		total: CURRENT_BANK.questions.length,
		question: CURRENT_BANK.questions[index]!,
		answer: saved === null ? null : answerToField(saved),
		unanswered: url.searchParams.has(UNANSWERED),
		skippedAhead: url.searchParams.has('missing'),
		returnToResult,
		// A change returns to the result, so only a step on the way through needs what comes next.
		upcoming: returnToResult ? [] : upcomingQuestions(CURRENT_BANK, t, progress, index)
	};
};

export const actions: Actions = {
	next: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request, CURRENT_BANK);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		if (parsed.answer === null) {
			const back = parsed.returnToResult ? `${FIELD_RETURN}=${RETURN_TO_RESULT}&` : '';
			redirect(303, `/quiz/${index + 1}?${back}${UNANSWERED}`);
		}

		const before = readSaved(cookies, CURRENT_BANK);
		const saved = withSavedAnswer(before, index, parsed.answer);
		writeSaved(cookies, saved, isHttps(url));
		recordTiming(cookies, before, saved, isHttps(url));

		const result = resultPath(saved, parsed.returnToResult ? { index, before } : null);
		if (result) {
			// The person finished the quiz here (or by going back from its last open step).
			recordFinished(cookies, before, saved, isHttps(url));
			redirect(303, result);
		}
		const next = Math.min(index + 1, firstOpenIndex(saved.progress));
		redirect(303, next === index + 1 ? `/quiz/${next + 1}` : `/quiz/${next + 1}?missing`);
	},

	/**
	 * Going back keeps whatever is chosen on this step, as Next would: an answer that completes or
	 * changes a finished quiz makes a result of the person's own, in their history. From a change
	 * opened on the result, it returns there unchanged.
	 */
	back: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request, CURRENT_BANK);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		const before = readSaved(cookies, CURRENT_BANK);
		if (parsed.returnToResult)
			redirect(303, resultPath(before, { index, before }) ?? `/quiz/${index + 1}`);
		if (parsed.answer !== null) {
			const saved = withSavedAnswer(before, index, parsed.answer);
			writeSaved(cookies, saved, isHttps(url));
			recordTiming(cookies, before, saved, isHttps(url));
			recordFinished(cookies, before, saved, isHttps(url));
		}
		redirect(303, index === 0 ? '/' : `/quiz/${index}`);
	}
};

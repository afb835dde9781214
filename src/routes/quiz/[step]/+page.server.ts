import { error, fail, redirect } from '@sveltejs/kit';
import { CURRENT_BANK } from '$lib/quiz/banks';
import {
	completeAnswers,
	firstOpenIndex,
	rememberOwnCode,
	withAnswer,
	type Saved
} from '$lib/quiz/progress';
import { encodeShareCode } from '$lib/quiz/share-code';
import {
	FIELD_RETURN,
	RETURN_TO_RESULT,
	parseStepForm,
	type ParsedStepForm
} from '$lib/quiz/step-form';
import { readSaved, writeSaved } from '$lib/server/progress-cookie';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

const { questions } = CURRENT_BANK;

/** `/quiz/4` is the fourth question; anything else under /quiz is not a page. */
function questionIndex(step: string): number {
	const index = /^[1-9][0-9]?$/.test(step) ? Number(step) - 1 : -1;
	if (index < 0 || index >= questions.length)
		error(404, { message: 'There is no such question.', kind: 'not-found' });
	return index;
}

/** Parses a step's post. A body that is not a form at all (wrong type, broken multipart) is a bad request, not a crash. */
async function readStep(step: string, request: Request) {
	const index = questionIndex(step);
	let parsed: ParsedStepForm;
	try {
		parsed = parseStepForm(await request.formData(), questions[index]!.id);
	} catch {
		parsed = { ok: false, error: 'invalid-answer' };
	}
	return { index, parsed };
}

/** Where a finished quiz lands: its result, with the changed question's dimension open after a change. */
function resultPath(saved: Saved, changedIndex: number | null): string | null {
	const answers = completeAnswers(saved.progress);
	if (!answers) return null;
	const path = `/result/${encodeShareCode(answers)}`;
	if (changedIndex === null) return path;
	const question = questions[changedIndex]!;
	return `${path}?open=${question.dimension}#answer-${question.id}`;
}

export const load: PageServerLoad = ({ params, cookies, url }) => {
	const index = questionIndex(params.step);
	const { progress } = readSaved(cookies);
	const firstOpen = firstOpenIndex(progress);
	// Questions are answered in order; a step past the first open one sends you to that one.
	if (firstOpen !== -1 && index > firstOpen) redirect(303, `/quiz/${firstOpen + 1}?missing`);

	return {
		step: index + 1,
		total: questions.length,
		questionId: questions[index]!.id,
		answer: progress[index] ?? null,
		skippedAhead: url.searchParams.has('missing'),
		// Only a finished quiz has a result to go back to.
		returnToResult: url.searchParams.get(FIELD_RETURN) === RETURN_TO_RESULT && firstOpen === -1
	};
};

export const actions: Actions = {
	next: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		if (parsed.answer === null)
			return fail(400, {
				error: 'missing-answer' as const,
				returnToResult: parsed.returnToResult
			});

		const before = readSaved(cookies);
		const progress = withAnswer(before.progress, index, parsed.answer);
		const answers = completeAnswers(progress);
		const ownCodes = answers
			? rememberOwnCode(before.ownCodes, encodeShareCode(answers))
			: before.ownCodes;
		const saved = { progress, ownCodes };
		writeSaved(cookies, saved, isHttps(url));

		const result = resultPath(saved, parsed.returnToResult ? index : null);
		if (result) redirect(303, result);
		const next = Math.min(index + 1, firstOpenIndex(progress));
		redirect(303, next === index + 1 ? `/quiz/${next + 1}` : `/quiz/${next + 1}?missing`);
	},

	/** Going back keeps whatever is chosen on this step, and needs no answer. */
	back: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		let saved = readSaved(cookies);
		if (parsed.answer !== null && !parsed.returnToResult) {
			saved = { ...saved, progress: withAnswer(saved.progress, index, parsed.answer) };
			writeSaved(cookies, saved, isHttps(url));
		}
		// From a change opened on the result page, Back returns there with nothing changed.
		const result = parsed.returnToResult ? resultPath(saved, index) : null;
		redirect(303, result ?? (index === 0 ? '/' : `/quiz/${index}`));
	}
};

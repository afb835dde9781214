import { error, fail, redirect } from '@sveltejs/kit';
import { completeAnswers, firstOpenIndex, withAnswer } from '$lib/quiz/progress';
import { QUESTIONS } from '$lib/quiz/questions';
import { encodeShareCode } from '$lib/quiz/share-code';
import { parseStepForm, type ParsedStepForm } from '$lib/quiz/step-form';
import { readProgress, writeProgress } from '$lib/server/progress-cookie';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

/** Parses a step's post. A body that is not a form at all (wrong type, broken multipart) is a bad request, not a crash. */
async function readStep(
	step: string,
	request: Request
): Promise<{ index: number; parsed: ParsedStepForm }> {
	const index = questionIndex(step);
	try {
		return { index, parsed: parseStepForm(await request.formData(), QUESTIONS[index]!.id) };
	} catch {
		return { index, parsed: { ok: false, error: 'invalid-answer' } };
	}
}

/** `/quiz/4` is the fourth question; anything else under /quiz is not a page. */
function questionIndex(step: string): number {
	const index = /^[1-9][0-9]?$/.test(step) ? Number(step) - 1 : -1;
	if (index < 0 || index >= QUESTIONS.length)
		error(404, { message: 'There is no such question.', kind: 'not-found' });
	return index;
}

export const load: PageServerLoad = ({ params, cookies, url }) => {
	const index = questionIndex(params.step);
	const progress = readProgress(cookies);
	const firstOpen = firstOpenIndex(progress);
	// Questions are answered in order; a step past the first open one sends you to that one.
	if (firstOpen !== -1 && index > firstOpen) redirect(303, `/quiz/${firstOpen + 1}?missing`);

	const question = QUESTIONS[index]!;
	return {
		step: index + 1,
		total: QUESTIONS.length,
		question: { id: question.id, text: question.text },
		answer: progress[index] ?? null,
		skippedAhead: url.searchParams.has('missing')
	};
};

export const actions: Actions = {
	next: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		if (parsed.answer === null) return fail(400, { error: 'missing-answer' as const });

		const progress = withAnswer(readProgress(cookies), index, parsed.answer);
		writeProgress(cookies, progress, isHttps(url));

		const answers = completeAnswers(progress);
		if (answers) redirect(303, `/result/${encodeShareCode(answers)}`);
		const next = Math.min(index + 1, firstOpenIndex(progress));
		redirect(303, next === index + 1 ? `/quiz/${next + 1}` : `/quiz/${next + 1}?missing`);
	},

	/** Going back keeps whatever is chosen on this step, and needs no answer. */
	back: async ({ params, request, cookies, url }) => {
		const { index, parsed } = await readStep(params.step, request);
		if (!parsed.ok) return fail(400, { error: parsed.error });
		if (parsed.answer !== null)
			writeProgress(cookies, withAnswer(readProgress(cookies), index, parsed.answer), isHttps(url));
		redirect(303, index === 0 ? '/' : `/quiz/${index}`);
	}
};

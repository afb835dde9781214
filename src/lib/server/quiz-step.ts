import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { contentFor } from '$lib/content';
import type { Bank } from '$lib/quiz/banks';
import { completeAnswers, withAnswer, type Saved } from '$lib/quiz/progress';
import type { Answer } from '$lib/quiz/scale';
import { encodeShareCode } from '$lib/quiz/share-code';
import { parseStepForm, type ParsedStepForm } from '$lib/quiz/step-form';

/** The plumbing of a question step's route: which question, what the form said, where to go after. */

/** `/quiz/4` is the bank's fourth question; anything else under /quiz is not a page. */
export function questionIndex(step: string, bank: Bank): number {
	const index = /^[1-9][0-9]*$/.test(step) ? Number(step) - 1 : -1;
	if (index < 0 || index >= bank.questions.length)
		error(404, {
			message: contentFor(getRequestEvent().locals.locale).quiz.links.noSuchQuestion,
			kind: 'not-found'
		});
	return index;
}

/** Parses a step's post. A body that is not a form at all (wrong type, broken multipart) is a bad request, not a crash. */
export async function readStep(
	step: string,
	request: Request,
	bank: Bank
): Promise<{ index: number; parsed: ParsedStepForm }> {
	const index = questionIndex(step, bank);
	try {
		return { index, parsed: parseStepForm(await request.formData(), bank.questions[index]!.id) };
	} catch {
		return { index, parsed: { ok: false, error: 'invalid-answer' } };
	}
}

/**
 * Where a finished quiz lands: its result. After a change opened from the result, with that
 * question's dimension open, the answer in view, and the result it replaced (`was`), so the page
 * can say what moved. Null while questions are still open.
 */
export function resultPath(
	saved: Saved,
	change: { index: number; before: Saved } | null
): string | null {
	const answers = completeAnswers(saved.progress);
	if (!answers) return null;
	const code = encodeShareCode(answers, saved.bank);
	const path = `/result/${code}`;
	if (change === null) return path;
	const question = saved.bank.questions[change.index]!;
	const earlier = completeAnswers(change.before.progress);
	const was = earlier && encodeShareCode(earlier, change.before.bank);
	const query = was && was !== code ? `&${CHANGED_FROM}=${was}` : '';
	return `${path}?open=${question.dimension}${query}#answer-${question.id}`;
}

/** The query parameter that names the result a change replaced. */
export const CHANGED_FROM = 'was';

/** The saved state after an answer. */
export function withSavedAnswer(before: Saved, index: number, answer: Answer): Saved {
	return { bank: before.bank, progress: withAnswer(before.progress, index, answer) };
}

import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { contentFor } from '$lib/content';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { completeAnswers, rememberOwnCode, withAnswer, type Saved } from '$lib/quiz/progress';
import type { Answer } from '$lib/quiz/scale';
import { encodeShareCode } from '$lib/quiz/share-code';
import { parseStepForm, type ParsedStepForm } from '$lib/quiz/step-form';

/** The plumbing of a question step's route: which question, what the form said, where to go after. */

const { questions } = CURRENT_BANK;

/** `/quiz/4` is the fourth question; anything else under /quiz is not a page. */
export function questionIndex(step: string): number {
	const index = /^[1-9][0-9]?$/.test(step) ? Number(step) - 1 : -1;
	if (index < 0 || index >= questions.length)
		error(404, {
			message: contentFor(getRequestEvent().locals.locale).quiz.links.noSuchQuestion,
			kind: 'not-found'
		});
	return index;
}

/** Parses a step's post. A body that is not a form at all (wrong type, broken multipart) is a bad request, not a crash. */
export async function readStep(
	step: string,
	request: Request
): Promise<{ index: number; parsed: ParsedStepForm }> {
	const index = questionIndex(step);
	try {
		return { index, parsed: parseStepForm(await request.formData(), questions[index]!.id) };
	} catch {
		return { index, parsed: { ok: false, error: 'invalid-answer' } };
	}
}

/**
 * Where a finished quiz lands: its result. After a change opened from the result, with that
 * question's dimension open and the answer in view. Null while questions are still open.
 */
export function resultPath(saved: Saved, changedIndex: number | null): string | null {
	const answers = completeAnswers(saved.progress);
	if (!answers) return null;
	const path = `/result/${encodeShareCode(answers)}`;
	if (changedIndex === null) return path;
	const question = questions[changedIndex]!;
	return `${path}?open=${question.dimension}#answer-${question.id}`;
}

/** The saved state after an answer; a finished quiz's code joins the person's own result codes. */
export function withSavedAnswer(before: Saved, index: number, answer: Answer): Saved {
	const progress = withAnswer(before.progress, index, answer);
	const answers = completeAnswers(progress);
	return {
		progress,
		ownCodes: answers ? rememberOwnCode(before.ownCodes, encodeShareCode(answers)) : before.ownCodes
	};
}

import { answerFromField, type Answer } from './scale';

/**
 * What a question step's form sends: the question it showed, the answer chosen (if any), and,
 * when the step was opened from the result page to change an answer, where to go back to.
 */
export const FIELD_QUESTION = 'question';
export const FIELD_ANSWER = 'answer';
export const FIELD_RETURN = 'return';
/** The one place a step can send the person back to, instead of the next question. */
export const RETURN_TO_RESULT = 'result';

export type StepFormError = 'invalid-answer' | 'wrong-question' | 'unexpected-field';

export type ParsedStepForm =
	| { ok: true; answer: Answer | null; returnToResult: boolean }
	| { ok: false; error: StepFormError };

/** The part of FormData the parser reads, so tests can pass anything shaped like it. */
export interface FormFields {
	getAll(name: string): unknown[];
	keys(): Iterable<string>;
}

const KNOWN_FIELDS = new Set([FIELD_QUESTION, FIELD_ANSWER, FIELD_RETURN]);

/**
 * Reads one step's form. A missing answer is not an error here (going back without answering is
 * fine); the action decides whether it may move on. Anything else odd (an unknown value,
 * duplicated or extra fields, a form for another question) is rejected rather than guessed at:
 * our own page never sends it.
 */
export function parseStepForm(form: FormFields, expectedQuestionId: string): ParsedStepForm {
	for (const name of form.keys()) {
		if (!KNOWN_FIELDS.has(name)) return { ok: false, error: 'unexpected-field' };
	}
	const questions = form.getAll(FIELD_QUESTION);
	if (questions.length !== 1 || questions[0] !== expectedQuestionId) {
		return { ok: false, error: 'wrong-question' };
	}
	const returns = form.getAll(FIELD_RETURN);
	if (returns.length > 1 || (returns.length === 1 && returns[0] !== RETURN_TO_RESULT)) {
		return { ok: false, error: 'unexpected-field' };
	}
	const returnToResult = returns.length === 1;
	const answers = form.getAll(FIELD_ANSWER);
	if (answers.length === 0) return { ok: true, answer: null, returnToResult };
	const answer =
		answers.length === 1 && typeof answers[0] === 'string' ? answerFromField(answers[0]) : null;
	if (answer === null) return { ok: false, error: 'invalid-answer' };
	return { ok: true, answer, returnToResult };
}

import { MAX_SHARE_CODE_LENGTH } from '$lib/quiz/share-code';
import { NO_ANSWER, OPTIONAL_QUESTIONS, type OptionalAnswers } from './options';

/** The research form: the result's code and the optional answers, nothing else. */
export interface ConsentForm {
	code: string;
	optional: OptionalAnswers;
}

/** Why a submission was refused (nothing is stored): each has its own words and status. */
export type SubmitRefusal = 'bad-form' | 'bad-code' | 'too-many' | 'too-large' | 'unavailable';

export type ConsentFormError = 'no-code' | 'unknown-choice' | 'unexpected-field';

/** Fields the form may carry; anything else is refused, so nothing unexpected is ever stored. */
const FIELDS = new Set<string>(['code', ...OPTIONAL_QUESTIONS.map((q) => q.field)]);

/**
 * Reads a posted form. The code is checked later, against the banks; here only its shape.
 * A choice must be one of the listed ids or empty (“rather not say”).
 */
export function parseConsentForm(
	form: FormData
): { ok: true; form: ConsentForm } | { ok: false; error: ConsentFormError } {
	for (const [name, value] of form) {
		if (!FIELDS.has(name) || typeof value !== 'string')
			return { ok: false, error: 'unexpected-field' };
		if (form.getAll(name).length > 1) return { ok: false, error: 'unexpected-field' };
	}
	const code = form.get('code');
	if (typeof code !== 'string' || code.length === 0 || code.length > MAX_SHARE_CODE_LENGTH)
		return { ok: false, error: 'no-code' };

	const optional: Record<string, string | null> = {};
	for (const question of OPTIONAL_QUESTIONS) {
		const value = form.get(question.field) ?? NO_ANSWER;
		if (value === NO_ANSWER) optional[question.key] = null;
		else if ((question.choices as readonly string[]).includes(value as string))
			optional[question.key] = value as string;
		else return { ok: false, error: 'unknown-choice' };
	}
	return { ok: true, form: { code, optional: optional as unknown as OptionalAnswers } };
}

import type { Pole } from '$lib/quiz/article';
import type {
	BankFormat,
	FrequencyQuestionId,
	QuestionId,
	TwoEndedQuestionId
} from '$lib/quiz/banks';
import { NOT_APPLICABLE, type Answer } from '$lib/quiz/scale';
import type { QuizText } from './quiz-types';

/**
 * A question's words in one language, whatever the format of its bank. A two-ended question's
 * statement B is the way of working of the pole it points `towards`, so A is the other's.
 */
/** What the words of a question depend on: its id, and the pole its statement B points to. */
export interface AskedQuestion {
	id: QuestionId;
	towards: Pole;
}

export type QuestionWords =
	| { format: 'frequency'; text: string }
	| { format: 'two-ended'; a: string; b: string; notApplicableWhen: string };

export function questionWords(
	t: QuizText,
	format: BankFormat,
	question: AskedQuestion
): QuestionWords {
	if (format === 'frequency')
		return { format: 'frequency', text: t.questions[question.id as FrequencyQuestionId] };
	const pair = t.pairs[question.id as TwoEndedQuestionId];
	const [a, b] =
		question.towards === 'engineer'
			? [pair.programmer, pair.engineer]
			: [pair.engineer, pair.programmer];
	return { format: 'two-ended', a, b, notApplicableWhen: pair.notApplicableWhen };
}

/** The question on one line, for lists and exports: its text, or “A: … / B: …”. */
export function questionLine(t: QuizText, format: BankFormat, question: AskedQuestion): string {
	const words = questionWords(t, format, question);
	return words.format === 'frequency'
		? words.text
		: `${t.scale.statements.a}: ${words.a} / ${t.scale.statements.b}: ${words.b}`;
}

/** A short name for the way of working an answer leaned toward, for “what moved” lists. */
export function habitLine(
	t: QuizText,
	format: BankFormat,
	question: AskedQuestion,
	towardEngineer: boolean
): string {
	if (format === 'frequency') return t.habits[question.id as FrequencyQuestionId];
	const pair = t.pairs[question.id as TwoEndedQuestionId];
	return towardEngineer ? pair.engineer : pair.programmer;
}

/** The name of an answer as the question offered it. */
export function answerName(t: QuizText, format: BankFormat, answer: Answer): string {
	if (format === 'frequency')
		return answer === NOT_APPLICABLE ? t.scale.notApplicable : t.scale.labels[answer];
	return answer === NOT_APPLICABLE ? t.scale.notApplicableToWork : t.scale.positions[answer];
}

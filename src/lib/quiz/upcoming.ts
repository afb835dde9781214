import type { QuizText } from '$lib/content/quiz-types';
import { questionWords } from '$lib/content/question-words';
import type { Bank, Question } from './banks';
import type { Progress } from './progress';
import { answerToField } from './scale';

/**
 * A question's changing words, by the `data-words` name of the element that shows each: `text`
 * for a frequency question; `a`, `b` and `when` (when “Not part of my work” is right) for a
 * two-ended one. The step's component and the enhancement script both fill elements from it.
 */
export type StepWords = Record<string, string>;

/** Everything src/lib/enhance.ts needs to show a question step without asking the server. */
export interface UpcomingQuestion {
	step: number;
	id: string;
	words: StepWords;
	/** The saved answer as its form field sends it, or null while the question is open. */
	answer: string | null;
	/** “Question 4 of 32”, for the progress label. */
	progress: string;
	title: string;
}

/** The changing words of one question of a bank, in one language. */
export function stepWords(t: QuizText, bank: Bank, question: Question): StepWords {
	const words = questionWords(t, bank.format, question);
	return words.format === 'frequency'
		? { text: words.text }
		: { a: words.a, b: words.b, when: t.step.notApplicableWhen(words.notApplicableWhen) };
}

/**
 * The questions from `fromIndex` to the end of the bank, in the page's language, with the
 * person's saved answers: the data a question page carries so that, with script, each tap shows
 * the next question at once. Only the questions still ahead, so the page stays small.
 */
export function upcomingQuestions(
	bank: Bank,
	t: QuizText,
	progress: Progress,
	fromIndex: number
): UpcomingQuestion[] {
	const total = bank.questions.length;
	return bank.questions.slice(fromIndex).map((question, offset) => {
		const index = fromIndex + offset;
		const saved = progress[index] ?? null;
		return {
			step: index + 1,
			id: question.id,
			words: stepWords(t, bank, question),
			answer: saved === null ? null : answerToField(saved),
			progress: t.step.progress(index + 1, total),
			title: t.step.title(index + 1, total, false)
		};
	});
}

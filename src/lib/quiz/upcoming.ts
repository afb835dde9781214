import type { QuizText } from '$lib/content/quiz-types';
import type { Bank, QuestionId } from './banks';
import type { Progress } from './progress';
import { answerToField } from './scale';

/**
 * A question's own words, as its step shows them. The one shape that the page's question
 * component and the enhancement script both render, so a new kind of question changes it here.
 */
export interface QuestionWords {
	text: string;
}

/** Everything src/lib/enhance.ts needs to show a question step without asking the server. */
export interface UpcomingQuestion extends QuestionWords {
	step: number;
	id: string;
	/** The saved answer as its form field sends it, or null while the question is open. */
	answer: string | null;
	/** “Question 4 of 24”, for the progress label. */
	progress: string;
	title: string;
}

/** The words a step needs: every question's, and the step's own sentences. */
export type StepWords = Pick<QuizText, 'questions' | 'step'>;

/** The words of one question of a bank. */
export function questionWords(words: StepWords, id: QuestionId): QuestionWords {
	return { text: words.questions[id] };
}

/**
 * The questions from `fromIndex` to the end of the bank, in the page's language, with the
 * person's saved answers: the data a question page carries so that, with script, each tap shows
 * the next question at once. Only the questions still ahead, so the page stays small.
 */
export function upcomingQuestions(
	bank: Bank,
	words: StepWords,
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
			...questionWords(words, question.id),
			answer: saved === null ? null : answerToField(saved),
			progress: words.step.progress(index + 1, total),
			title: words.step.title(index + 1, total, false)
		};
	});
}

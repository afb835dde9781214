import { expect, type Page } from '@playwright/test';
import { QUESTIONS } from '../src/lib/quiz/questions';
import { SCALE, type AnswerValue } from '../src/lib/quiz/scale';
import { scoreAnswers, type Answers } from '../src/lib/quiz/scoring';
import { encodeShareCode } from '../src/lib/quiz/share-code';

export { QUESTIONS, SCALE, scoreAnswers, encodeShareCode };

/** A varied answer set, so results are not trivially 0, 50 or 100. */
export const SAMPLE_ANSWERS: Answers = QUESTIONS.map(
	(q, i) => (q.towards === 'engineer' ? 3 + (i % 2) : i % 3) as AnswerValue
);

export function label(value: AnswerValue): string {
	return SCALE[value]!.label;
}

/** Chooses an answer on the current step and presses Next, as a person would. */
export async function answerStep(page: Page, step: number, value: AnswerValue): Promise<void> {
	await expect(
		page.getByText(`Question ${step} of ${QUESTIONS.length}`, { exact: true })
	).toBeVisible();
	await page.getByRole('radio', { name: label(value), exact: true }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.waitForURL((url) => url.pathname !== `/quiz/${step}`);
}

/** From the landing page to the result, answering everything. */
export async function takeQuiz(page: Page, answers: Answers = SAMPLE_ANSWERS): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start the quiz' }).click();
	for (const [i, value] of answers.entries()) await answerStep(page, i + 1, value);
	await expect(page).toHaveURL(/\/result\/1-[0-9a-z]+$/);
}

import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/content/en';
import { CURRENT_BANK } from '../src/lib/quiz/banks';
import type { Answer, ScaleValue } from '../src/lib/quiz/scale';
import type { Answers } from '../src/lib/quiz/scoring';
import { encodeShareCode } from '../src/lib/quiz/share-code';

/**
 * Helpers for the end-to-end tests. They drive the quiz as a person would and build links; the
 * results the tests expect are written out by hand in each test, never computed by the scoring.
 */
export { encodeShareCode };
export { MIXED_V3, ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from '../src/lib/quiz/fixtures';

/** Result codes of the answer sets in src/lib/quiz/fixtures.ts, and one link made by the version-1 quiz. */
export const CODES = {
	onCall: '2-jkfsslid8mlga7',
	withSkips: '2-jnftsnnh8nlgde',
	twoDimensions: '2-znhztnzhbznhnp',
	version1: '1-5kkakuvb6fz6g',
	/** MIXED_V3 (src/lib/quiz/fixtures.ts): 55, in between. */
	mixedV3: '3-2jj8frkfi83ld3alls'
};

export const isJsOn = () => test.info().project.name === 'js-on';

/** The current questions, with the statement B a person reads (the one “B” chooses). */
export const QUESTIONS = CURRENT_BANK.questions.map((q) => ({
	...q,
	text: q.towards === 'engineer' ? en.quiz.pairs[q.id].engineer : en.quiz.pairs[q.id].programmer
}));

/** A varied answer set, so results are not trivially 0, 50 or 100. */
export const SAMPLE_ANSWERS: Answers = QUESTIONS.map(
	(q, i) => (q.towards === 'engineer' ? 3 + (i % 2) : i % 3) as ScaleValue
);

const LABELS = ['A', 'Rather A', 'Both equally', 'Rather B', 'B'];
export const NOT_APPLICABLE_LABEL = 'Not part of my work';

export function label(value: Answer): string {
	return value === 'na' ? NOT_APPLICABLE_LABEL : LABELS[value]!;
}

/** Makes the browser hold these answers in its own progress cookie, as if the person had given them. */
export async function withAnswers(
	page: Page,
	answers: readonly (Answer | null)[],
	ownCodes: string[] = []
) {
	const cells = answers.map((a) => (a === null ? '_' : a === 'na' ? 'n' : String(a))).join('');
	const url = new URL(test.info().project.use.baseURL!);
	await page.context().addCookies([
		{
			name: 'quiz_progress',
			value: [`${CURRENT_BANK.version}.${cells}`, ...ownCodes].join('.'),
			domain: url.hostname,
			path: '/'
		}
	]);
}

/** Chooses an answer on the current step and presses Next, as a person would. */
export async function answerStep(page: Page, step: number, value: Answer): Promise<void> {
	await expect(
		page.getByText(`Question ${step} of ${QUESTIONS.length}`, { exact: true })
	).toBeVisible();
	await page.getByRole('radio', { name: label(value), exact: true }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.waitForURL((url) => url.pathname !== `/quiz/${step}`);
}

/**
 * To a finished quiz quickly, for tests about what comes after: every answer but the last is
 * already in the browser's progress cookie, and the last is given on the page, as a person would.
 * Tests about taking the quiz itself use `takeQuiz`.
 */
export async function finishQuiz(page: Page, answers: Answers = SAMPLE_ANSWERS): Promise<void> {
	const last = answers.length;
	await withAnswers(page, [...answers.slice(0, -1), null]);
	await page.goto(`/quiz/${last}`);
	await answerStep(page, last, answers[last - 1]!);
	await expect(page).toHaveURL(/\/result\/3-[0-9a-z]+$/);
}

/** From the landing page to the result, answering everything: two dozen page loads, so given the time. */
export async function takeQuiz(page: Page, answers: Answers = SAMPLE_ANSWERS): Promise<void> {
	test.slow();
	await page.goto('/');
	await page.getByRole('link', { name: 'Start the quiz' }).click();
	for (const [i, value] of answers.entries()) await answerStep(page, i + 1, value);
	await expect(page).toHaveURL(/\/result\/3-[0-9a-z]+$/);
}

import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/content/en';
import { CURRENT_BANK } from '../src/lib/quiz/banks';
import type { Answer, ScaleValue } from '../src/lib/quiz/scale';
import type { Answers } from '../src/lib/quiz/scoring';
import { encodeShareCode as encodeIn } from '../src/lib/quiz/share-code';

/**
 * Helpers for the end-to-end tests. They drive the quiz as a person would and build links; the
 * results the tests expect are written out by hand in each test, never computed by the scoring.
 */
/** The share code of answers to the current questions. */
export const encodeShareCode = (answers: Answers) => encodeIn(answers, CURRENT_BANK);
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

/**
 * The current questions, with the statements a person reads: `a` and `b` (statement B is the way of
 * working of the pole the question points toward); `text` is statement B, as before.
 */
export const QUESTIONS = CURRENT_BANK.questions.map((q) => {
	const pair = en.quiz.pairs[q.id];
	const [a, b] =
		q.towards === 'engineer' ? [pair.programmer, pair.engineer] : [pair.engineer, pair.programmer];
	return { ...q, a, b, text: b };
});

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

/**
 * The button that answers the current step with this value. “Not part of my work” is named with the
 * “Only if: …” beneath it, so it is found by how its name starts; the five positions by exact names.
 */
export function option(page: Page, value: Answer) {
	return value === 'na'
		? page.getByRole('button', { name: new RegExp(`^${NOT_APPLICABLE_LABEL}`) })
		: page.getByRole('button', { name: label(value), exact: true });
}

/**
 * Answers the current step with one tap, as a person would, and waits until the answer is saved:
 * with JavaScript the next question shows at once and the answer is posted in the background.
 */
export async function answerStep(page: Page, step: number, value: Answer): Promise<void> {
	await expect(
		page.getByText(`Question ${step} of ${QUESTIONS.length}`, { exact: true })
	).toBeVisible();
	const saved = page.waitForResponse(
		(response) =>
			response.request().method() === 'POST' &&
			new URL(response.url()).pathname.endsWith(`/quiz/${step}`)
	);
	await option(page, value).click();
	await page.waitForURL((url) => url.pathname !== `/quiz/${step}`);
	await saved;
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

/** The step shows this answer as the saved one. */
export async function expectChosen(page: Page, value: Answer): Promise<void> {
	await expect(option(page, value)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { pressed: true })).toHaveCount(1);
}

import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/content/en';
import { CURRENT_BANK } from '../src/lib/quiz/banks';
import { SCALE_MAX, type Answer, type ScaleValue } from '../src/lib/quiz/scale';
import type { Answers } from '../src/lib/quiz/scoring';

/**
 * Helpers for the end-to-end tests. They drive the quiz as a person would; the results the tests
 * expect are written out by hand, never computed by the scoring.
 */
export { MIXED_V3 } from '../src/lib/quiz/fixtures';

/**
 * Result codes, written out by hand: of the answer sets in src/lib/quiz/fixtures.ts and below, of
 * both ends of the scale, and one link made by the version-1 quiz.
 */
export const CODES = {
	onCall: '2-jkfsslid8mlga7',
	withSkips: '2-jnftsnnh8nlgde',
	twoDimensions: '2-znhztnzhbznhnp',
	version1: '1-5kkakuvb6fz6g',
	/** MIXED_V3 (src/lib/quiz/fixtures.ts): 55, in between. */
	mixedV3: '3-2jj8frkfi83ld3alls',
	/**
	 * SAMPLE_ANSWERS (below), which finishQuiz gives, in bank order:
	 * 3 1 3 0 1 4 0 4, 3 0 3 2 0 4 2 4, 1 4 0 4 3 0 3 2, 0 4 2 4 3 2 3 1.
	 */
	sample: '3-9fqof3opqof3op39wu',
	/** “B” on every engineer statement B, “A” on every programmer one: 100 everywhere. */
	allEngineer: '3-44oo44oooo44oo44nc',
	/** The reverse: 0 everywhere. */
	allProgrammer: '3-oo44oo4444oo44oonc'
};

export const isJsOn = () => test.info().project.name === 'js-on';

/** How many answers the scale offers. */
export const CHOICES = SCALE_MAX + 1;

/** The address a finished quiz of the current bank lands on. */
export const RESULT_URL = new RegExp(`/result/${CURRENT_BANK.version}-[0-9a-z]+$`);

/**
 * The current questions, with the statements a person reads: `a` and `b` (statement B is the way of
 * working of the pole the question points toward).
 */
export const QUESTIONS = CURRENT_BANK.questions.map((q) => {
	const pair = en.quiz.pairs[q.id];
	const [a, b] =
		q.towards === 'engineer' ? [pair.programmer, pair.engineer] : [pair.engineer, pair.programmer];
	return { ...q, a, b };
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

/** Gives the browser a cookie of this site, as if the site had set it earlier. */
export async function withCookie(page: Page, name: string, value: string) {
	const url = new URL(test.info().project.use.baseURL!);
	await page.context().addCookies([{ name, value, domain: url.hostname, path: '/' }]);
}

/** The progress cookie's value for these answers (null: not answered yet). */
export function progressCookie(answers: readonly (Answer | null)[]) {
	const cells = answers.map((a) => (a === null ? '_' : a === 'na' ? 'n' : String(a))).join('');
	return `${CURRENT_BANK.version}.${cells}`;
}

/** Makes the browser hold these answers in its own progress cookie, as if the person had given them. */
export async function withAnswers(page: Page, answers: readonly (Answer | null)[]) {
	await withCookie(page, 'quiz_progress', progressCookie(answers));
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
	await expect(page).toHaveURL(RESULT_URL);
}

/** From the landing page to the result, answering everything: two dozen page loads, so given the time. */
export async function takeQuiz(page: Page, answers: Answers = SAMPLE_ANSWERS): Promise<void> {
	test.slow();
	await page.goto('/');
	await page.getByRole('link', { name: 'Start the quiz' }).click();
	for (const [i, value] of answers.entries()) await answerStep(page, i + 1, value);
	await expect(page).toHaveURL(RESULT_URL);
}

/** The step shows this answer as the saved one. */
export async function expectChosen(page: Page, value: Answer): Promise<void> {
	await expect(option(page, value)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { pressed: true })).toHaveCount(1);
}

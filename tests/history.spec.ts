import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../src/lib/quiz/scoring';
import { axeViolations, COLOR_SCHEMES, inColorScheme } from './axe';
import { answerStep, CODES, finishQuiz, MIXED_V3, QUESTIONS, withCookie } from './quiz';
import { ONCE } from './tags';

// MIXED_V3 (src/lib/quiz/fixtures.ts): 55, in between; Built for what 24 points of 32 (75). The
// retake answers “B” instead of “A” to the last question, a Built-for-what question whose B is the
// programmer’s: 0 points instead of 4, so 20 of 32 (62.5, so 63: −12), and the overall
// (71 − 4) ÷ 128 = 52.3 %, so 52 (−3).
const last = QUESTIONS.length;
const RETAKE: Answers = MIXED_V3.map((answer, i) => (i === last - 1 ? 4 : answer));
const retake = '3-qjj8frkfi83ld3aln4';
const mixed = CODES.mixedV3;

/** Today as the list writes it: the cookie keeps the day a result was made, in UTC. */
const today = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
}).format(new Date());

/** Each listed result's line (its link, or its text when not linked), without its remove button. */
const list = (page: Page) => page.locator('#earlier-results li > :first-child');
/** What the list says after a removal. */
const notice = (page: Page) => page.locator('#earlier-results [role="status"]');
/** The lines that link to their result: all but the one the page shows and unreadable ones. */
const links = (page: Page) => page.locator('#earlier-results li > a');

/** Finishes the quiz with these answers, the last given on the page, and lands on `code`. */
async function finish(page: Page, answers: Answers, code: string) {
	await finishQuiz(page, answers);
	await expect(page).toHaveURL(new RegExp(`/result/${code}$`));
}

/** A history this browser made earlier: `code_YYYYMMDD` entries, newest first. */
const withHistory = (page: Page, value: string) => withCookie(page, 'results_history', value);

async function historyCookie(page: Page) {
	return (await page.context().cookies()).find((c) => c.name === 'results_history');
}

test('a second run of the quiz lists the first and says what changed', async ({ page }) => {
	await finish(page, MIXED_V3, mixed);
	await expect(list(page)).toHaveText([`${today}: In between, 55 of 100 (this result)`]);
	await expect(page.locator('[data-figure="change"]')).toHaveCount(0);

	await finish(page, RETAKE, retake);
	await expect(page.locator('[data-figure="change"]')).toContainText(
		`Since your result of ${today}: overall 55 → 52 (−3); biggest change: Built for what, −12.`
	);
	await expect(page.getByRole('link', { name: 'Compare the two side by side' })).toHaveAttribute(
		'href',
		'/compare?r=3-2jj8frkfi83ld3alls&r=3-qjj8frkfi83ld3aln4'
	);
	await expect(list(page)).toHaveText([
		`${today}: In between, 52 of 100 (this result)`,
		`${today}: In between, 55 of 100`
	]);
	await expect(links(page)).toHaveAttribute('href', '/result/3-2jj8frkfi83ld3alls');

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toBeVisible();
	await expect(links(page)).toHaveText([
		`${today}: In between, 52 of 100`,
		`${today}: In between, 55 of 100`
	]);
});

test('a finished quiz changed on its question step replaces its result in the history', async ({
	page
}) => {
	await finish(page, MIXED_V3, mixed);
	await expect(list(page)).toHaveText([`${today}: In between, 55 of 100 (this result)`]);
	// Back through the steps to the last question, and one tap on another answer.
	await page.goto(`/quiz/${last}`);
	await answerStep(page, last, RETAKE[last - 1]!);
	await expect(page).toHaveURL(new RegExp(`/result/${retake}$`));
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await expect(list(page)).toHaveText([`${today}: In between, 52 of 100 (this result)`]);
});

test('“Remove” takes one result off the list and out of the cookie', async ({ page }) => {
	await withHistory(page, `${retake}_20261201.${mixed}_20260303`);
	await page.goto('/');
	await page.getByRole('button', { name: 'Remove the result of 1 December 2026' }).click();
	await expect(page).toHaveURL(/\/\?history=removed#earlier-results$/);
	await expect(notice(page)).toHaveText('Removed from the list.');
	await expect(list(page)).toHaveText(['3 March 2026: In between, 55 of 100']);
	expect((await historyCookie(page))?.value).toBe('3-2jj8frkfi83ld3alls_20260303');
});

test('“Forget all” on a result page deletes the list and the cookie', async ({ page }) => {
	await withHistory(page, `${retake}_20261201.${mixed}_20260303`);
	await page.goto(`/result/${mixed}`);
	await expect(list(page)).toHaveCount(2);
	// Listed in this browser's history, so the page speaks to its owner.
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Forget all' }).click();
	// Back at the list, which says what was done, with nothing left in it.
	await expect(page).toHaveURL(
		/\/result\/3-2jj8frkfi83ld3alls\?history=forgotten#earlier-results$/
	);
	await expect(notice(page)).toHaveText(
		'Forgotten. No earlier results are kept in this browser now: the list and its cookie are deleted.'
	);
	await expect(list(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Forget all' })).toHaveCount(0);
	await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Closest description: In between' })
	).toBeVisible();
	expect(await historyCookie(page)).toBeUndefined();
	// Opened again later, the page has no list at all.
	await page.goto(`/result/${mixed}`);
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);
});

test('after “Forget all”, a result of one’s own taken again reads as a shared one', async ({
	page
}) => {
	await finish(page, MIXED_V3, mixed);
	// Taking it again clears the answers, so only the list still makes the result one's own.
	await page.goto('/');
	await page.getByRole('button', { name: 'Take it again' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await page.goto(`/result/${mixed}`);
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Forget all' }).click();
	await expect(notice(page)).toContainText('Forgotten.');
	await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'See your last result' })).toHaveCount(0);
});

test('opening a result someone shared does not add it to the history', async ({ page }) => {
	await page.goto(`/result/${mixed}`);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '55');
	expect(await historyCookie(page)).toBeUndefined();
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);

	// With a history of one's own, here a version-2 result (the on-call developer of
	// src/lib/quiz/fixtures.ts, 42): listed as it was, nothing compared, nothing added.
	const onCall = CODES.onCall;
	await withHistory(page, `${onCall}_20260303`);
	await page.goto(`/result/${mixed}`);
	await expect(links(page)).toHaveText(['3 March 2026: In between, 42 of 100']);
	await expect(page.locator('[data-figure="change"]')).toHaveCount(0);
	expect((await historyCookie(page))?.value).toBe('2-jkfsslid8mlga7_20260303');
});

test('an entry that can no longer be read says why, and can be removed', async ({ page }) => {
	await withHistory(page, `9-abc_20260105.${CODES.twoDimensions}_20260104`);
	await page.goto('/');
	await expect(list(page)).toHaveText([
		'5 January 2026: made by a version of the quiz that is no longer served',
		'4 January 2026: no overall position'
	]);
	await page.getByRole('button', { name: 'Remove the result of 5 January 2026' }).click();
	await expect(list(page)).toHaveText(['4 January 2026: no overall position']);
	// The last one too: the list stays where it was, to say that nothing is left.
	await page.getByRole('button', { name: 'Remove the result of 4 January 2026' }).click();
	await expect(notice(page)).toHaveText(
		'Removed. No earlier results are kept in this browser now.'
	);
	await expect(list(page)).toHaveCount(0);
});

test('in German, under /de, with the link to compare in German too', async ({ page }) => {
	await withHistory(page, `${retake}_20261201.${mixed}_20260303`);
	await page.goto(`/de/result/${retake}`);
	await expect(page.locator('[data-figure="change"]')).toContainText(
		'Seit deinem Ergebnis vom 3. März 2026: gesamt 55 → 52 (−3); größte Veränderung: Wofür gebaut wird, −12.'
	);
	await expect(page.getByRole('link', { name: 'Beide nebeneinander vergleichen' })).toHaveAttribute(
		'href',
		'/de/compare?r=3-2jj8frkfi83ld3alls&r=3-qjj8frkfi83ld3aln4'
	);
	await page.getByRole('button', { name: 'Ergebnis vom 3. März 2026 entfernen' }).click();
	await expect(page).toHaveURL(
		new RegExp(`/de/result/${retake}\\?history=removed#earlier-results$`)
	);
	await expect(notice(page)).toHaveText('Aus der Liste entfernt.');
	await expect(list(page)).toHaveText([
		'1. Dezember 2026: Dazwischen, 52 von 100 (dieses Ergebnis)'
	]);
});

test('a removal that names no result is refused with a 400', async ({ request, baseURL }) => {
	const response = await request.post('/?/forgetResult', {
		form: { other: 'x' },
		headers: { origin: baseURL! },
		maxRedirects: 0
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).not.toContain('forgetResult');
});

test(
	'the landing and result pages showing history have no WCAG 2.2 A/AA violations, light or dark',
	ONCE,
	async ({ browser }) => {
		const found: string[] = [];
		for (const colorScheme of COLOR_SCHEMES) {
			await inColorScheme(browser, colorScheme, async (page) => {
				await withHistory(page, `${retake}_20261201.9-abc_20260601.${mixed}_20260303`);
				for (const path of ['/', `/result/${retake}`]) {
					await page.goto(path);
					await expect(list(page)).toHaveCount(3);
					await expect(page.locator('[data-figure="change"]')).toHaveCount(path === '/' ? 0 : 1);
					found.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${path} ${v}`));
				}
			});
		}
		expect(found).toEqual([]);
	}
);

import { expect, test, type Page } from '@playwright/test';
import { V2_BANK } from '../src/lib/quiz/banks/v2';
import type { Answers } from '../src/lib/quiz/scoring';
import { axeViolations } from './axe';
import { answerStep, CODES, encodeShareCode, label, ON_CALL, withAnswers } from './quiz';
import { ONCE } from './tags';

// The on-call developer (src/lib/quiz/fixtures.ts): 42, in between; real conditions 9 points of
// 16 (56). The retake answers “Never” instead of “Often” to the last question, a real-conditions
// question keyed toward programmer: 12 points of 16 (75, so +19), and the overall
// (37.5 + 62.5 + 25 + 62.5 + 6.25 + 75) / 6 = 44.79, so 45 (+3).
const RETAKE: Answers = ON_CALL.map((answer, i) => (i === 23 ? 0 : answer));
const retake = encodeShareCode(RETAKE, V2_BANK);
const onCall = CODES.onCall;

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

/** Finishes the quiz as a person would at its last step, the earlier answers already given. */
async function finish(page: Page, answers: Answers) {
	const last = answers.length - 1;
	await withAnswers(
		page,
		answers.map((answer, i) => (i === last ? null : answer))
	);
	await page.goto(`/quiz/${last + 1}`);
	await answerStep(page, last + 1, answers[last]!);
	await expect(page).toHaveURL(new RegExp(`/result/${encodeShareCode(answers)}$`));
}

/** A history this browser made earlier: `code_YYYYMMDD` entries, newest first. */
async function withHistory(page: Page, value: string) {
	const url = new URL(test.info().project.use.baseURL!);
	await page
		.context()
		.addCookies([{ name: 'results_history', value, domain: url.hostname, path: '/' }]);
}

async function historyCookie(page: Page) {
	return (await page.context().cookies()).find((c) => c.name === 'results_history');
}

test('a second run of the quiz lists the first and says what changed', async ({ page }) => {
	await finish(page, ON_CALL);
	await expect(list(page)).toHaveText([`${today}: In between, 42 of 100 (this result)`]);
	await expect(page.locator('[data-figure="change"]')).toHaveCount(0);

	await finish(page, RETAKE);
	await expect(page.locator('[data-figure="change"]')).toContainText(
		`Since your result of ${today}: overall 42 → 45 (+3); biggest change: Real conditions, +19.`
	);
	await expect(page.getByRole('link', { name: 'Compare the two side by side' })).toHaveAttribute(
		'href',
		`/compare?r=${onCall}&r=${retake}`
	);
	await expect(list(page)).toHaveText([
		`${today}: In between, 45 of 100 (this result)`,
		`${today}: In between, 42 of 100`
	]);
	await expect(links(page)).toHaveAttribute('href', `/result/${onCall}`);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toBeVisible();
	await expect(links(page)).toHaveText([
		`${today}: In between, 45 of 100`,
		`${today}: In between, 42 of 100`
	]);
});

test('a quiz finished or changed by going back joins the history all the same', async ({
	page
}) => {
	// The last answer chosen, then Back instead of Next: the quiz is finished all the same.
	await withAnswers(page, [...ON_CALL.slice(0, -1), null]);
	await page.goto('/quiz/24');
	await page.getByRole('radio', { name: label(ON_CALL[23]!), exact: true }).check();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/23$/);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(new RegExp(`/result/${onCall}$`));
	await expect(list(page)).toHaveText([`${today}: In between, 42 of 100 (this result)`]);

	// A finished quiz's last answer changed, then Back: the revised result takes its place.
	await page.goto('/quiz/24');
	await page.getByRole('radio', { name: label(RETAKE[23]!), exact: true }).check();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/23$/);
	await page.goto(`/result/${retake}`);
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await expect(list(page)).toHaveText([`${today}: In between, 45 of 100 (this result)`]);
});

test('“Remove” takes one result off the list and out of the cookie', async ({ page }) => {
	await withHistory(page, `${retake}_20261201.${onCall}_20260303`);
	await page.goto('/');
	await page.getByRole('button', { name: 'Remove the result of 1 December 2026' }).click();
	await expect(page).toHaveURL(/\/\?history=removed#earlier-results$/);
	await expect(notice(page)).toHaveText('Removed from the list.');
	await expect(list(page)).toHaveText(['3 March 2026: In between, 42 of 100']);
	expect((await historyCookie(page))?.value).toBe(`${onCall}_20260303`);
});

test('“Forget all” on a result page deletes the list and the cookie', async ({ page }) => {
	await withHistory(page, `${retake}_20261201.${onCall}_20260303`);
	await page.goto(`/result/${onCall}`);
	await expect(list(page)).toHaveCount(2);
	// Listed in this browser's history, so the page speaks to its owner.
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Forget all' }).click();
	// Back at the list, which says what was done, with nothing left in it.
	await expect(page).toHaveURL(
		new RegExp(`/result/${onCall}\\?history=forgotten#earlier-results$`)
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
	await page.goto(`/result/${onCall}`);
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);
});

test('opening a result someone shared does not add it to the history', async ({ page }) => {
	await page.goto(`/result/${CODES.withSkips}`);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '56');
	expect(await historyCookie(page)).toBeUndefined();
	await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);

	// With a history of one's own: listed as it was, nothing compared, nothing added.
	await withHistory(page, `${onCall}_20260303`);
	await page.goto(`/result/${CODES.withSkips}`);
	await expect(links(page)).toHaveText(['3 March 2026: In between, 42 of 100']);
	await expect(page.locator('[data-figure="change"]')).toHaveCount(0);
	expect((await historyCookie(page))?.value).toBe(`${onCall}_20260303`);
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
	await withHistory(page, `${retake}_20261201.${onCall}_20260303`);
	await page.goto(`/de/result/${retake}`);
	await expect(page.locator('[data-figure="change"]')).toContainText(
		'Seit deinem Ergebnis vom 3. März 2026: gesamt 42 → 45 (+3); größte Veränderung: Echte Bedingungen, +19.'
	);
	await expect(page.getByRole('link', { name: 'Beide nebeneinander vergleichen' })).toHaveAttribute(
		'href',
		`/de/compare?r=${onCall}&r=${retake}`
	);
	await page.getByRole('button', { name: 'Ergebnis vom 3. März 2026 entfernen' }).click();
	await expect(page).toHaveURL(
		new RegExp(`/de/result/${retake}\\?history=removed#earlier-results$`)
	);
	await expect(notice(page)).toHaveText('Aus der Liste entfernt.');
	await expect(list(page)).toHaveText([
		'1. Dezember 2026: Dazwischen, 45 von 100 (dieses Ergebnis)'
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
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await withHistory(page, `${retake}_20261201.9-abc_20260601.${onCall}_20260303`);
			for (const path of ['/', `/result/${retake}`]) {
				await page.goto(path);
				await expect(list(page)).toHaveCount(3);
				await expect(page.locator('[data-figure="change"]')).toHaveCount(path === '/' ? 0 : 1);
				found.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${path} ${v}`));
			}
			await context.close();
		}
		expect(found).toEqual([]);
	}
);

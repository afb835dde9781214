import { expect, test, type Page } from '@playwright/test';
import { axeViolations, COLOR_SCHEMES, inColorScheme } from './axe';
import { CODES } from './quiz';
import { ONCE } from './tags';

/** A result page showing its result, not the page of a damaged link. */
async function openResult(page: Page, code: string) {
	await page.goto(`/result/${code}`);
	await expect(page.getByRole('meter')).toBeVisible();
}

/**
 * The landing page, a question, a result and the methodology are checked in every language, light
 * and dark, in every-language.spec.ts; here, the pages a visitor meets when something went wrong,
 * a second result, whose answers open other sections, and a version-2 link, with its notices.
 */
const pages: { name: string; visit: (page: Page) => Promise<unknown> }[] = [
	{
		name: 'question step with an error',
		visit: async (page) => {
			// Where a step sent without an answer leads.
			await page.goto('/quiz/1?unanswered');
			await expect(page.getByRole('alert')).toBeVisible();
		}
	},
	{
		name: 'question step shown in place, its answer marked',
		visit: async (page) => {
			await page.goto('/quiz/1');
			await page.getByRole('button', { name: 'Rather B', exact: true }).click();
			await expect(page).toHaveURL(/\/quiz\/2$/);
			await page.getByRole('button', { name: 'Back' }).click();
			await expect(
				page.getByRole('button', { name: 'Rather B', exact: true, pressed: true })
			).toBeVisible();
		}
	},
	{ name: 'result', visit: (page) => openResult(page, CODES.sample) },
	{ name: 'version-2 result', visit: (page) => openResult(page, CODES.onCall) },
	{ name: '404 page', visit: (page) => page.goto('/no-such-page') },
	{ name: 'broken share link page', visit: (page) => page.goto('/result/1-broken') }
];

// Tagged ONCE (see tags.ts): the page without JavaScript is this page without the enhancement's
// buttons, which stay hidden, and axe leaves hidden elements out.
for (const colorScheme of COLOR_SCHEMES) {
	for (const { name, visit } of pages) {
		test(`${name} has no WCAG 2.2 A/AA violations (${colorScheme})`, ONCE, async ({ browser }) => {
			const violations = await inColorScheme(browser, colorScheme, async (page) => {
				await visit(page);
				return axeViolations(page);
			});
			expect(violations).toEqual([]);
		});
	}
}

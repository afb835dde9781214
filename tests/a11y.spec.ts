import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { encodeShareCode, SAMPLE_ANSWERS } from './quiz';
import { ONCE } from './tags';

/**
 * Tagged ONCE (see tags.ts): the page without JavaScript is this page without the enhancement's
 * buttons, which stay hidden, and axe leaves hidden elements out.
 */
async function openPage(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
	const context = await browser.newContext({ colorScheme });
	return context.newPage();
}

/**
 * The landing page, a question, a result and the methodology are checked in every language, light
 * and dark, in every-language.spec.ts; here, the pages a visitor meets when something went wrong,
 * and a second result, whose answers open other sections.
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
			await page.getByRole('button', { name: 'Often', exact: true }).click();
			await expect(page).toHaveURL(/\/quiz\/2$/);
			await page.getByRole('button', { name: 'Back' }).click();
			await expect(page.getByRole('button', { name: 'Often', pressed: true })).toBeVisible();
		}
	},
	{ name: 'result', visit: (page) => page.goto(`/result/${encodeShareCode(SAMPLE_ANSWERS)}`) },
	{ name: '404 page', visit: (page) => page.goto('/no-such-page') },
	{ name: 'broken share link page', visit: (page) => page.goto('/result/1-broken') }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const { name, visit } of pages) {
		test(`${name} has no WCAG 2.2 A/AA violations (${colorScheme})`, ONCE, async ({ browser }) => {
			const page = await openPage(browser, colorScheme);
			await visit(page);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
}

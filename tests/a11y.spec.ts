import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from './axe';
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
	// SAMPLE_ANSWERS (tests/quiz.ts), and ON_CALL from version 2 (src/lib/quiz/fixtures.ts).
	{ name: 'result', visit: (page) => page.goto('/result/3-9fqof3opqof3op39wu') },
	{ name: 'version-2 result', visit: (page) => page.goto('/result/2-jkfsslid8mlga7') },
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

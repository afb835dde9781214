import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeShareCode, SAMPLE_ANSWERS } from './quiz';

/**
 * axe runs inside the page, so the JS-off project cannot simply disable JavaScript: it loads
 * the server's HTML with the app's own script (src/lib/enhance.ts) blocked, as a no-JS visitor gets it.
 */
async function openPage(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
	const context = await browser.newContext({ colorScheme, javaScriptEnabled: true });
	if (test.info().project.name === 'js-off')
		await context.route('**/*.js', (route) => route.abort());
	return context.newPage();
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages: { name: string; visit: (page: Page) => Promise<unknown> }[] = [
	{ name: 'landing', visit: (page) => page.goto('/') },
	{ name: 'question step', visit: (page) => page.goto('/quiz/1') },
	{
		name: 'question step with an error',
		visit: async (page) => {
			await page.goto('/quiz/1');
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
		}
	},
	{ name: 'result', visit: (page) => page.goto(`/result/${encodeShareCode(SAMPLE_ANSWERS)}`) },
	{ name: 'methodology', visit: (page) => page.goto('/how-it-works') },
	{ name: '404 page', visit: (page) => page.goto('/no-such-page') },
	{ name: 'broken share link page', visit: (page) => page.goto('/result/1-broken') }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const { name, visit } of pages) {
		test(`${name} has no WCAG 2.2 A/AA violations (${colorScheme})`, async ({ browser }) => {
			const page = await openPage(browser, colorScheme);
			await visit(page);
			const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				)
			).toEqual([]);
			await page.context().close();
		});
	}
}

import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';

/** WCAG 2.2 levels A and AA, as every accessibility check here asks. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The A/AA rules about colour: all that differs between the light and the dark theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now, one line each: rule and elements.
 * In the dark theme only the colour rules run: the markup is the same as in the light one, which
 * gets every rule. Only violations are collected (not the passes), most of axe's time otherwise.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	const builder = new AxeBuilder({ page });
	const results = await (dark ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_AA))
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Runs `use` on a page of a fresh browser context in this colour scheme, then closes it. */
export async function inColorScheme<T>(
	browser: Browser,
	colorScheme: (typeof COLOR_SCHEMES)[number],
	use: (page: Page) => Promise<T>
): Promise<T> {
	const context = await browser.newContext({ colorScheme });
	try {
		return await use(await context.newPage());
	} finally {
		await context.close();
	}
}

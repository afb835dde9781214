import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 levels A and AA, as every accessibility check here asks. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now, one line each: rule and elements.
 * Only violations are collected (not the passes), which is most of axe's time on a long page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(WCAG_AA)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/content/en';
import { ARTICLE } from '../src/lib/quiz/article';
import { axeViolations, COLOR_SCHEMES, inColorScheme } from './axe';
import { CODES, MIXED_V3 } from './quiz';
import { LANGUAGES, type Language } from './languages';
import { ONCE_TAG, WITHOUT_JS_TAG } from './tags';

// The behaviours every language must share. Run one language with `--grep @de`.
// Expected values are written out by hand: MIXED_V3 is (16 + 7 + 24 + 24) points of 128, 55.5 %,
// so 55 (src/lib/quiz/fixtures.ts), and its link is the one the English quiz gives.
//
// Each runs in one project, not both (see playwright.config.ts):
// - @once: checks of what a page shows (layout, contrast, words). A page with JavaScript holds
//   everything the same page without it holds, plus the enhancement's buttons, so these run with
//   JavaScript only; a11y.spec.ts checks the English pages without JavaScript too, light and dark.
// - @without-js: the whole quiz, through its forms and redirects alone. quiz-flow.spec.ts takes
//   it with JavaScript in English, and the forms are the same in every language.
const MIXED_CODE = CODES.mixedV3;
const MIXED_SCORE = '55';

const FOREIGN = LANGUAGES.filter((l) => l.locale !== 'en');

const resultPath = (language: Language) => `${language.prefix}/result/${MIXED_CODE}`;

/** Opens every fold (<details>) in the main content, as a reader who wants every detail would. */
async function openAllDetails(page: Page) {
	const closed = page.locator('main details:not([open]) > summary');
	while ((await closed.count()) > 0) await closed.first().click();
}

/** A question step showing its error, where a step sent without an answer leads. */
async function visitStepWithError(page: Page, language: Language) {
	await page.goto(`${language.prefix}/quiz/1?unanswered`);
	await expect(page.getByRole('alert')).toBeVisible();
}

/** The pages a reader of each language meets. */
const PAGES: { name: string; visit: (page: Page, language: Language) => Promise<unknown> }[] = [
	{ name: 'landing', visit: (page, l) => page.goto(l.prefix) },
	{ name: 'question', visit: (page, l) => page.goto(`${l.prefix}/quiz/3`) },
	{ name: 'result', visit: (page, l) => page.goto(resultPath(l)) },
	{ name: 'methodology', visit: (page, l) => page.goto(`${l.prefix}/how-it-works`) }
];

for (const language of LANGUAGES) {
	const once = { tag: [`@${language.locale}`, ONCE_TAG] };

	test(
		`${language.name}: the whole quiz ends on the same code and score as in English`,
		{ tag: [`@${language.locale}`, WITHOUT_JS_TAG] },
		async ({ page }) => {
			test.slow();
			await page.goto(`${language.prefix}/quiz/1`);
			for (const [i, value] of MIXED_V3.entries()) {
				const step = `${language.prefix}/quiz/${i + 1}`;
				await expect(page).toHaveURL(new RegExp(`${step}$`));
				await page.locator(`button[name="answer"][value="${value}"]`).click();
				await page.waitForURL((url) => url.pathname !== step);
			}
			await expect(page).toHaveURL(new RegExp(`${language.prefix}/result/${MIXED_CODE}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
			await expect(page.locator('#position-meter')).toHaveAttribute('value', MIXED_SCORE);
		}
	);

	test(`${language.name}: nothing scrolls sideways at 320 px`, once, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const { name, visit } of [
			...PAGES,
			{ name: 'question with an error', visit: visitStepWithError },
			{
				name: '404 page',
				visit: (page: Page, l: Language) => page.goto(`${l.prefix}/no-such-page`)
			},
			{
				name: 'damaged result link',
				visit: (page: Page, l: Language) => page.goto(`${l.prefix}/result/1-broken`)
			}
		]) {
			await visit(page, language);
			if (name === 'result') await openAllDetails(page);
			const overflow = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(overflow.scroll, `${name} at 320 px`).toBeLessThanOrEqual(overflow.client);
		}
	});

	for (const colorScheme of COLOR_SCHEMES) {
		test(
			`${language.name}: no WCAG 2.2 A/AA violations on its pages (${colorScheme})`,
			once,
			async ({ browser }) => {
				const found = await inColorScheme(browser, colorScheme, async (page) => {
					const found: string[] = [];
					for (const { name, visit } of PAGES) {
						await visit(page, language);
						await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
						found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
					}
					return found;
				});
				expect(found).toEqual([]);
			}
		);
	}
}

/**
 * Every English interface phrase of three words or more, from the English content itself: its
 * string leaves, and its message functions called with sample arguments. Each is cut at its
 * placeholders and numbers, so a phrase around a number or a name is still found.
 */
function englishPhrases(): string[] {
	const leaves: string[] = [];
	const SAMPLE_ARGS: unknown[][] = [[], [3, 32, false], ['a', 'b'], [3], [3, 'a']];
	const walk = (value: unknown, depth: number): void => {
		if (depth > 12) return;
		if (typeof value === 'string') leaves.push(value);
		else if (typeof value === 'function') {
			for (const args of SAMPLE_ARGS) {
				try {
					const out = (value as (...a: unknown[]) => unknown)(...args);
					if (typeof out === 'string') leaves.push(out);
				} catch {
					// A message that needs a richer argument; its other forms are still checked.
				}
			}
		} else if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
		else if (value && typeof value === 'object')
			Object.values(value).forEach((v) => walk(v, depth + 1));
	};
	walk(en, 0);
	const allowed = [ARTICLE.title, ARTICLE.blog];
	const phrases = new Set<string>();
	for (const leaf of leaves) {
		let text = leaf;
		for (const name of allowed) text = text.split(name).join('\n');
		for (const piece of text.split(/\{[^}]*\}|\d+|\bundefined\b|\bfalse\b|\n|[“”"()]/)) {
			// The whole piece, and each of its clauses, so English left inside a sentence is found too.
			for (const part of [piece, ...piece.split(/[.,;:!?·–—](?:\s|$)/)]) {
				const phrase = part.replace(/\s+/g, ' ').trim();
				if (phrase.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 3) phrases.add(phrase);
			}
		}
	}
	return [...phrases];
}

const ENGLISH_PHRASES = englishPhrases();

/** What a reader or a screen reader meets: visible text and aria-label, alt and title attributes. */
async function readableText(page: Page): Promise<string> {
	const text = await page.locator('body').innerText();
	const attributes = await page
		.locator('[aria-label], [alt], [title]')
		.evaluateAll((nodes) =>
			nodes.flatMap((n) => ['aria-label', 'alt', 'title'].map((a) => n.getAttribute(a) ?? ''))
		);
	return [await page.title(), text, ...attributes].join('\n').replace(/\s+/g, ' ');
}

const NO_ENGLISH_PAGES: {
	name: string;
	visit: (page: Page, language: Language) => Promise<unknown>;
}[] = [
	PAGES[0]!,
	PAGES[1]!,
	{ name: 'question with an error', visit: visitStepWithError },
	{
		name: 'result with every fold open',
		visit: async (page, l) => {
			await page.goto(resultPath(l));
			await openAllDetails(page);
		}
	},
	PAGES[3]!,
	{ name: '404 page', visit: (page, l) => page.goto(`${l.prefix}/no-such-page`) }
];

test('the English phrase list is long enough to mean something', () => {
	expect(ENGLISH_PHRASES).toContain('Start the quiz');
	expect(ENGLISH_PHRASES).toContain('Page not found');
	expect(ENGLISH_PHRASES.length).toBeGreaterThan(200);
});

for (const language of FOREIGN) {
	test(
		`${language.name}: no English interface phrase is left on its pages`,
		{ tag: [`@${language.locale}`, ONCE_TAG] },
		async ({ page }) => {
			const found: string[] = [];
			for (const { name, visit } of NO_ENGLISH_PAGES) {
				await visit(page, language);
				await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
				const text = await readableText(page);
				for (const phrase of ENGLISH_PHRASES)
					if (text.includes(phrase)) found.push(`${name}: “${phrase}”`);
			}
			expect(found).toEqual([]);
		}
	);
}

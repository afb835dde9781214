import { expect, test, type Page } from '@playwright/test';
import { CURRENT_BANK } from '../src/lib/quiz/banks';
import type { ScaleValue } from '../src/lib/quiz/scale';
import { CHOICES, isJsOn, label, option, QUESTIONS, withAnswers } from './quiz';

const n = QUESTIONS.length;

/** Pretend the first `answered` questions were already answered, through the person's own cookie. */
async function withProgress(page: Page, answered: number) {
	await withAnswers(
		page,
		Array.from({ length: n }, (_, i) => (i < answered ? ((i % CHOICES) as ScaleValue) : null))
	);
}

/**
 * Focus is on the question itself (its heading, the same on every step), so no option looks chosen
 * before the person chooses; the step's own statements are beneath it.
 */
async function expectFocusOnQuestion(page: Page, step: number) {
	await expect(
		page.getByRole('heading', { level: 1, name: 'Which is closer to how you work?' })
	).toBeFocused();
	await expect(page.getByText(QUESTIONS[step - 1]!.b, { exact: true })).toBeVisible();
}

test('the whole quiz can be finished with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	// Tab through the skip link and the navigation to the start link.
	let guard = 0;
	while (
		!(await page
			.getByRole('link', { name: 'Start the quiz' })
			.evaluate((el) => el === document.activeElement))
	) {
		await page.keyboard.press('Tab');
		if (++guard > 15) throw new Error('Start link not reachable by Tab');
	}
	await page.keyboard.press('Enter');
	for (let step = 1; step <= n; step++) {
		await expect(page).toHaveTitle(new RegExp(`^Question ${step} of ${n} · `));
		await expectFocusOnQuestion(page, step);
		if (isJsOn()) {
			// A digit answers with that point on the scale, and moves on.
			await page.keyboard.press(String((step % CHOICES) + 1));
		} else {
			// Tab from the question to an answer; Enter on it answers, and moves on.
			for (let i = 0; i <= step % CHOICES; i++) await page.keyboard.press('Tab');
			await expect(
				page.getByRole('button', { name: label((step % CHOICES) as ScaleValue), exact: true })
			).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await page.waitForURL((url) => url.pathname !== `/quiz/${step}`);
	}
	await expect(page).toHaveURL(/\/result\//);
});

test('focus is visible on the option it is on', async ({ page }) => {
	await page.goto('/quiz/1');
	// The browser applies autofocus (the question's heading) after loading: Tab goes on from there.
	await expect(page.locator('#question-heading')).toBeFocused();
	await page.keyboard.press('Tab');
	const first = option(page, 0);
	await expect(first).toBeFocused();
	expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('after each step, focus lands on the new question, with no ring around it', async ({
	page
}) => {
	await withProgress(page, 3);
	await page.goto('/quiz/4');
	await expectFocusOnQuestion(page, 4);
	await option(page, 3).click();
	await expect(page).toHaveURL(/\/quiz\/5$/);
	await expectFocusOnQuestion(page, 5);
	const heading = page.getByRole('heading', { level: 1 });
	expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
});

test('an error is announced once, tied to the answers, and named in the title', async ({
	page
}) => {
	await page.goto('/quiz/1?unanswered');
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(
		'Choose one of the five answers, or “Not part of my work”, to go on.'
	);
	await expect(page.locator('fieldset')).toHaveAttribute('aria-describedby', /answer-error/);
	await expect(page).toHaveTitle(/^Error: Question 1 of/);
});

test('the digit tip shows where there is a keyboard: with a fine pointer, or once a key is used', async ({
	page,
	browser
}) => {
	test.skip(!isJsOn(), 'The digit keys, and so the tip, come from the enhancement script.');
	const tip = 'Tip: press 1 to 5 to answer.';
	await page.goto('/quiz/1');
	await expect(page.getByText(tip)).toBeVisible();
	const phone = await browser.newContext({ hasTouch: true, isMobile: true });
	const touch = await phone.newPage();
	await touch.goto('/quiz/1');
	await expect(touch.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(touch.getByText(tip)).toBeHidden();
	await touch.keyboard.press('Tab');
	await expect(touch.getByText(tip)).toBeVisible();
	await phone.close();
});

test('the page has landmarks and one h1 on every step', async ({ page }) => {
	for (const path of ['/', '/quiz/1', '/how-it-works']) {
		await page.goto(path);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	}
});

test('a person who left halfway is offered to continue or start over', async ({ page }) => {
	await withProgress(page, 7);
	await page.goto('/');
	await expect(page.getByText(`You have answered 7 of ${n} questions`)).toBeVisible();
	await page.getByRole('link', { name: 'Continue from question 8' }).click();
	await expect(page).toHaveURL(/\/quiz\/8$/);
	await page.goto('/');
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 640, height: 400 }
]) {
	test(`text at 200 % still fits ${viewport.width} px without sideways scrolling`, async ({
		page
	}) => {
		test.skip(
			!isJsOn(),
			'Enlarging the text needs a script in the page; the HTML and CSS are the same either way.'
		);
		await page.setViewportSize(viewport);
		await withProgress(page, n);
		for (const path of ['/', '/quiz/1', '/result', '/how-it-works']) {
			await page.goto(path);
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
}

test.describe('on a 360 × 740 phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('each question table on the methodology page fits the screen, still a table', async ({
		page
	}) => {
		await page.goto('/how-it-works');
		const tables = page.getByRole('table', { name: /^Questions on / });
		await expect(tables).toHaveCount(CURRENT_BANK.dimensions.length);
		for (const table of await tables.all()) {
			// #, statement A, statement B, the pole B points toward, and why.
			await expect(table.getByRole('columnheader')).toHaveCount(5);
			await expect(table.getByRole('columnheader').nth(3)).toHaveText('“B” points toward');
			const box = (await table.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(360);
			const overflow = await table.evaluate(
				(t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});

	// Two statements, the hint and six answers are taller than one phone screen, so the page scrolls
	// down; what must hold is that nothing is cut off sideways and every target is easy to tap.
	test('the longest question, its answers and Back fit the screen’s width, with targets at least 44 px tall', async ({
		page
	}) => {
		const length = (i: number) => QUESTIONS[i]!.a.length + QUESTIONS[i]!.b.length;
		const longest = QUESTIONS.reduce((best, _, i) => (length(i) > length(best) ? i : best), 0);
		await withProgress(page, longest);
		await page.goto(`/quiz/${longest + 1}`);
		const statements = (await page.locator('#statements').boundingBox())!;
		expect(statements.x + statements.width).toBeLessThanOrEqual(360);
		for (const target of [
			...(await page.locator('button[name="answer"]').all()),
			page.getByRole('button', { name: 'Back' })
		]) {
			const box = (await target.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(360);
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

import { expect, test, type Page } from '@playwright/test';
import { SCALE_MAX } from '../src/lib/quiz/scale';
import { isJsOn, QUESTIONS } from './quiz';

const n = QUESTIONS.length;
/** How many answers the scale offers. */
const CHOICES = SCALE_MAX + 1;

/** Pretend the first `answered` questions were already answered, through the person's own cookie. */
async function withProgress(page: Page, answered: number) {
	const cells = Array.from({ length: n }, (_, i) =>
		i < answered ? String(i % CHOICES) : '_'
	).join('');
	const url = new URL(test.info().project.use.baseURL!);
	await page
		.context()
		.addCookies([{ name: 'quiz_progress', value: `2.${cells}`, domain: url.hostname, path: '/' }]);
}

/** Focus is on the question itself (its heading), so no option looks chosen before the person chooses. */
async function expectFocusOnQuestion(page: Page, step: number) {
	await expect(
		page.getByRole('heading', { level: 1, name: QUESTIONS[step - 1]!.text })
	).toBeFocused();
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
			await page.keyboard.press(String((step % CHOICES) + 1));
			await expect(page.getByRole('radio', { checked: true })).toHaveAttribute(
				'value',
				String(step % CHOICES)
			);
		} else {
			// Tab enters the radio group; arrow keys move through it and choose as they go.
			await page.keyboard.press('Tab');
			await page.keyboard.press('ArrowDown');
			await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
		}
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname !== `/quiz/${step}`);
	}
	await expect(page).toHaveURL(/\/result\//);
});

test('focus is visible on the option it is on', async ({ page }) => {
	await page.goto('/quiz/1');
	// The browser applies autofocus (the question's heading) after loading: Tab goes on from there.
	await expect(page.locator('#question-heading')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: 'Never' })).toBeFocused();
	const outline = await page
		.locator('label:has(input:focus)')
		.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

test('after each step, focus lands on the new question', async ({ page }) => {
	await withProgress(page, 3);
	await page.goto('/quiz/4');
	await expectFocusOnQuestion(page, 4);
	await page.getByRole('radio', { name: 'Often' }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(/\/quiz\/5$/);
	await expectFocusOnQuestion(page, 5);
});

test('an error is announced, linked to the question, and named in the title', async ({ page }) => {
	await page.goto('/quiz/1');
	await page.getByRole('button', { name: 'Next' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Choose one of the five answers');
	await expect(alert.getByRole('link')).toHaveAttribute('href', '#answer-0');
	await expect(page).toHaveTitle(/^Error: Question 1 of/);
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
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
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
		await expect(tables).toHaveCount(6);
		for (const table of await tables.all()) {
			await expect(table.getByRole('columnheader')).toHaveCount(4);
			const box = (await table.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(360);
			const overflow = await table.evaluate(
				(t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});

	test('the longest question, its options and Next fit the screen, with targets at least 44 px tall', async ({
		page
	}) => {
		const longest = QUESTIONS.reduce(
			(best, q, i) => (q.text.length > QUESTIONS[best]!.text.length ? i : best),
			0
		);
		await withProgress(page, longest);
		await page.goto(`/quiz/${longest + 1}`);
		for (const target of [
			...(await page.locator('label.option').all()),
			page.getByRole('button', { name: 'Next' })
		]) {
			const box = (await target.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.y + box.height).toBeLessThanOrEqual(740);
		}
	});
});

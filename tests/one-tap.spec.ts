import { expect, test } from '@playwright/test';
import { answerStep, expectChosen, isJsOn, option, QUESTIONS } from './quiz';

// With JavaScript, a tap shows the next question from the page itself and the answer is posted
// in the background (src/lib/enhance.ts). These tests are about that sending.
const BACKGROUND = 'Answers are sent in the background only by the enhancement script.';
const UNSAVED = /^Your latest answers could not be saved yet\./;

test('the next question appears without loading a page', async ({ page }) => {
	test.skip(!isJsOn(), BACKGROUND);
	await page.goto('/quiz/1');
	const loads: string[] = [];
	page.on('framenavigated', () => loads.push(page.url()));
	page.on('request', (request) => {
		if (request.resourceType() === 'document') loads.push(request.url());
	});
	await answerStep(page, 1, 2);
	await expect(page.locator('[data-words="a"]')).toHaveText(QUESTIONS[1]!.a);
	await expect(page.locator('[data-words="b"]')).toHaveText(QUESTIONS[1]!.b);
	expect(loads.filter((url) => !url.endsWith('/quiz/2'))).toEqual([]);
	expect(loads.some((url) => url.includes('?/next'))).toBe(false);
});

test('the question shown in place reads as the page the server sends for it', async ({ page }) => {
	test.skip(!isJsOn(), BACKGROUND);
	await page.goto('/quiz/1');
	await answerStep(page, 1, 2);
	const words = page.locator('[data-words]');
	const shown = await words.allTextContents();
	await page.reload();
	await expect(words).toHaveText(shown);
	await expect(page.getByRole('button', { name: /^Not part of my work Only if: / })).toHaveCount(1);
});

test('a background send that fails once is sent again with the next answer, and nothing is lost', async ({
	page
}) => {
	test.skip(!isJsOn(), BACKGROUND);
	await page.goto('/quiz/1');
	await page.route('**/quiz/2?/next', (route) => route.abort('failed'), { times: 1 });
	const failed = page.waitForEvent('requestfailed');
	await answerStep(page, 1, 3);
	await option(page, 1).click();
	await failed;
	await expect(page).toHaveURL(/\/quiz\/3$/);
	await answerStep(page, 3, 'na');
	await expect(page.getByRole('status')).toHaveText('');
	await page.reload();
	await expect(page).toHaveURL(/\/quiz\/4$/);
	for (const [step, value] of [
		[1, 3],
		[2, 1],
		[3, 'na']
	] as const) {
		await page.goto(`/quiz/${step}`);
		await expectChosen(page, value);
	}
});

test('answers that cannot be saved are said so, and saved once the connection is back', async ({
	page
}) => {
	test.skip(!isJsOn(), BACKGROUND);
	await page.goto('/quiz/1');
	const offline = (route: { abort: (code: string) => Promise<void> }) => route.abort('failed');
	await page.route('**/quiz/1?/next', offline);
	await option(page, 4).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	// The first failure is retried quietly; the second is said.
	await expect(page.getByRole('status')).toHaveText(UNSAVED);
	const saved = page.waitForResponse((response) => response.url().endsWith('/quiz/1?/next'));
	await page.unroute('**/quiz/1?/next', offline);
	await saved;
	await expect(page.getByRole('status')).toHaveText('');
	await page.goto('/quiz/1');
	await expectChosen(page, 4);
});

test('the language switcher leads to the question on screen', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 2);
	await page.locator('summary', { hasText: 'Language' }).click();
	await page.getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(/\/de\/quiz\/2$/);
	await expect(page.getByText(`Frage 2 von ${QUESTIONS.length}`, { exact: true })).toBeVisible();
});

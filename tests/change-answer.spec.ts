import { expect, test } from '@playwright/test';
import { expectChosen, MIXED_V3, option, QUESTIONS, withAnswers } from './quiz';

// Works the same with JavaScript on and off: the links and forms are plain HTML.
// MIXED_V3 (src/lib/quiz/fixtures.ts): 16 + 7 + 24 + 24 = 71 points of 128, so 55; its link is
// CODES.mixedV3, 3-2jj8frkfi83ld3alls.

test('“Change” opens the question and saving returns to the result, recomputed, with that dimension open', async ({
	page
}) => {
	await withAnswers(page, MIXED_V3);
	await page.goto('/result/3-2jj8frkfi83ld3alls');
	await page.locator('details[data-dimension="brief"] > summary').click();
	await page.getByRole('link', { name: 'Change your answer to question 6' }).click();

	await expect(page).toHaveURL(/\/quiz\/6\?return=result$/);
	await expect(page.getByText('You are changing an answer.', { exact: false })).toBeVisible();
	// The earlier answer is marked: A, hearing users' needs through colleagues. One tap on another
	// saves it.
	await expectChosen(page, 0);
	await option(page, 4).click();

	// Where the design comes from goes from 7 to 11 points of 32 (34.4, so 34); the overall from
	// 71 to 75 points of 128 (58.6, so 59), still “In between”.
	await expect(page).toHaveURL(
		/\/result\/3-2jj8frkfi83ldralvs\?open=brief&was=3-2jj8frkfi83ld3alls#answer-brief-needs-heard$/
	);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '59');
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	const brief = page.locator('details[data-dimension="brief"]');
	await expect(brief).toHaveAttribute('open', '');
	await expect(brief.locator('summary')).toHaveText(
		'Where the design comes from: 34, leaning programmer'
	);
	await expect(brief.locator('#answer-brief-needs-heard .answer')).toHaveText('You answered: B');
});

test('after a saved change, the result says what moved', async ({ page }) => {
	await withAnswers(page, MIXED_V3);
	await page.goto('/quiz/6?return=result');
	await option(page, 4).click();
	// 71 → 75 points of 128: 55 → 59, both “In between”, so no band change is named.
	await expect(page.getByText(/^Your changed answer is saved\./)).toHaveText(
		'Your changed answer is saved. Overall: 55 → 59.'
	);
});

test('“Back to the result” returns without changing anything', async ({ page }) => {
	await withAnswers(page, MIXED_V3);
	await page.goto('/quiz/3?return=result');
	await page.getByRole('button', { name: 'Back to the result' }).click();
	await expect(page).toHaveURL(
		/\/result\/3-2jj8frkfi83ld3alls\?open=approach#answer-approach-first-move$/
	);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '55');
	await expect(page.getByText(/^Your changed answer is saved/)).toHaveCount(0);
});

test('a refused change keeps the way back to the result', async ({ page }) => {
	await withAnswers(page, MIXED_V3);
	await page.goto('/quiz/3?return=result');
	// The form loses its answer on the way, once.
	await page.route(
		'**/quiz/3?/next',
		(route) => route.continue({ postData: `question=${QUESTIONS[2]!.id}&return=result` }),
		{ times: 1 }
	);
	await option(page, 3).click();
	await expect(page).toHaveURL(/\/quiz\/3\?return=result&unanswered$/);
	await expect(page.getByRole('alert')).toContainText('Choose one of the five answers');
	await expect(page.getByRole('button', { name: 'Back to the result' })).toBeVisible();
	await option(page, 3).click();
	await expect(page).toHaveURL(
		/\/result\/3-[0-9a-z]+\?open=approach&was=3-2jj8frkfi83ld3alls#answer-approach-first-move$/
	);
});

test('a result that is not the visitor’s latest answers offers no change links', async ({
	page
}) => {
	await withAnswers(
		page,
		MIXED_V3.map(() => 2)
	);
	await page.goto('/result/3-2jj8frkfi83ld3alls');
	await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0);
});

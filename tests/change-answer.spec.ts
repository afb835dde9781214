import { expect, test } from '@playwright/test';
import { CODES, expectChosen, ON_CALL, option, QUESTIONS, withAnswers } from './quiz';

// Works the same with JavaScript on and off: the links and forms are plain HTML.

test('“Change” opens the question and saving returns to the result, recomputed, with that dimension open', async ({
	page
}) => {
	await withAnswers(page, ON_CALL, [CODES.onCall]);
	await page.goto(`/result/${CODES.onCall}`);
	await page.locator('details[data-dimension="people"] > summary').click();
	await page.getByRole('link', { name: 'Change your answer to question 11' }).click();

	await expect(page).toHaveURL(/\/quiz\/11\?return=result$/);
	await expect(page.getByText('You are changing an answer.', { exact: false })).toBeVisible();
	// The earlier answer is marked: “Never” to talking with users. One tap on another saves it.
	await expectChosen(page, 0);
	await option(page, 4).click();

	// People goes from 1 to 5 points of 16 (31); the overall from 40 to 44 points of 96 (45.83).
	await expect(page).toHaveURL(/\/result\/2-[0-9a-z]+\?open=people#answer-people-ask-users$/);
	expect(page.url()).not.toContain(CODES.onCall);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '46');
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	const people = page.locator('details[data-dimension="people"]');
	await expect(people).toHaveAttribute('open', '');
	await expect(people.locator('summary')).toHaveText('People: 31, leaning programmer');
	await expect(people.locator('#answer-people-ask-users .answer')).toHaveText(
		'You answered: Always'
	);
});

test('“Back to the result” returns without changing anything', async ({ page }) => {
	await withAnswers(page, ON_CALL, [CODES.onCall]);
	await page.goto('/quiz/3?return=result');
	await page.getByRole('button', { name: 'Back to the result' }).click();
	await expect(page).toHaveURL(
		new RegExp(`/result/${CODES.onCall}\\?open=method#answer-method-refine-own-code$`)
	);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '42');
});

test('a refused change keeps the way back to the result', async ({ page }) => {
	await withAnswers(page, ON_CALL, [CODES.onCall]);
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
	await expect(page).toHaveURL(/\/result\/2-[0-9a-z]+\?open=method#answer-method-refine-own-code$/);
});

test('a result that is not the visitor’s latest answers offers no change links', async ({
	page
}) => {
	await withAnswers(
		page,
		ON_CALL.map(() => 2)
	);
	await page.goto(`/result/${CODES.onCall}`);
	await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0);
});

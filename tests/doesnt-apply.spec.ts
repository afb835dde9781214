import { expect, test } from '@playwright/test';
import {
	answerStep,
	CODES,
	expectChosen,
	isJsOn,
	option,
	QUESTIONS,
	TWO_DIMENSIONS,
	WITH_SKIPS,
	withAnswers
} from './quiz';

test('“Doesn’t apply to me” can be chosen by keyboard alone, and is kept', async ({ page }) => {
	await page.goto('/quiz/1');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// From the question, Tab goes through the five points of the scale to “Doesn’t apply to me”.
	for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
	await expect(option(page, 'na')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expectChosen(page, 'na');
});

test('answers that do not apply are left out of the result, and the result says how many', async ({
	page
}) => {
	// Steps 1–5 as the answer set WITH_SKIPS gives them, through the page, then the rest from the cookie.
	test.slow(); // six steps and two results' worth of pages
	await page.goto('/quiz/1');
	for (const [i, answer] of WITH_SKIPS.slice(0, 5).entries()) await answerStep(page, i + 1, answer);
	await withAnswers(
		page,
		WITH_SKIPS.map((a, i) => (i === 23 ? null : a))
	);
	await page.goto('/quiz/24');
	await answerStep(page, 24, WITH_SKIPS[23]!);

	// Scope 5 of 12 (42), Starting point and Environment 10 of 16 (63), Real conditions 9 of 16
	// (56); People and Method unscored. Overall (41.67 + 62.5 + 62.5 + 56.25) / 4 = 55.73.
	await expect(page).toHaveURL(new RegExp(`/result/${CODES.withSkips}$`));
	await expect(page.getByRole('meter')).toHaveAttribute('value', '56');
	await expect(page.locator('[data-figure="answered"]')).toHaveText(
		'You answered 18 of 24 questions on the scale and marked 6 as not applying to you; those are not scored.'
	);
	await expect(page.locator('[data-figure="closeness"]')).toHaveText(
		'Three answers, each moved one step toward software engineer, would make the closest description “Leaning software engineer”.'
	);
	await expect(page.locator('svg[data-chart="dimensions"] text.score')).toHaveText([
		'42',
		'63',
		'63',
		'56'
	]);
	await expect(page.locator('svg[data-chart="dimensions"] text.none')).toHaveText([
		'not enough answers',
		'not enough answers'
	]);
	await expect(page.locator('details[data-dimension="people"] > summary')).toHaveText(
		'People: not enough answers'
	);
	await page.locator('details[data-dimension="people"] > summary').click();
	await expect(page.locator('details[data-dimension="people"] .unscored')).toHaveText(
		'Not scored: 1 of its 4 questions was answered on the scale, and it needs at least 2.'
	);
	await page.locator('details[data-dimension="method"] > summary').click();
	await expect(page.locator('details[data-dimension="method"] .unscored')).toHaveText(
		'Not scored: none of the questions you answered here describes a software engineer’s habit, so a habit of agreeing could not cancel out.'
	);
	await expect(page.locator('#answer-method-weigh-options .answer')).toHaveText(
		'You answered: Doesn’t apply to me'
	);
	await expect(page.locator('#answer-method-weigh-options .effect')).toHaveText('not counted');
});

test('with fewer than four scored dimensions, the result says so plainly and leads back to the questions', async ({
	page
}) => {
	await withAnswers(page, TWO_DIMENSIONS);
	await page.goto('/result');
	await expect(page).toHaveURL(new RegExp(`/result/${CODES.twoDimensions}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Not enough answers for an overall position'
	);
	await expect(page.getByRole('meter')).toHaveCount(0);
	await expect(page.locator('[data-figure="not-enough"]')).toHaveText(
		'Only two of your six dimensions have enough answers to be scored, and an overall position needs at least four.'
	);
	await page.getByRole('link', { name: 'Go back to the questions' }).click();
	await expect(page).toHaveURL(/\/quiz\/1\?return=result$/);
	await expect(page.getByRole('group', { name: QUESTIONS[0]!.text })).toBeVisible();
	await expectChosen(page, 'na');
});

test('with JavaScript, a digit key answers with that point on the scale and moves on', async ({
	page
}) => {
	test.skip(!isJsOn(), 'The digit shortcuts come from the enhancement script, src/lib/enhance.ts.');
	await page.goto('/quiz/1');
	// The browser applies autofocus (the question's heading) after loading.
	await expect(page.locator('#question-heading')).toBeFocused();
	// Digits beyond the scale do nothing; “Doesn’t apply” has no digit of its own.
	await page.keyboard.press('6');
	await page.keyboard.press('0');
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await page.keyboard.press('4');
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await expect(page.locator('#question-heading')).toBeFocused();
	await page.keyboard.press('1');
	await expect(page).toHaveURL(/\/quiz\/3$/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expectChosen(page, 0);
	await page.getByRole('button', { name: 'Back' }).click();
	await expectChosen(page, 3);
});

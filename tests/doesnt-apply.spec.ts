import { expect, test } from '@playwright/test';
import type { Answers } from '../src/lib/quiz/scoring';
import {
	answerStep,
	CHOICES,
	expectChosen,
	finishQuiz,
	isJsOn,
	MIXED_V3,
	option,
	QUESTIONS,
	RESULT_URL,
	withAnswers
} from './quiz';

// Bank order: position i is dimension [breadth, brief, approach, conditions][i % 4]. MIXED_V3's
// points toward engineer per question are worked out in src/lib/quiz/fixtures.ts.

/**
 * MIXED_V3 with eight answers marked “Not part of my work”: five of Part or whole (steps 1, 5, 9, 13,
 * 17), one of Where the design comes from (step 6, 0 points) and two of How problems are approached
 * (step 7, 3 points; step 31, 2 points).
 */
const WITH_SKIPS: Answers = MIXED_V3.map((a, i) =>
	[0, 4, 8, 12, 16, 5, 6, 30].includes(i) ? 'na' : a
);

/**
 * MIXED_V3 with Part or whole down to three scale answers (steps 1, 5, 9, 13, 17 skipped) and every
 * software engineer's statement B of Where the design comes from skipped (steps 6, 14, 18, 26).
 */
const TWO_DIMENSIONS: Answers = MIXED_V3.map((a, i) =>
	[0, 4, 8, 12, 16, 5, 13, 17, 25].includes(i) ? 'na' : a
);

test('“Not part of my work” can be chosen by keyboard alone, and is kept', async ({ page }) => {
	await page.goto('/quiz/1');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// From the question, Tab goes through the five points of the scale to “Not part of my work”.
	for (let i = 0; i <= CHOICES; i++) await page.keyboard.press('Tab');
	await expect(option(page, 'na')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expectChosen(page, 'na');
});

test('“Not part of my work” says beneath it when it is the right answer', async ({ page }) => {
	await page.goto('/quiz/1');
	await expect(
		page.getByText(
			'Only if: you do no hands-on software work at all, not even in studies or spare time.'
		)
	).toBeVisible();
});

test('answers that are not part of the work are left out of the result, and the result says how many', async ({
	page
}) => {
	// Steps 1–5 as WITH_SKIPS gives them, through the page, then the rest from the cookie.
	test.slow(); // six steps and a result's worth of pages
	await page.goto('/quiz/1');
	for (const [i, answer] of WITH_SKIPS.slice(0, 5).entries()) await answerStep(page, i + 1, answer);
	await finishQuiz(page, WITH_SKIPS);

	// Part or whole keeps 3 of 8 answers (needs 4): not scored. Where the design comes from
	// 7 points of 7 × 4 = 28 (25); approach 24 − 3 − 2 = 19 of 6 × 4 = 24 (79.2, so 79); built for
	// what 24 of 32 (75). Overall (7 + 19 + 24) ÷ ((7 + 6 + 8) × 4) = 50 ÷ 84 = 59.5 %, so 60.
	await expect(page.getByRole('meter')).toHaveAttribute('value', '60');
	await expect(page.locator('[data-figure="answered"]')).toHaveText(
		'You answered 24 of 32 questions on the scale and marked 8 as not applying to you; those are not scored.'
	);
	// One point more makes 51 ÷ 84 = 60.7 %, so 61: “Leaning software engineer”.
	await expect(page.locator('[data-figure="closeness"]')).toHaveText(
		'One answer moved one step toward software engineer would make the closest description “Leaning software engineer”.'
	);
	await expect(page.locator('svg[data-chart="dimensions"] text.score')).toHaveText([
		'25',
		'79',
		'75'
	]);
	await expect(page.locator('svg[data-chart="dimensions"] text.none')).toHaveText([
		'not enough answers'
	]);
	const breadth = page.locator('details[data-dimension="breadth"]');
	await expect(breadth.locator('summary')).toHaveText('Part or whole: not enough answers');
	await breadth.locator('summary').click();
	await expect(breadth.locator('.unscored')).toHaveText(
		'Not scored: 3 of its 8 questions were answered on the scale, and it needs at least 4.'
	);
	await expect(breadth.locator('#answer-breadth-time-in-code .answer')).toHaveText(
		'You answered: Not part of my work'
	);
	await expect(breadth.locator('#answer-breadth-time-in-code .effect')).toHaveText('not counted');
});

test('a dimension answered only on one side is not scored, and says why', async ({ page }) => {
	await withAnswers(page, TWO_DIMENSIONS);
	await page.goto('/result');
	const brief = page.locator('details[data-dimension="brief"]');
	await expect(brief.locator('summary')).toHaveText(
		'Where the design comes from: not enough answers'
	);
	await brief.locator('summary').click();
	await expect(brief.locator('.unscored')).toHaveText(
		'Not scored: none of the questions you answered here describes a software engineer’s habit, so a habit of agreeing could not cancel out.'
	);
});

test('with fewer than three scored dimensions, the result says so plainly and leads back to the questions', async ({
	page
}) => {
	await withAnswers(page, TWO_DIMENSIONS);
	await page.goto('/result');
	await expect(page).toHaveURL(RESULT_URL);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Not enough answers for an overall position'
	);
	await expect(page.getByRole('meter')).toHaveCount(0);
	await expect(page.locator('[data-figure="not-enough"]')).toHaveText(
		'Only two of your four dimensions have enough answers to be scored, and an overall position needs at least three.'
	);
	await page.getByRole('link', { name: 'Go back to the questions' }).click();
	await expect(page).toHaveURL(/\/quiz\/1\?return=result$/);
	await expect(page.getByText(QUESTIONS[0]!.b, { exact: true })).toBeVisible();
	await expectChosen(page, 'na');
});

test('with JavaScript, a digit key answers with that point on the scale and moves on', async ({
	page
}) => {
	test.skip(!isJsOn(), 'The digit shortcuts come from the enhancement script, src/lib/enhance.ts.');
	await page.goto('/quiz/1');
	// The browser applies autofocus (the question's heading) after loading.
	await expect(page.locator('#question-heading')).toBeFocused();
	// Digits beyond the scale do nothing; “Not part of my work” has no digit of its own.
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

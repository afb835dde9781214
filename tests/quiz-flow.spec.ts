import { expect, test } from '@playwright/test';
import { answerStep, CODES, finishQuiz, MIXED_V3, QUESTIONS, radio, takeQuiz } from './quiz';
import { ONCE } from './tags';

// Expected results are written out by hand (see src/lib/quiz/fixtures.ts for the arithmetic):
// MIXED_V3 is (16 + 7 + 24 + 24) points of 128, 55.5 %, so 55, “In between”.

test(
	'the landing page says what the quiz measures, how long it takes, and what happens to the answers',
	ONCE,
	async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Programmer or software engineer?'
		);
		await expect(page.getByText(/^32 questions, about 6 minutes\./)).toBeVisible();
		await expect(
			page.getByText(/Each answer is sent to our server only to show the next step/)
		).toBeVisible();
		await expect(page.getByText(/Nothing is stored on the server/).first()).toBeVisible();
		await expect(
			page
				.getByRole('main')
				.getByText(
					/“What are the differences between a Software Engineer and a Programmer\?” on the blog Building Reliable Systems/
				)
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute(
			'href',
			'/quiz/1'
		);
	}
);

test(
	'a question step sets statements A and B side by side, with one radio group between them',
	ONCE,
	async ({ page }) => {
		await page.goto('/quiz/1');
		const group = page.getByRole('group', { name: 'Which is closer to how you work?' });
		await expect(
			group.getByText('Most of my working time goes into writing and refining code.', {
				exact: true
			})
		).toBeVisible();
		await expect(
			group.getByText(
				'Most of my working time goes into the project around the code: planning it, shaping it and seeing it delivered.',
				{ exact: true }
			)
		).toBeVisible();
		await expect(group.getByRole('radio')).toHaveCount(6);
		for (const [i, name] of ['A', 'Rather A', 'Both equally', 'Rather B', 'B'].entries())
			await expect(group.getByRole('radio').nth(i)).toHaveAccessibleName(name);
		await expect(group.getByRole('radio').nth(5)).toHaveAccessibleName(
			'Not part of my work Only if: you do no hands-on software work at all, not even in studies or spare time.'
		);
		await expect(group.getByRole('radio').nth(5)).toHaveAttribute('value', 'na');
		await expect(page.getByText('Question 1 of 32', { exact: true })).toBeVisible();
		await expect(page.getByRole('progressbar', { name: 'Question 1 of 32' })).toBeVisible();
		await expect(page).toHaveTitle(/^Question 1 of 32/);
	}
);

test('taking the whole quiz ends on the result the answers call for', ONCE, async ({ page }) => {
	await takeQuiz(page, MIXED_V3);
	await expect(page).toHaveURL(/\/result\/3-2jj8frkfi83ld3alls$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Closest description: In between'
	);
	await expect(
		page.getByRole('meter', { name: 'Position between programmer (0) and software engineer (100)' })
	).toHaveAttribute('value', '55');
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
});

test('Next without an answer stays on the step with a clear message', async ({ page }) => {
	await page.goto('/quiz/1');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(/\/quiz\/1/);
	await expect(page.getByRole('alert')).toContainText(
		'Choose one of the five answers, or “Not part of my work”, to go on.'
	);
	await expect(page).toHaveTitle(/^Error: Question 1/);
});

test('Back returns to the previous question with its answer still chosen', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 3);
	await answerStep(page, 2, 'na');
	await radio(page, 4).check();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await expect(radio(page, 'na')).toBeChecked();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(radio(page, 3)).toBeChecked();
	// The choice made on step 3 before going back was kept too.
	await page.goto('/quiz/3');
	await expect(radio(page, 4)).toBeChecked();
});

test('reload and the browser’s Back and Forward keep every answer', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 0);
	await answerStep(page, 2, 4);
	await page.reload();
	await expect(page.getByText('Question 3 of 32', { exact: true })).toBeVisible();
	await page.goBack();
	await expect(page.getByText('Question 2 of 32', { exact: true })).toBeVisible();
	await expect(radio(page, 4)).toBeChecked();
	await page.goBack();
	await expect(radio(page, 0)).toBeChecked();
	await page.goForward();
	await expect(radio(page, 4)).toBeChecked();
});

test('a later step cannot be reached before the earlier ones are answered', async ({ page }) => {
	await page.goto('/quiz/5');
	await expect(page).toHaveURL(/\/quiz\/1\?missing$/);
	await expect(page.getByText('This question has no answer yet')).toBeVisible();
});

test('the share link shows the same result in a fresh browser', async ({ page, browser }) => {
	await finishQuiz(page, MIXED_V3);
	const link = await page.getByRole('link', { name: /\/result\// }).getAttribute('href');
	expect(link).toBe(page.url());
	const fresh = await browser.newContext({
		javaScriptEnabled: test.info().project.name === 'js-on'
	});
	const other = await fresh.newPage();
	await other.goto(link!);
	await expect(other.getByRole('meter')).toHaveAttribute('value', '55');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(
		'Closest description: In between'
	);
	await expect(other.getByText('A shared result', { exact: true })).toBeVisible();
	await fresh.close();
});

test('Take it again starts from an empty first question, and the earlier link stays yours', async ({
	page
}) => {
	await finishQuiz(page, MIXED_V3);
	await page.getByRole('button', { name: 'Take it again' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	await page.goto('/result/3-2jj8frkfi83ld3alls');
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
	await expect(page.getByText(/Someone shared these answers/)).toHaveCount(0);
});

test('a damaged share link gets a 400 page that offers the quiz and echoes nothing', async ({
	page
}) => {
	const code = CODES.mixedV3;
	for (const broken of [
		code.slice(0, -3),
		code.slice(0, 4) + (code[4] === 'a' ? 'b' : 'a') + code.slice(5),
		'%3Cscript%3Ealert(1)%3C%2Fscript%3E'
	]) {
		const response = await page.goto(`/result/${broken}`);
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This result link is damaged');
		await expect(page.getByText(/damaged or incomplete, so it cannot show a result/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to the quiz' })).toBeVisible();
		expect(await page.content()).not.toContain('<script>alert');
	}
});

test('an unknown question number is a 404 page', ONCE, async ({ page }) => {
	const response = await page.goto('/quiz/99');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('someone else’s result is framed as shared and keeps the visitor’s own answers', async ({
	page
}) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 2);
	await page.goto('/result/3-2jj8frkfi83ld3alls');
	await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
	await expect(
		page.getByText(
			'Someone shared these answers with you; the text speaks to the person who gave them.'
		)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Take it again' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await page.goto('/quiz/1');
	await expect(radio(page, 2)).toBeChecked();
});

test('a share link pasted with trailing punctuation still opens the result', async ({ page }) => {
	await page.goto('/result/3-2jj8frkfi83ld3alls).');
	await expect(page).toHaveURL(/\/result\/3-2jj8frkfi83ld3alls$/);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '55');
});

test(
	'the question bank behind the steps is the one the methodology lists',
	ONCE,
	async ({ page }) => {
		await page.goto('/how-it-works');
		for (const q of QUESTIONS) {
			await expect(page.getByRole('cell', { name: q.a, exact: true })).toBeVisible();
			await expect(page.getByRole('cell', { name: q.b, exact: true })).toBeVisible();
		}
	}
);

test('a version-2 link still opens, with its own questions and a note that the quiz has changed', async ({
	page
}) => {
	// ON_CALL: 6 + 10 + 4 + 10 + 1 + 9 = 40 points of 24 × 4 = 96, 41.7 %, so 42.
	await page.goto('/result/2-jkfsslid8mlga7');
	await expect(page.getByRole('meter')).toHaveAttribute('value', '42');
	await expect(
		page.getByText(
			'Made with version 2 of the quiz, whose questions have changed since; shown with the questions it was answered with.'
		)
	).toBeVisible();
	await expect(page.locator('details[data-dimension="people"] > summary')).toHaveText(
		'People: 6, leaning programmer'
	);
	await page.getByRole('link', { name: 'Take the current version' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
});

test('a version-2 link marks its dimensions, of four questions each, as rough', async ({
	page
}) => {
	await page.goto('/result/2-jkfsslid8mlga7');
	await expect(page.locator('[data-figure="rough"]')).toHaveText(
		'This version had only four questions per dimension: too few for a dependable score of each. Read the dimensions below as rough.'
	);
});

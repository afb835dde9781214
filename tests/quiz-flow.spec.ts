import { expect, test } from '@playwright/test';
import {
	answerStep,
	CODES,
	expectChosen,
	finishQuiz,
	isJsOn,
	MIXED_V3,
	option,
	QUESTIONS,
	takeQuiz,
	withAnswers
} from './quiz';
import { ONCE } from './tags';

// Expected results are written out by hand (see src/lib/quiz/fixtures.ts for the arithmetic):
// MIXED_V3 is (16 + 7 + 24 + 24) points of 128, 55.5 %, so 55, “In between”.

/** How many questions the current bank asks. */
const COUNT = QUESTIONS.length;

test(
	'the landing page says what the quiz measures, how long it takes, and what happens to the answers',
	ONCE,
	async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Programmer or software engineer?'
		);
		// About ten seconds a question.
		const minutes = Math.ceil(COUNT / 6);
		await expect(
			page.getByText(new RegExp(`^${COUNT} questions, about ${minutes} minutes\\.`))
		).toBeVisible();
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
	'a question step sets statements A and B side by side, with one group of answer buttons between them',
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
		const answers = group.getByRole('button');
		await expect(answers).toHaveCount(6);
		for (const [i, name] of [
			'A',
			'Rather A',
			'Both equally',
			'Rather B',
			'B',
			'Not part of my work Only if: you do no hands-on software work at all, not even in studies or spare time.'
		].entries()) {
			await expect(answers.nth(i)).toHaveAccessibleName(name);
			await expect(answers.nth(i)).toHaveAttribute('type', 'submit');
			await expect(answers.nth(i)).toHaveAttribute('aria-pressed', 'false');
		}
		await expect(answers.last()).toHaveAttribute('value', 'na');
		await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
		await expect(page.getByText(`Question 1 of ${COUNT}`, { exact: true })).toBeVisible();
		await expect(page.getByRole('progressbar', { name: `Question 1 of ${COUNT}` })).toBeVisible();
		await expect(page).toHaveTitle(new RegExp(`^Question 1 of ${COUNT}`));
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

test('one tap answers and moves on, with no other button to press', async ({ page }) => {
	await page.goto('/quiz/1');
	await option(page, 3).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await expect(page.getByText(QUESTIONS[1]!.a, { exact: true })).toBeVisible();
	await expect(page.getByText(QUESTIONS[1]!.b, { exact: true })).toBeVisible();
	await expect(page).toHaveTitle(new RegExp(`^Question 2 of ${COUNT}`));
	await expect(page.getByRole('progressbar', { name: `Question 2 of ${COUNT}` })).toHaveAttribute(
		'value',
		'1'
	);
	await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
});

test('a step sent without an answer shows one error at its own address, and a reload posts nothing', async ({
	page
}) => {
	// Our buttons always send an answer; a form that lost it on the way is refused all the same.
	const last = QUESTIONS.length;
	await withAnswers(page, [...MIXED_V3.slice(0, -1), null]);
	await page.goto(`/quiz/${last}`);
	await page.route(`**/quiz/${last}?/next`, (route) =>
		route.continue({ postData: `question=${QUESTIONS[last - 1]!.id}` })
	);
	await option(page, 2).click();
	await expect(page).toHaveURL(new RegExp(`/quiz/${last}\\?unanswered$`));
	const error = 'Choose one of the five answers, or “Not part of my work”, to go on.';
	await expect(page.getByRole('alert')).toHaveText(error);
	await expect(page.getByText(error)).toHaveCount(1);
	await expect(page).toHaveTitle(new RegExp(`^Error: Question ${last}`));
	const posts: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET') posts.push(request.url());
	});
	await page.reload();
	await expect(page.getByRole('alert')).toHaveText(error);
	expect(posts).toEqual([]);
});

test('Back shows the previous question with its answer marked, and one tap changes it', async ({
	page
}) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 3);
	await answerStep(page, 2, 'na');
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await expectChosen(page, 'na');
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await expectChosen(page, 3);
	await answerStep(page, 1, 0);
	await expectChosen(page, 'na');
	await page.goto('/quiz/1');
	await expectChosen(page, 0);
});

test('reload and the browser’s Back and Forward keep every answer', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 0);
	await answerStep(page, 2, 4);
	await page.reload();
	await expect(page.getByText(`Question 3 of ${COUNT}`, { exact: true })).toBeVisible();
	await page.goBack();
	await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
	await expectChosen(page, 4);
	await page.goBack();
	await expectChosen(page, 0);
	await page.goForward();
	await expectChosen(page, 4);
});

test('a quiz left mid-way resumes where it was, after a reload, with every answer', async ({
	page
}) => {
	await page.goto('/quiz/1');
	for (const [i, value] of ([2, 'na', 4, 1] as const).entries())
		await answerStep(page, i + 1, value);
	await page.reload();
	await expect(page).toHaveURL(/\/quiz\/5$/);
	await expect(page.getByText(QUESTIONS[4]!.b, { exact: true })).toBeVisible();
	await page.goto('/quiz');
	await expect(page).toHaveURL(/\/quiz\/5$/);
	await page.goto('/quiz/3');
	await expectChosen(page, 4);
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
	const fresh = await browser.newContext({ javaScriptEnabled: isJsOn() });
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
	await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
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
	await expectChosen(page, 2);
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

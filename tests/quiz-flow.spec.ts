import { expect, test } from '@playwright/test';
import {
	answerStep,
	encodeShareCode,
	label,
	QUESTIONS,
	SAMPLE_ANSWERS,
	scoreAnswers,
	takeQuiz
} from './quiz';

const expected = scoreAnswers(SAMPLE_ANSWERS);

test('the landing page says what the quiz measures, how long it takes, and that nothing is stored', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Programmer or software engineer?'
	);
	await expect(page.getByText(`${QUESTIONS.length} questions`, { exact: true })).toBeVisible();
	await expect(page.getByText(/about \d+ minutes/)).toBeVisible();
	await expect(page.getByText(/Nothing is stored on our server/).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute(
		'href',
		'/quiz/1'
	);
});

test('a question step is a radio group with the question as its legend and shows progress', async ({
	page
}) => {
	await page.goto('/quiz/1');
	const group = page.getByRole('group', { name: QUESTIONS[0]!.text });
	await expect(group).toBeVisible();
	await expect(group.getByRole('radio')).toHaveCount(5);
	await expect(page.getByText(`Question 1 of ${QUESTIONS.length}`, { exact: true })).toBeVisible();
	await expect(
		page.getByRole('progressbar', { name: `Question 1 of ${QUESTIONS.length}` })
	).toBeVisible();
	await expect(page).toHaveTitle(new RegExp(`^Question 1 of ${QUESTIONS.length}`));
});

test('taking the whole quiz ends on a result that matches the scoring module', async ({ page }) => {
	await takeQuiz(page);
	await expect(page).toHaveURL(new RegExp(`/result/${encodeShareCode(SAMPLE_ANSWERS)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(expected.band.label);
	const meter = page.getByRole('meter', { name: 'Software engineer score' });
	await expect(meter).toHaveAttribute('value', String(expected.overall));
	for (const d of expected.dimensions) {
		await expect(
			page.getByRole('meter', { name: `${d.dimension.name}: ${d.score} of 100` })
		).toBeVisible();
	}
});

test('Next without an answer stays on the step with a clear message', async ({ page }) => {
	await page.goto('/quiz/1');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(/\/quiz\/1/);
	await expect(page.getByRole('alert')).toContainText('Choose one of the five answers');
	await expect(page).toHaveTitle(/^Error: Question 1/);
	await expect(page.getByRole('group', { name: QUESTIONS[0]!.text })).toHaveAccessibleDescription(
		/Choose one of the five answers/
	);
});

test('Back returns to the previous question with its answer still chosen', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 3);
	await answerStep(page, 2, 1);
	await page.getByRole('radio', { name: label(4), exact: true }).check();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await expect(page.getByRole('radio', { name: label(1), exact: true })).toBeChecked();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('radio', { name: label(3), exact: true })).toBeChecked();
	// The choice made on step 3 before going back was kept too.
	await page.goto('/quiz/3');
	await expect(page.getByRole('radio', { name: label(4), exact: true })).toBeChecked();
});

test('reload and the browser’s Back and Forward keep every answer', async ({ page }) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 0);
	await answerStep(page, 2, 4);
	await page.reload();
	await expect(page.getByText(`Question 3 of ${QUESTIONS.length}`, { exact: true })).toBeVisible();
	await page.goBack();
	await expect(page.getByText(`Question 2 of ${QUESTIONS.length}`, { exact: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: label(4), exact: true })).toBeChecked();
	await page.goBack();
	await expect(page.getByRole('radio', { name: label(0), exact: true })).toBeChecked();
	await page.goForward();
	await expect(page.getByRole('radio', { name: label(4), exact: true })).toBeChecked();
});

test('a later step cannot be reached before the earlier ones are answered', async ({ page }) => {
	await page.goto('/quiz/5');
	await expect(page).toHaveURL(/\/quiz\/1\?missing$/);
	await expect(page.getByText('This question has no answer yet')).toBeVisible();
});

test('the share link shows the same result in a fresh browser', async ({ page, browser }) => {
	await takeQuiz(page);
	const link = await page.getByRole('link', { name: /\/result\// }).getAttribute('href');
	expect(link).toBe(page.url());
	const fresh = await browser.newContext({
		javaScriptEnabled: test.info().project.name === 'js-on'
	});
	const other = await fresh.newPage();
	await other.goto(link!);
	await expect(other.getByRole('meter', { name: 'Software engineer score' })).toHaveAttribute(
		'value',
		String(expected.overall)
	);
	await expect(other.getByRole('heading', { level: 1 })).toContainText(expected.band.label);
	await fresh.close();
});

test('Take it again starts from an empty first question', async ({ page }) => {
	await takeQuiz(page);
	await page.getByRole('button', { name: 'Take it again' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a damaged share link gets a 400 page that offers the quiz and echoes nothing', async ({
	page
}) => {
	const code = encodeShareCode(SAMPLE_ANSWERS);
	for (const broken of [
		code.slice(0, -3),
		code.slice(0, 4) + (code[4] === 'a' ? 'b' : 'a') + code.slice(5),
		'%3Cscript%3Ealert(1)%3C%2Fscript%3E'
	]) {
		const response = await page.goto(`/result/${broken}`);
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This result link is damaged');
		await expect(page.getByRole('link', { name: 'Go to the quiz' })).toBeVisible();
		expect(await page.content()).not.toContain('<script>alert');
	}
});

test('an unknown question number is a 404 page', async ({ page }) => {
	const response = await page.goto('/quiz/99');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a result opened from someone else’s link is framed as shared and keeps the visitor’s own answers', async ({
	page
}) => {
	await page.goto('/quiz/1');
	await answerStep(page, 1, 2);
	await page.goto(`/result/${encodeShareCode(SAMPLE_ANSWERS)}`);
	await expect(page.getByText('A shared result')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Take it again' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
	await expect(page).toHaveURL(/\/quiz\/2$/);
	await page.goto('/quiz/1');
	await expect(page.getByRole('radio', { name: label(2), exact: true })).toBeChecked();
});

test('a share link pasted with trailing punctuation still opens the result', async ({ page }) => {
	const code = encodeShareCode(SAMPLE_ANSWERS);
	await page.goto(`/result/${code}).`);
	await expect(page).toHaveURL(new RegExp(`/result/${code}$`));
	await expect(page.getByRole('meter', { name: 'Software engineer score' })).toHaveAttribute(
		'value',
		String(expected.overall)
	);
});

import { expect, test } from '@playwright/test';
import {
	formatEffect,
	nextSteps,
	strongestContributions,
	summarize
} from '../src/lib/quiz/explain';
import type { AnswerValue } from '../src/lib/quiz/scale';
import { encodeShareCode, label, QUESTIONS, SAMPLE_ANSWERS, scoreAnswers } from './quiz';

const result = scoreAnswers(SAMPLE_ANSWERS);
const resultPath = `/result/${encodeShareCode(SAMPLE_ANSWERS)}`;

test.beforeEach(async ({ page }) => {
	await page.goto(resultPath);
});

test('the summary names the band and is written from the person’s own scores', async ({ page }) => {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(result.band.label);
	await expect(page.getByText(summarize(result)).first()).toBeVisible();
	await expect(page).toHaveTitle(
		`${result.band.label}: ${result.overall} of 100 · Programmer or software engineer?`
	);
});

test('the overall meter and the spectrum show the computed score and range', async ({ page }) => {
	await expect(page.getByRole('meter', { name: 'Software engineer score' })).toHaveAttribute(
		'value',
		String(result.overall)
	);
	const spectrum = page.locator('figure.spectrum');
	await expect(spectrum.locator('svg circle.marker')).toBeVisible();
	await expect(spectrum.locator('figcaption')).toContainText(
		`your score is ${result.overall}, with a range of ${result.range.low} to ${result.range.high} around it`
	);
});

test('every dimension has a named meter, a chart bar and its explanation', async ({ page }) => {
	const profile = page.getByRole('region', { name: 'Your profile by dimension' });
	await expect(profile.locator('svg[data-chart="dimensions"] text.score')).toHaveText(
		result.dimensions.map((d) => String(d.score))
	);
	for (const d of result.dimensions) {
		await expect(
			profile.getByRole('meter', { name: `${d.dimension.name}: ${d.score} of 100` })
		).toHaveAttribute('value', String(d.score));
		await expect(
			profile.getByRole('heading', { name: d.dimension.name, exact: true })
		).toBeVisible();
		await expect(profile.getByText(d.dimension.inPractice)).toBeVisible();
	}
});

test('what moved the score lists the strongest answers with their computed effects', async ({
	page
}) => {
	const { engineer, programmer } = strongestContributions(result);
	for (const [pole, items] of [
		['engineer', engineer],
		['programmer', programmer]
	] as const) {
		const list = page.locator(`ol[data-pole="${pole}"] li`);
		await expect(list).toHaveCount(items.length);
		for (const [i, c] of items.entries()) {
			await expect(list.nth(i)).toContainText(formatEffect(c.effect));
			await expect(list.nth(i)).toContainText(c.question.text);
		}
	}
});

test('the full answer review lists every question with its answer and effect', async ({ page }) => {
	await page.getByText(`Review all ${QUESTIONS.length} answers`).click();
	const rows = page.getByRole('table', { name: /Every question, your answer/ }).locator('tbody tr');
	await expect(rows).toHaveCount(QUESTIONS.length);
	for (const c of result.contributions) {
		const row = rows.nth(c.index);
		await expect(row.locator('td').nth(2)).toHaveText(label(c.answer));
		await expect(row.locator('td').nth(4)).toHaveText(formatEffect(c.effect));
	}
});

test('caveats and next steps are there, drawn from the dimensions that lean programmer', async ({
	page
}) => {
	await expect(page.getByRole('heading', { name: 'Read it with care' })).toBeVisible();
	await expect(
		page.getByText('A programmer result is not a lesser one', { exact: false })
	).toBeVisible();
	await expect(page.getByText(/not a hiring, career or skill verdict/)).toBeVisible();
	const steps = nextSteps(result);
	for (const s of steps) {
		await expect(page.locator(`ul[data-dimension="${s.dimension.id}"] li`)).toHaveText([
			...s.steps
		]);
	}
});

test('straight-lined answers get a note suggesting a thoughtful retake', async ({ page }) => {
	await expect(page.locator('#straight-lining')).toHaveCount(0);
	const same = new Array<AnswerValue>(QUESTIONS.length).fill(3);
	await page.goto(`/result/${encodeShareCode(same)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('In between');
	await expect(page.locator('#straight-lining')).toContainText(
		`“Often” for ${QUESTIONS.length} of ${QUESTIONS.length}`
	);
});

test('the share link is a plain link, with share meta tags naming the band', async ({ page }) => {
	const link = page
		.getByRole('region', { name: 'Share or keep your result' })
		.getByRole('link', { name: /\/result\// });
	await expect(link).toHaveAttribute('href', new RegExp(`${resultPath}$`));
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		`My result: ${result.band.label} (${result.overall} of 100)`
	);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(new RegExp(`/og/${result.band.id}\\.png$`));
	const response = await page.request.get(image!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
		'content',
		'summary_large_image'
	);
});

test('with JavaScript, a copy button puts the link on the clipboard', async ({ page, context }) => {
	test.skip(
		test.info().project.name === 'js-off',
		'The copy button only exists when JavaScript runs; the plain link is tested above.'
	);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the methodology page is linked and documents the formulas and the question table', async ({
	page
}) => {
	await page.getByRole('link', { name: 'How the scoring works' }).last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the scoring works');
	for (const q of QUESTIONS)
		await expect(page.getByRole('cell', { name: q.text, exact: true })).toBeVisible();
	await expect(page.getByText('unrounded overall score ± one standard error')).toBeVisible();
	await expect(page.getByText(/the mean of the 6 unrounded dimension scores/)).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from './languages';
import { textOutside } from './layout';
import { CODES, isJsOn, MIXED_V3, withAnswers, withCookie } from './quiz';
import { ONCE } from './tags';

// MIXED_V3 (src/lib/quiz/fixtures.ts), every figure written out by hand from its comment: points
// toward software engineer of 32 per dimension 16, 7, 24, 24 → 50, 22 (21.9), 75, 75; overall
// 71 ÷ 128 = 55.5 % → 55, “In between”. Each answer moves the overall by 100 × (points − 2) ÷ 128:
// ±1.6 for A or B, ±0.8 for “Rather”, 0.0 for “Both equally”.

const path = `/result/${CODES.mixedV3}`;

/** Opens the result as its owner: the answers are the browser's own, finished progress. */
async function openOwn(page: Page, url = path) {
	await withAnswers(page, MIXED_V3);
	await page.goto(url);
}

/**
 * MIXED_V3 with answers 13 and 25 moved from “Both equally” to A (programmer's statement B, so
 * +2 points each) and answer 29 from “Rather A” to “Rather B” (+2): Part or whole 22 of 32 → 69,
 * overall 77 ÷ 128 = 60.2 % → 60, one point short of 78 ÷ 128 = 60.9 % → 61, “Leaning software
 * engineer”.
 */
const NEAR_EDGE = '3-2lj6frkfi63ld3all2';

/**
 * MIXED_V3 with answer 13 moved to A (+2) and answer 29 to “Both equally” (+1): overall 74 ÷ 128
 * = 57.8 % → 58; four steps short of 78 (not near), but answer 6 (A, 0 points toward software
 * engineer) alone could move four.
 */
const FOUR_STEPS_AWAY = '3-2kj8frkfi63ld3all9';

/**
 * Points toward software engineer per dimension, in bank order within each: Part or whole
 * 3+3+2+3+2+3+2+2 = 20 (62.5 → 63), Where the design comes from 2+3+2+3+2+3+2+2 = 19 (59.4 → 59),
 * How problems are approached 3+3+3+3+2+3+2+3 = 22 (68.8 → 69), Built for what 3+2+3+3+2+3+2+3 =
 * 21 (65.6 → 66); overall 82 ÷ 128 = 64.1 % → 64. Answers, in bank order:
 * 3,2,3,1, 1,3,1,2, 2,2,3,1, 1,3,1,3, 2,2,2,2, 3,1,3,1, 2,2,2,2, 2,2,3,1.
 */
const ALIKE = '3-9eee99eejj9edj9fmg';

test('leads with the position, the closest description and one summary sentence', async ({
	page
}) => {
	await openOwn(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Closest description: In between'
	);
	const meter = page.getByRole('meter', {
		name: 'Position between programmer (0) and software engineer (100)'
	});
	await expect(meter).toHaveAttribute('value', '55');
	await expect(page.getByRole('meter')).toHaveCount(1);
	await expect(page).toHaveTitle('In between: 55 of 100 · Programmer or software engineer?');
});

test('the summary names the dimensions that differ by more than a retake would open', async ({
	page
}) => {
	// Highest 75 (two dimensions), lowest 21.9: a gap of 53, beyond the model's 20.7 for two
	// full dimensions (1.96 × √2 × 7.47, the standard error of eight answers).
	await openOwn(page);
	await expect(page.locator('p.summary')).toHaveText(
		'At 55 of 100, your answers sit in the middle band. They lean further toward software engineer in “How problems are approached” and “Built for what” than in “Where the design comes from”: a gap larger than a retake would be expected to open.'
	);
});

test('the summary calls dimensions alike when their gap is within what a retake could change', async ({
	page
}) => {
	// Highest 68.8, lowest 59.4: a gap of 9.4, within the model's 20.7.
	await page.goto(`/result/${ALIKE}`);
	await expect(page.locator('svg[data-chart="dimensions"] text.score')).toHaveText([
		'63',
		'59',
		'69',
		'66'
	]);
	await expect(page.locator('p.summary')).toHaveText(
		'At 64 of 100, your answers lean toward software engineer. Your dimensions are alike: the gaps between them are within what a retake could change.'
	);
});

test('says how often a retake gives the same description, and how many answers count', async ({
	page
}) => {
	// 32 answers, correlating 0.30 within a dimension and 0.15 between: reliability 0.878 and
	// spread 11.55, so a retake centres on 50 + 0.878 × 5.47 = 54.8 with spread 5.53;
	// Φ((60.5 − 54.8) ÷ 5.53) − Φ((39.5 − 54.8) ÷ 5.53) = 0.849 − 0.003 = 0.85 → 8 in 10.
	await openOwn(page);
	await expect(page.locator('[data-figure="retake"]')).toHaveText(
		'Under the model on the methodology page, people with answers like yours get “In between” again on a retake about 8 times in 10.'
	);
	await expect(page.locator('[data-figure="answered"]')).toHaveText(
		'You answered all 32 questions on the scale.'
	);
	// How sure the description is, the summary and the retake figure say: no spread sentence, no “clearly”.
	await expect(page.locator('[data-figure="spread"]')).toHaveCount(0);
	for (const said of [page.locator('p.summary'), page.locator('.figures')])
		await expect(said).not.toContainText(/clearly|No other description is near/);
});

test('far from another description, names none and says no single answer could change it', async ({
	page
}) => {
	// 71 of 128: 78 (7 steps) for “Leaning software engineer”, more than one answer's 4 can give.
	await openOwn(page);
	await expect(page.locator('[data-figure="retake"]')).toBeVisible();
	await expect(page.locator('[data-figure="closeness"]')).toHaveCount(0);
	await expect(page.locator('[data-figure="one-answer"]')).toHaveCount(0);
});

test('one step from another description, names it and says a single answer could change it', async ({
	page
}) => {
	// Retake: centre 50 + 0.878 × 10.16 = 58.9, Φ((60.5 − 58.9) ÷ 5.53) − Φ(−3.51) = 0.61 → 6 in 10.
	await page.goto(`/result/${NEAR_EDGE}`);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '60');
	await expect(page.locator('[data-figure="closeness"]')).toHaveText(
		'One answer moved one step toward software engineer would make the closest description “Leaning software engineer”.'
	);
	await expect(page.locator('[data-figure="one-answer"]')).toHaveText(
		'A single answer, moved far enough along its line, could change this description.'
	);
	await expect(page.locator('[data-figure="retake"]')).toHaveText(
		'Under the model on the methodology page, people with answers like yours get “In between” again on a retake about 6 times in 10.'
	);
});

test('four steps from another description, says once that a single answer could change it', async ({
	page
}) => {
	await page.goto(`/result/${FOUR_STEPS_AWAY}`);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '58');
	await expect(
		page.getByText(
			'A single answer, moved far enough along its line, could change this description.'
		)
	).toHaveCount(1);
	await expect(page.locator('[data-figure="closeness"]')).toHaveCount(0);
});

test('charts every dimension in the colour its words give it', async ({ page }) => {
	await openOwn(page);
	const chart = page.locator('svg[data-chart="dimensions"]');
	await expect(chart.locator('text.score')).toHaveText(['50', '22', '75', '75']);
	const leans = await chart
		.locator('circle.dot')
		.evaluateAll((dots) => dots.map((d) => d.getAttribute('class')!.match(/lean-(\w+)/)![1]));
	expect(leans).toEqual(['balanced', 'programmer', 'engineer', 'engineer']);
	await expect(page.locator('details[data-dimension] > summary')).toHaveText([
		'Part or whole: 50, in between',
		'Where the design comes from: 22, leaning programmer',
		'How problems are approached: 75, leaning software engineer',
		'Built for what: 75, leaning software engineer'
	]);
});

test('each dimension opens to its meaning, the article’s view and its answers, strongest first, each one changeable', async ({
	page
}) => {
	await openOwn(page);
	const brief = page.locator('details[data-dimension="brief"]');
	await brief.locator('summary').click();
	await expect(
		brief.getByText(
			'Whether what you build is worked out by others and handed to you, or worked out by you with the people it is for.'
		)
	).toBeVisible();
	await expect(
		brief.getByText(/^Programmers usually turn instructions from designers/)
	).toBeVisible();
	// Points toward software engineer, steps 2, 6, 10, …, 30: 1, 0, 1, 1, 2, 0, 1, 1. Strongest
	// first: the two 0s (steps 6 and 22), then the 1s in bank order, the 2 (step 18) last.
	const answers = brief.locator('ol.answers > li');
	await expect(answers.locator('.question').first()).toHaveText(
		'A: What clients or users need reaches me through colleagues who gather it for the team. / B: I hear what clients or users need directly from them.'
	);
	await expect(answers.locator('.answer')).toHaveText([
		'You answered: A',
		'You answered: B',
		'You answered: Rather B',
		'You answered: Rather B',
		'You answered: Rather A',
		'You answered: Rather A',
		'You answered: Rather B',
		'You answered: Both equally'
	]);
	await expect(answers.locator('.effect')).toHaveText([
		'−1.6 points',
		'−1.6 points',
		'−0.8 points',
		'−0.8 points',
		'−0.8 points',
		'−0.8 points',
		'−0.8 points',
		'0.0 points'
	]);
	await expect(
		brief.getByRole('link', { name: 'Change your answer to question 6' })
	).toHaveAttribute('href', '/quiz/6?return=result');
	await expect(brief.getByRole('link', { name: /^Change/ })).toHaveCount(8);
});

test('what moved the position lists the strongest answers toward each role, and the answers tied with the last', async ({
	page
}) => {
	// Four answers give 4 points (steps 3, 12, 15, 32), two give 0 (steps 6, 22), eight give 1.
	await openOwn(page);
	await page.getByText('What moved your position').click();
	const engineer = page.locator('ol[data-pole="engineer"] > li');
	await expect(engineer.locator('.effect')).toHaveText(['+1.6', '+1.6', '+1.6']);
	await expect(engineer.locator('a')).toHaveText([
		'I get into a new problem by analysing it step by step before I write any code.',
		'I plan for a system’s whole life, from its first release to later changes.',
		'I pick tools and libraries by how well they fit the systems they will run alongside.'
	]);
	await expect(engineer.locator('.answer')).toHaveText([
		'You answered: B',
		'You answered: A',
		'You answered: A'
	]);
	await expect(page.locator('[data-ties="engineer"]')).toHaveText(
		'One more answer moved it by the same +1.6; each dimension lists its own.'
	);
	const programmer = page.locator('ol[data-pole="programmer"] > li');
	await expect(programmer.locator('.effect')).toHaveText(['−1.6', '−1.6', '−0.8']);
	await expect(programmer.locator('a')).toHaveText([
		'What clients or users need reaches me through colleagues who gather it for the team.',
		'Once the software is in use, feedback reaches me as tickets or bug reports.',
		'The design of what I build is settled before it reaches me, and I turn it into a working program.'
	]);
	await expect(page.locator('[data-ties="programmer"]')).toHaveText(
		'Seven more answers moved it by the same −0.8; each dimension lists its own.'
	);
});

test('next steps offer the other role’s statements that the person placed themselves away from', async ({
	page
}) => {
	// Strongest lean first: Where the design comes from (28.1 from 50), then the two 75s in
	// bank order; Part or whole (50) is in between and gets none. Within each, the answers
	// furthest from the other role's statement, bank order on ties.
	await openOwn(page);
	await page.getByText('Next steps, both ways').click();
	const lists = page.locator('ul[data-dimension]');
	expect(
		await lists.evaluateAll((uls) =>
			uls.map((u) => `${u.dataset.dimension}/${u.dataset.learnFrom}`)
		)
	).toEqual(['brief/engineer', 'approach/programmer', 'conditions/programmer']);
	await expect(
		page.getByText(
			'Where you lean toward programmer, habits that software engineers rely on, worth trying:'
		)
	).toBeVisible();
	await expect(
		page.getByText(
			'Where you lean toward software engineer, habits of focus, shipping and craft that programmers rely on, worth taking up:'
		)
	).toBeVisible();
	await expect(page.locator('ul[data-dimension="brief"] li')).toHaveText([
		'I hear what clients or users need directly from them.',
		'Once the software is in use, I talk with its clients or users about how it works for them.',
		'I work out the design myself, together with whoever asked for the software.'
	]);
	await expect(page.locator('ul[data-dimension="conditions"] li')).toHaveText([
		'I plan my next tasks in detail, so each one is done well and on time.',
		'I consider a feature ready when it meets its acceptance criteria and its tests pass.',
		'I design as I build, one feature at a time.'
	]);
});

test('caveats say what eight questions and no norms cannot support', async ({ page }) => {
	await openOwn(page);
	await page.getByText('Read it with care').click();
	await expect(page.locator('[data-caveat]')).toHaveCount(4);
	await expect(page.locator('[data-caveat="few-questions"]')).toHaveText(
		'Each dimension rests on eight questions, so a retake can move it by several points: read each dimension’s score as an estimate, not a measurement. There are no norms yet, so nothing here compares you with other people.'
	);
});

test('a version-2 link shows its own questions, its dimensions marked rough and the position alone', async ({
	page
}) => {
	// ON_CALL: points of 16 per dimension 6, 10, 4, 10, 1, 9 → 38, 63, 25, 63, 6, 56; overall
	// 40 ÷ 96 = 41.7 % → 42. Four questions per dimension are too few to report one on its own,
	// so the summary gives the position alone.
	const response = await page.goto(`/result/${CODES.onCall}`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '42');
	await expect(page.locator('[data-notice="older-version"]')).toContainText(
		'Made with version 2 of the quiz, whose questions have changed since; shown with the questions it was answered with.'
	);
	await expect(page.locator('p.summary')).toHaveText(
		'At 42 of 100, your answers sit in the middle band.'
	);
	await expect(page.locator('[data-figure="rough"]')).toHaveText(
		'This version had only four questions per dimension: too few for a dependable score of each. Read the dimensions below as rough.'
	);
	await expect(page.locator('svg[data-chart="dimensions"] text.score')).toHaveText([
		'38',
		'63',
		'25',
		'63',
		'6',
		'56'
	]);
	const people = page.locator('details[data-dimension="people"] > summary');
	await expect(people).toHaveText('People: 6, leaning programmer');
	await people.click();
	await expect(
		page.getByText(
			'I build from requirements someone else gathered, such as a product manager, a lead or a teacher.'
		)
	).toBeVisible();
	await page.getByRole('link', { name: 'Take the current version' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
});

test('a version-2 link near a band edge says how near, with the version-2 model', async ({
	page
}) => {
	// 40 of 96: 37 ÷ 96 = 38.5 % → 39 is three steps toward programmer. Retake: 24 answers give
	// reliability 0.831 and spread 11.41, centre 50 − 0.831 × 8.33 = 43.1, spread 6.35;
	// Φ(2.74) − Φ(−0.56) = 0.997 − 0.287 = 0.71 → 7 in 10.
	await page.goto(`/result/${CODES.onCall}`);
	await expect(page.locator('[data-figure="closeness"]')).toHaveText(
		'Three answers, each moved one step toward programmer, would make the closest description “Leaning programmer”.'
	);
	await expect(page.locator('[data-figure="retake"]')).toHaveText(
		'Under the model on the methodology page, people with answers like yours get “In between” again on a retake about 7 times in 10.'
	);
});

test('a version-1 link still shows its result, scored with the version-1 questions, and says the quiz has changed', async ({
	page
}) => {
	// Made by the version-1 quiz. Points per dimension of 16: 5, 7, 5, 5, 3, 6; overall 31 ÷ 96 → 32.
	const response = await page.goto(`/result/${CODES.version1}`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Closest description: Leaning programmer'
	);
	await expect(page.getByRole('meter')).toHaveAttribute('value', '32');
	await expect(page.locator('[data-notice="older-version"]')).toContainText(
		'Made with version 1 of the quiz, whose questions have changed since'
	);
	await expect(page.getByRole('link', { name: 'Take the current version' })).toBeVisible();
	await expect(page.locator('[data-figure="rough"]')).toBeVisible();
	await expect(page.locator('svg[data-chart="dimensions"] text.score')).toHaveText([
		'31',
		'44',
		'31',
		'31',
		'19',
		'38'
	]);
	await page.locator('details[data-dimension="scope"] > summary').click();
	await expect(
		page.getByText('When I pick up a task, I first look at how it fits into the whole system.')
	).toBeVisible();
});

test('a finished version-1 quiz in the browser still makes that link the visitor’s own', async ({
	page
}) => {
	await withCookie(page, 'quiz_progress', '1.332412433342231413423231');
	await page.goto('/');
	await page.getByRole('link', { name: 'See your last result' }).click();
	await expect(page).toHaveURL(new RegExp(`/result/${CODES.version1}$`));
	await expect(page.getByText('Your result', { exact: true })).toBeVisible();
});

test('the share link is a plain link, with share meta tags naming the closest description', async ({
	page
}) => {
	await openOwn(page);
	const link = page
		.getByRole('region', { name: 'Share or keep your result' })
		.getByRole('link', { name: /\/result\// });
	await expect(link).toHaveAttribute('href', /\/result\/3-2jj8frkfi83ld3alls$/);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		'My result: In between (55 of 100)'
	);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/og\/en\/both\.png$/);
	const response = await page.request.get(image!);
	expect(response.headers()['content-type']).toBe('image/png');
});

test('with JavaScript, a copy button puts the link on the clipboard', async ({ page, context }) => {
	test.skip(
		!isJsOn(),
		'The copy button only exists when JavaScript runs; the plain link is tested above.'
	);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openOwn(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('no sentence on the page appears twice, details opened or not', async ({ page }) => {
	await openOwn(page);
	// Each dimension's answers quote both statements of every question, so that what moved and
	// the next steps can quote one of them again; every other sentence is said once.
	const text = await page.locator('main').evaluate((main) => {
		for (const d of main.querySelectorAll('details')) d.open = true;
		for (const q of main.querySelectorAll<HTMLElement>('ol.answers .question'))
			q.style.display = 'none';
		return (main as HTMLElement).innerText;
	});
	const sentences = text
		.split(/(?<=[.!?:])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => s.split(' ').length >= 5);
	const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
	expect(repeated).toEqual([]);
});

test.describe('on a 360 px phone', ONCE, () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('every dimension name on the chart is shown whole, in every language', async ({ page }) => {
		for (const { prefix } of LANGUAGES) {
			await page.goto(`${prefix}${path}`);
			const chart = page.locator('figure', { has: page.locator('svg[data-chart="dimensions"]') });
			expect(await textOutside(chart), prefix).toEqual([]);
		}
	});
});

test.describe('on a 390 × 844 phone', ONCE, () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the first screen shows the description, the position, the summary and the chart', async ({
		page
	}) => {
		await openOwn(page);
		for (const element of [
			page.getByRole('heading', { level: 1 }),
			page.getByRole('meter'),
			page.locator('p.summary'),
			page.locator('svg[data-chart="dimensions"]')
		]) {
			const box = (await element.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(844);
		}
	});

	test('with every detail folded, the whole page takes at most three screens', async ({ page }) => {
		await openOwn(page);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(3 * 844);
	});
});

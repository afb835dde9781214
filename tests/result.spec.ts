import { expect, test, type Page } from '@playwright/test';
import { textOutside } from './layout';
import { CODES, ON_CALL, withAnswers } from './quiz';
import { ONCE } from './tags';

// The on-call developer's result (src/lib/quiz/fixtures.ts), every figure written out by hand:
// points per dimension of 16: scope 6, starting point 10, method 4, environment 10, people 1,
// real conditions 9; overall (37.5 + 62.5 + 25 + 62.5 + 6.25 + 56.25) / 6 = 41.67.

const path = `/result/${CODES.onCall}`;

/** Opens the result as its owner: the answers are the browser's own, finished progress. */
async function openOwn(page: Page, url = path) {
	await withAnswers(page, ON_CALL, [CODES.onCall]);
	await page.goto(url);
}

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
	await expect(meter).toHaveAttribute('value', '42');
	await expect(page.getByRole('meter')).toHaveCount(1);
	await expect(page.locator('p.summary')).toHaveText(
		'At 42 of 100, your answers sit in the middle band: you work most like a software engineer in Starting point and Environment, and most like a programmer in People and Method.'
	);
	await expect(page).toHaveTitle('In between: 42 of 100 · Programmer or software engineer?');
});

test('says exactly how near another description is, how spread the dimensions are, and how many answers count', async ({
	page
}) => {
	await openOwn(page);
	await expect(page.locator('[data-figure="closeness"]')).toHaveText(
		'Three answers, each moved one step toward programmer, would make the closest description “Leaning programmer”.'
	);
	await expect(page.locator('[data-figure="spread"]')).toHaveText(
		'Your dimensions vary widely, from 6 in People to 63 in Starting point and Environment, and they lean toward different roles.'
	);
	await expect(page.locator('[data-figure="answered"]')).toHaveText(
		'You answered all 24 questions on the scale.'
	);
	await expect(page.getByText(/range/i)).toHaveCount(0);
});

test('charts every dimension in the colour its words give it', async ({ page }) => {
	await openOwn(page);
	const chart = page.locator('svg[data-chart="dimensions"]');
	await expect(chart.locator('text.score')).toHaveText(['38', '63', '25', '63', '6', '56']);
	const leans = await chart
		.locator('circle.dot')
		.evaluateAll((dots) => dots.map((d) => d.getAttribute('class')!.match(/lean-(\w+)/)![1]));
	expect(leans).toEqual([
		'programmer',
		'engineer',
		'programmer',
		'engineer',
		'programmer',
		'balanced'
	]);
	await expect(page.locator('details[data-dimension] > summary')).toHaveText([
		'Scope: 38, leaning programmer',
		'Starting point: 63, leaning software engineer',
		'Method: 25, leaning programmer',
		'Environment: 63, leaning software engineer',
		'People: 6, leaning programmer',
		'Real conditions: 56, in between'
	]);
});

test('each dimension opens to its meaning, the article’s view and its answers, strongest first, each one changeable', async ({
	page
}) => {
	await openOwn(page);
	const people = page.locator('details[data-dimension="people"]');
	await people.locator('summary').click();
	await expect(
		people.getByText(
			'How you learn what to build: through a product manager, lead or teacher, or from the people it is for.'
		)
	).toBeVisible();
	await expect(
		people.getByText(/^Programmers take their instructions from others on the team\./)
	).toBeVisible();
	const answers = people.locator('ol.answers > li');
	await expect(answers.locator('.question')).toHaveText([
		'I build from requirements someone else gathered, such as a product manager, a lead or a teacher.',
		'I talk with the people who will use or pay for the software to find out what they need.',
		'I concentrate on building while a product manager, lead or teacher keeps in touch with users.',
		'I show unfinished work to the people it is for and change it in light of what they say.'
	]);
	await expect(answers.locator('.answer')).toHaveText([
		'You answered: Always',
		'You answered: Never',
		'You answered: Always',
		'You answered: Rarely'
	]);
	await expect(answers.locator('.effect')).toHaveText([
		'−2.1 points',
		'−2.1 points',
		'−2.1 points',
		'−1.0 points'
	]);
	await expect(
		people.getByRole('link', { name: 'Change your answer to question 5' })
	).toHaveAttribute('href', '/quiz/5?return=result');
	await expect(people.getByRole('link', { name: /^Change/ })).toHaveCount(4);
});

test('what moved the position lists the strongest answers toward each role, and the answers tied with the last', async ({
	page
}) => {
	await openOwn(page);
	await page.getByText('What moved your position').click();
	const engineer = page.locator('ol[data-pole="engineer"] > li');
	await expect(engineer.locator('.effect')).toHaveText(['+2.1', '+2.1', '+1.0']);
	await expect(engineer.locator('a')).toHaveText([
		'Finding out the limits first',
		'Watching software in use',
		'Finding out where it will run'
	]);
	await expect(page.locator('[data-ties="engineer"]')).toHaveText(
		'Four more answers moved it by the same +1.0; each dimension lists its own.'
	);
	const programmer = page.locator('ol[data-pole="programmer"] > li');
	await expect(programmer.locator('.effect')).toHaveText(['−2.1', '−2.1', '−2.1']);
	await expect(programmer.locator('a')).toHaveText([
		'Going deep into one part',
		'Building from requirements others gathered',
		'Asking users what they need'
	]);
	await expect(programmer.locator('.answer')).toHaveText([
		'You answered: Always',
		'You answered: Always',
		'You answered: Never'
	]);
	await expect(page.locator('[data-ties="programmer"]')).toHaveText(
		'Two more answers moved it by the same −2.1; each dimension lists its own.'
	);
});

test('next steps go both ways: engineering habits where you lean programmer, programmers’ habits where you lean engineer', async ({
	page
}) => {
	await openOwn(page);
	await page.getByText('Next steps, both ways').click();
	const lists = page.locator('ul[data-dimension]');
	expect(
		await lists.evaluateAll((uls) =>
			uls.map((u) => `${u.dataset.dimension}/${u.dataset.learnFrom}`)
		)
	).toEqual([
		'people/engineer',
		'method/engineer',
		'scope/engineer',
		'starting-point/programmer',
		'environment/programmer'
	]);
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
	await expect(page.locator('ul[data-dimension="people"] li')).toHaveText([
		'Sit in on one conversation with a client or user of what you build.',
		'Explain one technical choice to someone outside the team, in plain words, and listen to the questions.',
		'Watch someone use a feature you made, without helping, and note where they stumble.'
	]);
	await expect(page.locator('ul[data-dimension="environment"] li')).toHaveText([
		'Let a well-chosen platform carry one concern for you, and spend the time saved on the code.',
		'Bring in the specialist early on a hosting or security question instead of working it all out alone.',
		'Get to know your framework so well that you can rely on its defaults.'
	]);
});

test('caveats say what four questions and no norms cannot support', async ({ page }) => {
	await openOwn(page);
	await page.getByText('Read it with care').click();
	await expect(page.locator('[data-caveat]')).toHaveCount(4);
	await expect(page.locator('[data-caveat="few-questions"]')).toHaveText(
		'Each dimension rests on four questions, so a single answer can move it a long way: read the dimensions as rough readings, not measurements. There are no norms yet, so nothing here compares you with other people.'
	);
});

test('a version-1 link still shows its result, scored with the version-1 questions, and says the quiz has changed', async ({
	page
}) => {
	// Made by the version-1 quiz. Points per dimension of 16: 5, 7, 5, 5, 3, 6; overall 32.29.
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
	const url = new URL(test.info().project.use.baseURL!);
	await page.context().addCookies([
		{
			name: 'quiz_progress',
			value: '1.332412433342231413423231',
			domain: url.hostname,
			path: '/'
		}
	]);
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
	await expect(link).toHaveAttribute('href', new RegExp(`${path}$`));
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		'My result: In between (42 of 100)'
	);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/og\/en\/both\.png$/);
	const response = await page.request.get(image!);
	expect(response.headers()['content-type']).toBe('image/png');
});

test('with JavaScript, a copy button puts the link on the clipboard', async ({ page, context }) => {
	test.skip(
		test.info().project.name === 'js-off',
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
	const text = await page.locator('main').evaluate((main) => {
		for (const d of main.querySelectorAll('details')) d.open = true;
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
		for (const language of ['en', 'de', 'es', 'fr', 'pt-br']) {
			await page.goto(`/${language}${path}`);
			const chart = page.locator('figure', { has: page.locator('svg[data-chart="dimensions"]') });
			expect(await textOutside(chart), language).toEqual([]);
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

import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { textOutside } from './layout';
import { CODES } from './quiz';
import { ONCE } from './tags';

// Every figure is worked out by hand. Dimension order: Scope, Starting point, Method,
// Environment, People, Real conditions.
// on call (src/lib/quiz/fixtures.ts): 38, 63, 25, 63, 6, 56; overall 42, In between.
// with skips: 42, 63, –, 63, –, 56; overall (41.67 + 62.5 + 62.5 + 56.25) ÷ 4 → 56.
// ENGINEER: “Always” on every engineer question, “Never” on every programmer one: 100 everywhere.
// MIXED: “Sometimes” everywhere but People, answered toward programmer: 50, 50, 50, 50, 0, 50;
// overall 250 ÷ 6 → 42.
const ENGINEER = '2-444ooo444ooo47';
const MIXED = '2-ceegeeceegeeze';
/** The on-call code with its last character changed. */
const DAMAGED = '2-jkfsslid8mlga8';
const MARKUP = '<img src=x onerror=alert(1)>';

const address = (...entries: string[]) =>
	`/en/compare?${new URLSearchParams(entries.map((e) => ['r', e]))}`;
const FIVE = address(
	`${CODES.onCall}~Ana`,
	CODES.withSkips,
	`${ENGINEER}~Cy`,
	`${DAMAGED}~Dee`,
	MIXED
);

async function meterValues(page: Page): Promise<[string, string | null][]> {
	const meters = page.getByRole('meter');
	const values: [string, string | null][] = [];
	for (const meter of await meters.all()) {
		const id = await meter.getAttribute('id');
		values.push([
			await page.locator(`label[for="${id}"]`).innerText(),
			await meter.getAttribute('value')
		]);
	}
	return values;
}

test('two people: a named meter each, links to both results, each dimension’s range', async ({
	page
}) => {
	await page.goto(address(`${CODES.onCall}~Ana`, CODES.withSkips));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results side by side');
	await expect(page.getByRole('img', { name: /Everyone’s overall position/ })).toBeVisible();
	await expect(page.getByRole('meter', { name: 'Ana' })).toHaveAttribute('value', '42');
	await expect(page.getByRole('meter', { name: 'Person 2' })).toHaveAttribute('value', '56');
	await expect(page.getByRole('link', { name: 'Ana: full result' })).toHaveAttribute(
		'href',
		`/en/result/${CODES.onCall}`
	);
	await expect(page.getByRole('link', { name: 'Person 2: full result' })).toHaveAttribute(
		'href',
		`/en/result/${CODES.withSkips}`
	);
	const gaps = page.getByRole('region', { name: 'How far apart you are' }).getByRole('listitem');
	await expect(gaps).toHaveText([
		'Scope: close together, 38 to 42',
		'Starting point: everyone at 63',
		/^Method: only Ana has enough answers \(25\)\s*Left out, for want of answers: Person 2\.$/,
		'Environment: everyone at 63',
		/^People: only Ana has enough answers \(6\)\s*Left out, for want of answers: Person 2\.$/,
		'Real conditions: everyone at 56'
	]);
	await expect(page.getByRole('heading', { name: 'What the group covers' })).toHaveCount(0);
	await expect(
		page.getByText('This is for conversation, not for evaluation or hiring.')
	).toBeVisible();
});

test('five entries, one damaged: it is listed with its reason and the other four compared', async ({
	page
}) => {
	await page.goto(FIVE);
	await expect(page.getByRole('region', { name: 'Could not be read' })).toHaveText(
		/Dee \(2-jkfsslid8mlga8\): This result code is damaged/
	);
	expect(await meterValues(page)).toEqual([
		['Ana', '42'],
		['Person 2', '56'],
		['Cy', '100'],
		['Person 5', '42']
	]);
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /^Person 2/ }).getByRole('cell')).toHaveText([
		'42',
		'63',
		'not enough answers',
		'63',
		'not enough answers',
		'56'
	]);
	const group = page.getByRole('region', { name: 'What the group covers' });
	await expect(group).toContainText(
		'39 or less toward programmer, 61 or more toward software engineer'
	);
	await expect(group.locator('[data-group="missing"] li')).toHaveText([
		'Starting point: nobody is near the programmer end. In the article’s terms, what may be missing: “Turning instructions into a program”.',
		'Environment: nobody is near the programmer end. In the article’s terms, what may be missing: “Specialising in certain tasks”.',
		'Real conditions: nobody is near the programmer end. In the article’s terms, what may be missing: “Turning instructions into a program” and “Coding is the craft at the centre”.'
	]);
	await expect(group.locator('[data-group="covered"] li').first()).toHaveText(
		'Scope, the programmer end (“Specialising in certain tasks”): Ana'
	);
});

test('a name with markup is shown as text and creates no element', async ({ page }) => {
	page.on('dialog', () => {
		throw new Error('a dialog opened');
	});
	const response = await page.goto(address(`${CODES.onCall}~${MARKUP}`, ENGINEER));
	expect(response!.status()).toBe(200);
	await expect(page.getByRole('meter', { name: MARKUP })).toHaveAttribute('value', '42');
	await expect(page.getByRole('link', { name: `${MARKUP}: full result` })).toBeVisible();
	await expect(page.getByRole('table').getByRole('rowheader', { name: MARKUP })).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('fewer than two readable results: a 400 that explains and keeps the entries in the form', async ({
	page
}) => {
	const response = await page.goto(address(CODES.onCall, `${DAMAGED}~Dee`));
	expect(response!.status()).toBe(400);
	await expect(
		page.getByText('Comparing needs at least two results that can be read; only one of these can.')
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Could not be read' })).toContainText(
		'Dee (2-jkfsslid8mlga8)'
	);
	await expect(
		page.getByRole('textbox', { name: 'Result links or codes, one per line' })
	).toHaveValue(`${CODES.onCall}\nDee: ${DAMAGED}`);
});

test('more than twelve entries: a 400 with the limit', async ({ request }) => {
	const response = await request.get(address(...Array.from({ length: 13 }, () => ENGINEER)));
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain(
		'At most twelve results can be compared at once, and this address has 13.'
	);
});

test('the result page’s form leads to the comparison with both names', async ({ page }) => {
	await page.goto(`/en/result/${CODES.onCall}`);
	const form = page.getByRole('region', { name: 'Compare with someone' });
	await form.getByText('Compare with someone').click();
	await form
		.getByRole('textbox', { name: 'Their result link or code' })
		.fill(`https://quiz.example/result/${ENGINEER}`);
	await form.getByRole('textbox', { name: 'Name for this result (optional)' }).fill('Ana');
	await form.getByRole('textbox', { name: 'Their name (optional)' }).fill('Bo');
	await form.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(`/en/compare?r=${CODES.onCall}%7EAna&r=${ENGINEER}%7EBo`);
	await expect(page.getByRole('meter', { name: 'Ana' })).toHaveAttribute('value', '42');
	await expect(page.getByRole('meter', { name: 'Bo' })).toHaveAttribute('value', '100');
});

test('/compare’s textarea takes links and bare codes, one per line, into a shareable address', async ({
	page
}) => {
	const response = await page.goto('/en/compare');
	expect(response!.status()).toBe(200);
	await expect(page.getByRole('meter')).toHaveCount(0);
	await page
		.getByRole('textbox', { name: 'Result links or codes, one per line' })
		.fill(`Ana: https://quiz.example/de/result/${CODES.onCall}\n\n${ENGINEER}`);
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(`/en/compare?r=${CODES.onCall}%7EAna&r=${ENGINEER}`);
	expect(await meterValues(page)).toEqual([
		['Ana', '42'],
		['Person 2', '100']
	]);
});

test(
	'in German: the text, the language and the other languages’ addresses',
	ONCE,
	async ({ page }) => {
		await page.goto(`/de/compare?r=${CODES.onCall}&r=${ENGINEER}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse im Vergleich');
		await expect(page.getByRole('meter', { name: 'Person 2' })).toHaveAttribute('value', '100');
		await expect(page).toHaveTitle(
			'Ergebnisse vergleichen · Programmierer oder Software Engineer?'
		);
		await expect(page.locator('link[hreflang="fr"]')).toHaveAttribute(
			'href',
			new RegExp(`/fr/compare\\?r=${CODES.onCall}&r=${ENGINEER}$`)
		);
	}
);

for (const colorScheme of ['light', 'dark'] as const) {
	test(
		`/compare with five people has no WCAG 2.2 A/AA violations (${colorScheme})`,
		ONCE,
		async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(FIVE);
			expect(await axeViolations(page), colorScheme).toEqual([]);
			await context.close();
		}
	);
}

test('the methodology page states the thresholds the comparison uses', ONCE, async ({ page }) => {
	await page.goto('/en/how-it-works');
	const section = page.getByRole('region', { name: '11. Comparing results' });
	await expect(section).toContainText('two to twelve results side by side');
	await expect(section).toContainText('Names are cut to 40 characters');
	await expect(section).toContainText('A gap of 11 points or less is called close together');
	await expect(section).toContainText(
		'39 or less toward programmer, 61 or more toward software engineer'
	);
	await expect(section.getByRole('link', { name: 'Compare results' })).toHaveAttribute(
		'href',
		'/en/compare'
	);
});

test.describe('on a small phone', ONCE, () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('five people: the page does not scroll sideways, the table scrolls in its own box', async ({
		page
	}) => {
		await page.goto(FIVE);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(
			page.getByRole('region', { name: 'Every score, 0 (programmer) to 100 (software engineer)' })
		).toBeVisible();
	});
});

test.describe('on a 360 px phone', ONCE, () => {
	test.use({ viewport: { width: 360, height: 740 } });
	// Scores 44, 50 and 56 on Environment and People: six points apart, closer than a
	// marker is wide; the first person, with the longest name, has no score on Method.
	const CLOSE = address(
		'2-fo9gndmf4ahr4u~Maximiliane Ottilie Bergström-Hohenfels',
		'2-3acjq3acjq2k0f~Bruno',
		'2-ssssssssssssy7'
	);

	test('every dimension name is shown whole and no two markers overlap, in every language', async ({
		page
	}) => {
		for (const language of ['en', 'de', 'es', 'fr', 'pt-br']) {
			await page.goto(CLOSE.replace('/en/', `/${language}/`));
			const chart = page.locator('svg[data-chart="dimensions"]');
			expect(await textOutside(chart), language).toEqual([]);
			const overlapping = await chart.evaluate((svg) => {
				const boxes = [...svg.querySelectorAll('circle')].map((c) => c.getBoundingClientRect());
				return boxes.filter((a, i) =>
					boxes.some(
						(b, j) =>
							j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
					)
				).length;
			});
			expect(overlapping, language).toBe(0);
		}
	});

	test('a 40-character name on the overall chart wraps instead of running off its side', async ({
		page
	}) => {
		await page.goto(CLOSE);
		const chart = page.getByRole('img', { name: /Everyone’s overall position/ });
		await expect(chart).toContainText('Bergström-Hohenfels · 55');
		expect(await textOutside(chart)).toEqual([]);
	});

	test('the score table breaks no name or header inside a word, on a phone or a wide screen', async ({
		page
	}) => {
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			for (const language of ['en', 'de', 'fr']) {
				await page.goto(CLOSE.replace('/en/', `/${language}/`));
				const broken = await page
					.locator('th[scope="row"], thead th:first-child')
					.evaluateAll((cells) =>
						cells.flatMap((cell) => {
							const text = cell.firstChild!;
							return [...text.textContent!.matchAll(/[^\s-]+-?/g)]
								.filter((word) => {
									const range = document.createRange();
									range.setStart(text, word.index);
									range.setEnd(text, word.index + word[0].length);
									return range.getClientRects().length > 1;
								})
								.map((word) => word[0]);
						})
					);
				expect(broken, `${language} at ${width} px`).toEqual([]);
			}
		}
	});
});

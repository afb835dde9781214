import { expect, test, type Page } from '@playwright/test';
import { axeViolations, COLOR_SCHEMES, inColorScheme } from './axe';
import { LANGUAGES } from './languages';
import { textOutside } from './layout';
import { CODES } from './quiz';
import { ONCE } from './tags';

// Every figure is worked out by hand, points toward engineer of 4 per answer. Dimension order:
// Part or whole, Where the design comes from, How problems are approached, Built for what.
// MIXED_V3 (src/lib/quiz/fixtures.ts, CODES.mixedV3): 50, 22, 75, 75; overall 55, In between.
// SKIPS: MIXED_V3 with its last Part-or-whole answer (1 point) and all eight of How problems are
// approached “Not part of my work”: 15 ÷ 28 → 54, 22, –, 75; overall (15 + 7 + 24) ÷ 92 = 50.
// ENGINEER: “B” on every engineer statement B, “A” on every programmer one: 100 everywhere.
// BOTH: “Both equally” everywhere: 50 everywhere, overall 50.
const MIXED = CODES.mixedV3;
const SKIPS = '3-5nn8hrnfn85lh3blrs';
const ENGINEER = CODES.allEngineer;
const BOTH = '3-eeeeeeeeeeeeeeeenc';
/** MIXED with its last character changed. */
const DAMAGED = '3-2jj8frkfi83ld3allt';
const MARKUP = '<img src=x onerror=alert(1)>';

const address = (...entries: string[]) =>
	`/en/compare?${new URLSearchParams(entries.map((e) => ['r', e]))}`;
const FIVE = address(`${MIXED}~Ana`, SKIPS, `${ENGINEER}~Cy`, `${DAMAGED}~Dee`, BOTH);

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
	await page.goto(address(`${MIXED}~Ana`, SKIPS));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results side by side');
	await expect(page.getByRole('img', { name: /Everyone’s overall position/ })).toBeVisible();
	await expect(page.getByRole('meter', { name: 'Ana' })).toHaveAttribute('value', '55');
	await expect(page.getByRole('meter', { name: 'Person 2' })).toHaveAttribute('value', '50');
	await expect(page.getByRole('link', { name: 'Ana: full result' })).toHaveAttribute(
		'href',
		'/en/result/3-2jj8frkfi83ld3alls'
	);
	await expect(page.getByRole('link', { name: 'Person 2: full result' })).toHaveAttribute(
		'href',
		'/en/result/3-5nn8hrnfn85lh3blrs'
	);
	const gaps = page.getByRole('region', { name: 'How far apart you are' }).getByRole('listitem');
	await expect(gaps).toHaveText([
		'Part or whole: close together, 50 to 54',
		'Where the design comes from: everyone at 22',
		/^How problems are approached: only Ana has enough answers \(75\)\s*Left out, for want of answers: Person 2\.$/,
		'Built for what: everyone at 75'
	]);
	await expect(page.getByRole('heading', { name: 'What the group covers' })).toHaveCount(0);
	await expect(
		page.getByText('This is for conversation, not for evaluation or hiring.')
	).toBeVisible();
});

test('a gap of 20 points or less is close together, and a wider one is not', async ({ page }) => {
	// BO: Part or whole 5 answers, 14 points of 20 → 70 (gap 20 from Ana’s 50); Where the design
	// comes from 14 of 32 → 44 (gap 22); How problems are approached 24 of 32 → 75 (none);
	// Built for what 30 of 32 → 94 (gap 19); overall (14 + 14 + 24 + 30) ÷ 116 → 71.
	const BO = '3-3hph3hpgp73fj69gl9';
	await page.goto(address(`${MIXED}~Ana`, `${BO}~Bo`));
	await expect(page.getByRole('meter', { name: 'Bo' })).toHaveAttribute('value', '71');
	const region = page.getByRole('region', { name: 'How far apart you are' });
	await expect(region.getByRole('listitem')).toHaveText([
		'Part or whole: close together, 50 to 70',
		'Where the design comes from: the widest gap, 22 to 44',
		'How problems are approached: everyone at 75',
		'Built for what: close together, 75 to 94'
	]);
	// 20 points are 6.4 steps of 100 ÷ 32 on a dimension of eight questions.
	await expect(region).toContainText(
		'A gap of 20 points or less is called close: on a dimension of eight questions, that is fewer than seven answers each moved one step.'
	);
});

test('version-2 results: a gap of 29 points or less is close, as that version states', async ({
	page
}) => {
	// Every answer “Sometimes” (50 everywhere), against the same with Scope’s question 7 at
	// “Always” and question 1 (toward programmer) at “Never”: 12 of 16 points, 75.
	await page.goto(address('2-eeeeeeeeeeeez2~Ana', '2-eeeeeeeegeecyw~Bo'));
	const region = page.getByRole('region', { name: 'How far apart you are' });
	await expect(region.getByRole('listitem').first()).toHaveText('Scope: close together, 50 to 75');
	// 29 points are 4.6 steps of 100 ÷ 16 on a dimension of four questions.
	await expect(region.locator('p')).toHaveText(
		'A gap of 29 points or less is called close: on a dimension of four questions, that is fewer than five answers each moved one step.'
	);
});

test('five entries, one damaged: it is listed with its reason and the other four compared', async ({
	page
}) => {
	await page.goto(FIVE);
	await expect(page.getByRole('region', { name: 'Could not be read' })).toHaveText(
		/Dee \(3-2jj8frkfi83ld3allt\): This result code is damaged/
	);
	expect(await meterValues(page)).toEqual([
		['Ana', '55'],
		['Person 2', '50'],
		['Cy', '100'],
		['Person 5', '50']
	]);
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /^Person 2/ }).getByRole('cell')).toHaveText([
		'54',
		'22',
		'not enough answers',
		'75'
	]);
	await expect(table.getByRole('row', { name: /^Cy/ }).getByRole('cell')).toHaveText([
		'100',
		'100',
		'100',
		'100'
	]);
	const group = page.getByRole('region', { name: 'What the group covers' });
	await expect(group).toContainText(
		'39 or less toward programmer, 61 or more toward software engineer'
	);
	// Only Where the design comes from has someone at 39 or less (Ana and Person 2, 22). The
	// programmer ends of the last two dimensions rest on none of the article’s distinctions.
	await expect(group.locator('[data-group="missing"] li')).toHaveText([
		'Part or whole: nobody is near the programmer end. In the article’s terms, what may be missing: “Coding is the craft at the centre” and “Specialising in certain tasks”.',
		'How problems are approached: nobody is near the programmer end.',
		'Built for what: nobody is near the programmer end.'
	]);
	await expect(group.locator('[data-group="covered"] li')).toHaveText([
		'Part or whole, the software engineer end: Cy',
		'Where the design comes from, the programmer end (“Turning instructions into a program”): Ana and Person 2',
		'Where the design comes from, the software engineer end (“Talking with clients”): Cy',
		'How problems are approached, the software engineer end (“Engineering principles as a method” and “Studying the environment first”): Ana and Cy',
		'Built for what, the software engineer end (“Owning the whole design process” and “Built for real conditions”): Ana, Person 2 and Cy'
	]);
});

test('a version-2 result beside a version-3 one: each on its own questions, the older marked', async ({
	page
}) => {
	// The on-call developer (src/lib/quiz/fixtures.ts, version 2): 38, 63, 25, 63, 6, 56; 42.
	await page.goto(address(`${CODES.onCall}~Ana`, `${MIXED}~Bo`));
	expect(await meterValues(page)).toEqual([
		['Ana', '42'],
		['Bo', '55']
	]);
	await expect(page.getByText('made with version 2 of the questions')).toBeVisible();
	// Each row on its own version’s dimensions (v2’s six, then v3’s four); the other version’s
	// were never asked of that person.
	const cells = (name: RegExp) =>
		page.getByRole('table').getByRole('row', { name }).getByRole('cell').allInnerTexts();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
	expect((await cells(/^Ana/)).slice(0, 6)).toEqual(['38', '63', '25', '63', '6', '56']);
	expect((await cells(/^Bo/)).slice(6)).toEqual(['50', '22', '75', '75']);
	await expect(page.getByRole('region', { name: 'How far apart you are' }).locator('p')).toHaveText(
		'A gap of 20 points or less is called close: on a dimension of eight questions, that is fewer than seven answers each moved one step. Results from an earlier version have fewer questions per dimension, so they need a wider gap before it counts as a difference.'
	);
});

test('a name with markup is shown as text and creates no element', async ({ page }) => {
	page.on('dialog', () => {
		throw new Error('a dialog opened');
	});
	const response = await page.goto(address(`${MIXED}~${MARKUP}`, ENGINEER));
	expect(response!.status()).toBe(200);
	await expect(page.getByRole('meter', { name: MARKUP })).toHaveAttribute('value', '55');
	await expect(page.getByRole('link', { name: `${MARKUP}: full result` })).toBeVisible();
	await expect(page.getByRole('table').getByRole('rowheader', { name: MARKUP })).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('fewer than two readable results: a 400 that explains and keeps the entries in the form', async ({
	page
}) => {
	const response = await page.goto(address(MIXED, `${DAMAGED}~Dee`));
	expect(response!.status()).toBe(400);
	await expect(
		page.getByText('Comparing needs at least two results that can be read; only one of these can.')
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Could not be read' })).toContainText(
		'Dee (3-2jj8frkfi83ld3allt)'
	);
	await expect(
		page.getByRole('textbox', { name: 'Result links or codes, one per line' })
	).toHaveValue('3-2jj8frkfi83ld3alls\nDee: 3-2jj8frkfi83ld3allt');
});

test('more than twelve entries: a 400 with the limit', async ({ request }) => {
	const response = await request.get(address(...Array.from({ length: 13 }, () => ENGINEER)));
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain(
		'At most twelve results can be compared at once, and this address has 13.'
	);
});

test('the result page’s form leads to the comparison with both names', async ({ page }) => {
	await page.goto(`/en/result/${MIXED}`);
	const form = page.getByRole('region', { name: 'Compare with someone' });
	await form.getByText('Compare with someone').click();
	await form
		.getByRole('textbox', { name: 'Their result link or code' })
		.fill(`https://quiz.example/result/${ENGINEER}`);
	await form.getByRole('textbox', { name: 'Name for this result (optional)' }).fill('Ana');
	await form.getByRole('textbox', { name: 'Their name (optional)' }).fill('Bo');
	await form.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(
		'/en/compare?r=3-2jj8frkfi83ld3alls%7EAna&r=3-44oo44oooo44oo44nc%7EBo'
	);
	await expect(page.getByRole('meter', { name: 'Ana' })).toHaveAttribute('value', '55');
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
		.fill(`Ana: https://quiz.example/de/result/${MIXED}\n\n${ENGINEER}`);
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL('/en/compare?r=3-2jj8frkfi83ld3alls%7EAna&r=3-44oo44oooo44oo44nc');
	expect(await meterValues(page)).toEqual([
		['Ana', '55'],
		['Person 2', '100']
	]);
});

test(
	'in German: the text, the language and the other languages’ addresses',
	ONCE,
	async ({ page }) => {
		await page.goto(`/de/compare?r=${MIXED}&r=${ENGINEER}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse im Vergleich');
		await expect(page.getByRole('meter', { name: 'Person 2' })).toHaveAttribute('value', '100');
		await expect(page).toHaveTitle(
			'Ergebnisse vergleichen · Programmierer oder Software Engineer?'
		);
		await expect(page.locator('link[hreflang="fr"]')).toHaveAttribute(
			'href',
			/\/fr\/compare\?r=3-2jj8frkfi83ld3alls&r=3-44oo44oooo44oo44nc$/
		);
	}
);

for (const colorScheme of COLOR_SCHEMES) {
	test(
		`/compare with five people has no WCAG 2.2 A/AA violations (${colorScheme})`,
		ONCE,
		async ({ browser }) => {
			const violations = await inColorScheme(browser, colorScheme, async (page) => {
				await page.goto(FIVE);
				return axeViolations(page);
			});
			expect(violations, colorScheme).toEqual([]);
		}
	);
}

test('the methodology page states the thresholds the comparison uses', ONCE, async ({ page }) => {
	await page.goto('/en/how-it-works');
	const section = page.getByRole('region', { name: '11. Comparing results' });
	await expect(section).toContainText('two to twelve results side by side');
	await expect(section).toContainText('Names are cut to 40 characters');
	await expect(section).toContainText('A gap of 20 points or less is called close together');
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
	// Scores 47, 50 and 53 on Part or whole and on Where the design comes from: three points
	// apart, closer than a marker is wide. The first person, with the longest name, has no score
	// on How problems are approached: “Both equally” everywhere but one answer a step toward A on
	// each of those two, that one all “Not part of my work”: 15, 15, –, 16 points of 32, overall
	// 46 ÷ 96 → 48. The third: one answer a step toward B on each of the two, 17 and 17 of 32.
	const CLOSE = address(
		'3-heheheheheheh8hdqd~Maximiliane Ottilie Bergström-Hohenfels',
		`${BOTH}~Bruno`,
		'3-eeeeeeeeeeeeekefqb'
	);

	test('every dimension name is shown whole and no two markers overlap, in every language', async ({
		page
	}) => {
		for (const { prefix } of LANGUAGES) {
			await page.goto(CLOSE.replace('/en/', `${prefix}/`));
			const chart = page.locator('svg[data-chart="dimensions"]');
			expect(await textOutside(chart), prefix).toEqual([]);
			const overlapping = await chart.evaluate((svg) => {
				const boxes = [...svg.querySelectorAll('circle')].map((c) => c.getBoundingClientRect());
				return boxes.filter((a, i) =>
					boxes.some(
						(b, j) =>
							j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
					)
				).length;
			});
			expect(overlapping, prefix).toBe(0);
		}
	});

	test('a 40-character name on the overall chart wraps instead of running off its side', async ({
		page
	}) => {
		await page.goto(CLOSE);
		const chart = page.getByRole('img', { name: /Everyone’s overall position/ });
		await expect(chart).toContainText('Bergström-Hohenfels · 48');
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

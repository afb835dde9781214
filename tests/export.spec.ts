import { expect, test } from '@playwright/test';
import { BANKS } from '../src/lib/quiz/banks';
import { CODES } from './quiz';

// Every figure is worked out by hand from the answer sets in src/lib/quiz/fixtures.ts:
// MIXED_V3 (3-2jj8frkfi83ld3alls): points of 32 per dimension 16, 7, 24, 24 → 50, 22, 75, 75;
// overall 71 ÷ 128 → 55, “In between”; 78 ÷ 128 → 61 is 7 steps toward software engineer,
// 50 ÷ 128 → 39 is 21 toward programmer.
// WITH_NOT_APPLICABLE (below): Where the design comes from keeps 3 of 8 answers, fewer than the
// 4 it needs; overall (16 + 24 + 24) ÷ 96 = 66.7 % → 67 from the other three.

/** MIXED_V3 with steps 2, 6, 10, 14 and 18 (Where the design comes from) “Not part of my work”. */
const WITH_NOT_APPLICABLE = '3-2jj8frkxiw3xdxaxk9';

test('the result page offers both files as downloads', async ({ page }) => {
	await page.goto('/en/result/3-2jj8frkfi83ld3alls');
	const box = page.getByRole('region', { name: 'Take it with you' });
	await box.getByText('Take it with you').click();
	const json = box.getByRole('link', { name: 'Download as JSON' });
	await expect(json).toHaveAttribute('href', '/en/result/3-2jj8frkfi83ld3alls/data.json');
	await expect(json).toHaveAttribute(
		'download',
		'programmer-or-software-engineer-3-2jj8frkfi83ld3alls.json'
	);
	const download = page.waitForEvent('download');
	await box.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).click();
	expect((await download).suggestedFilename()).toBe(
		'programmer-or-software-engineer-3-2jj8frkfi83ld3alls.csv'
	);
});

test('under a language prefix the links and the files are in that language', async ({ page }) => {
	await page.goto(`/de/result/${WITH_NOT_APPLICABLE}`);
	const box = page.getByRole('region', { name: 'Zum Mitnehmen' });
	await box.getByText('Zum Mitnehmen').click();
	await expect(
		box.getByRole('link', { name: 'Als CSV-Datei herunterladen (für Excel & Co.)' })
	).toHaveAttribute('href', '/de/result/3-2jj8frkxiw3xdxaxk9/data.csv');
	const response = await page.request.get(`/de/result/${WITH_NOT_APPLICABLE}/data.json`);
	const data = await response.json();
	expect(data.language).toBe('de');
	expect(data.dimensions[1]).toMatchObject({
		id: 'brief',
		score: null,
		note: 'zu wenige Antworten',
		answeredOnScale: 3,
		notApplicable: 5
	});
});

test('JSON of a version-3 result: scores, band, steps to the next band and every answer', async ({
	request
}) => {
	const response = await request.get(`/result/${CODES.mixedV3}/data.json`, {
		headers: { 'Accept-Language': 'en' }
	});
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('application/json; charset=utf-8');
	expect(headers['content-disposition']).toBe(
		'attachment; filename="programmer-or-software-engineer-3-2jj8frkfi83ld3alls.json"'
	);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['cache-control']).toBe('private, no-cache');

	const data = await response.json();
	expect(data).toMatchObject({
		quizVersion: 3,
		code: '3-2jj8frkfi83ld3alls',
		overall: 55,
		band: { id: 'both', label: 'In between' },
		range: {
			interval: null,
			nearestBands: [{ direction: 'engineer', band: 'leaning-engineer', steps: 7 }],
			near: false
		}
	});
	expect(data.dimensions.map((d: { score: number }) => d.score)).toEqual([50, 22, 75, 75]);
	expect(data.questions).toHaveLength(BANKS[3]!.questions.length);
	expect(data.questions[1]).toMatchObject({
		step: 2,
		id: 'brief-design-settled',
		dimension: 'brief',
		pole: 'programmer',
		answer: { value: 3, notApplicable: false, label: 'Rather B' }
	});
});

test('JSON of a version-2 link is scored with its own questions', async ({ request }) => {
	// Its figures are src/lib/results/export.spec.ts's; here, that the address picks the code's bank.
	const response = await request.get(`/result/${CODES.onCall}/data.json`, {
		headers: { 'Accept-Language': 'en' }
	});
	const data = await response.json();
	expect(data).toMatchObject({ quizVersion: 2, overall: 42 });
	expect(data.questions).toHaveLength(BANKS[2]!.questions.length);
	expect(data.questions[1].answer).toEqual({ value: 2, notApplicable: false, label: 'Sometimes' });
});

test('CSV with “Not part of my work” answers: one row per question, unscored dimensions said in words', async ({
	request
}) => {
	const response = await request.get(`/result/${WITH_NOT_APPLICABLE}/data.csv`, {
		headers: { 'Accept-Language': 'en' }
	});
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
	expect(response.headers()['content-disposition']).toBe(
		'attachment; filename="programmer-or-software-engineer-3-2jj8frkxiw3xdxaxk9.csv"'
	);
	const lines = (await response.text()).replace('\uFEFF', '').trimEnd().split('\r\n');
	expect(lines).toHaveLength(1 + BANKS[3]!.questions.length);
	expect(lines[0]).toMatch(
		/^Step,Question ID,Question,Dimension,.+,Answer value \(0–4\),Answer,Dimension score \(0–100\)$/
	);
	expect(lines[1]).toMatch(
		/^1,breadth-time-in-code,.+,Part or whole,software engineer,3,Rather B,50$/
	);
	expect(lines[2]).toMatch(
		/^2,brief-design-settled,.+,Where the design comes from,programmer,,Not part of my work,not enough answers$/
	);
	expect(lines[3]).toMatch(
		/^3,approach-first-move,.+,How problems are approached,software engineer,4,B,75$/
	);
	expect(lines[4]).toMatch(
		/^4,conditions-design-timing,.+,Built for what,programmer,1,Rather A,75$/
	);
});

test('CSV in German is separated by semicolons, as spreadsheets there expect', async ({
	request
}) => {
	const response = await request.get(`/de/result/${WITH_NOT_APPLICABLE}/data.csv`);
	expect(response.status()).toBe(200);
	const lines = (await response.text()).replace('\uFEFF', '').trimEnd().split('\r\n');
	expect(lines).toHaveLength(1 + BANKS[3]!.questions.length);
	expect(lines[1]).toMatch(/^1;breadth-time-in-code;.+;Teil oder Ganzes;.+;3;Eher B;50$/);
});

test('a damaged or retired code gets a 4xx with a JSON error, never a 500', async ({ request }) => {
	const damaged = await request.get('/result/2-jkfsslid8mlga8/data.json', {
		headers: { 'Accept-Language': 'en' }
	});
	expect(damaged.status()).toBe(400);
	expect(await damaged.json()).toEqual({
		error: 'damaged',
		message:
			'This result code is damaged: a character was changed or lost, so no result can be shown.'
	});
	const retired = await request.get('/result/9-jkfsslid8mlga7/data.csv', {
		headers: { 'Accept-Language': 'en' }
	});
	expect(retired.status()).toBe(410);
	expect((await retired.json()).error).toBe('unknown-version');
	const markup = await request.get(`/result/${encodeURIComponent('<b>x</b>')}/data.csv`);
	expect(markup.status()).toBe(400);
	expect(markup.headers()['content-type']).toBe('application/json');
	expect((await markup.json()).error).toBe('malformed');
});

test('the methodology page documents both formats', async ({ page }) => {
	await page.goto('/en/how-it-works');
	const section = page.getByRole('region', { name: '10. Downloading a result' });
	await expect(section.getByRole('term')).toContainText(['quizVersion', 'range', 'Step']);
	await expect(section).toContainText('interval is always null');
	await page.goto('/fr/how-it-works');
	await expect(page.getByRole('heading', { name: '10. Télécharger un résultat' })).toBeVisible();
});

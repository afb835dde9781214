import { expect, test } from '@playwright/test';
import { CODES } from './quiz';

// Every figure is worked out by hand from the answer sets in src/lib/quiz/fixtures.ts:
// on call: points of 16 per dimension 6, 10, 4, 10, 1, 9 → 38, 63, 25, 63, 6, 56; overall 41.67 → 42.
// with skips: Scope 5 of 12 → 42, Starting point 10 of 16 → 63, Method and People not enough,
// Environment 10 of 16 → 63, Quality 9 of 16 → 56; overall (41.67 + 62.5 + 62.5 + 56.25) ÷ 4 → 56.

test('the result page offers both files as downloads', async ({ page }) => {
	await page.goto(`/en/result/${CODES.onCall}`);
	const box = page.getByRole('region', { name: 'Take it with you' });
	await box.getByText('Take it with you').click();
	const json = box.getByRole('link', { name: 'Download as JSON' });
	await expect(json).toHaveAttribute('href', `/en/result/${CODES.onCall}/data.json`);
	await expect(json).toHaveAttribute(
		'download',
		`programmer-or-software-engineer-${CODES.onCall}.json`
	);
	const download = page.waitForEvent('download');
	await box.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).click();
	expect((await download).suggestedFilename()).toBe(
		`programmer-or-software-engineer-${CODES.onCall}.csv`
	);
});

test('under a language prefix the links and the files are in that language', async ({ page }) => {
	await page.goto(`/de/result/${CODES.withSkips}`);
	const box = page.getByRole('region', { name: 'Zum Mitnehmen' });
	await box.getByText('Zum Mitnehmen').click();
	await expect(
		box.getByRole('link', { name: 'Als CSV-Datei herunterladen (für Excel & Co.)' })
	).toHaveAttribute('href', `/de/result/${CODES.withSkips}/data.csv`);
	const response = await page.request.get(`/de/result/${CODES.withSkips}/data.json`);
	const data = await response.json();
	expect(data.language).toBe('de');
	expect(data.dimensions[2]).toMatchObject({
		id: 'method',
		score: null,
		note: 'zu wenige Antworten'
	});
});

test('JSON of the on-call developer: scores, band, steps to the next band and every answer', async ({
	request
}) => {
	const response = await request.get(`/result/${CODES.onCall}/data.json`, {
		headers: { 'Accept-Language': 'en' }
	});
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('application/json; charset=utf-8');
	expect(headers['content-disposition']).toBe(
		`attachment; filename="programmer-or-software-engineer-${CODES.onCall}.json"`
	);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['cache-control']).toBe('private, no-cache');

	const data = await response.json();
	expect(data).toMatchObject({
		quizVersion: 2,
		code: CODES.onCall,
		overall: 42,
		band: { id: 'both', label: 'In between' },
		range: {
			interval: null,
			nearestBands: [{ direction: 'programmer', band: 'leaning-programmer', steps: 3 }],
			near: true
		}
	});
	expect(data.dimensions.map((d: { score: number }) => d.score)).toEqual([38, 63, 25, 63, 6, 56]);
	expect(data.questions).toHaveLength(24);
	expect(data.questions[1]).toMatchObject({
		step: 2,
		id: 'starting-write-down-problem',
		dimension: 'starting-point',
		pole: 'engineer',
		answer: { value: 2, notApplicable: false, label: 'Sometimes' }
	});
});

test('CSV with “Doesn’t apply” answers: one row per question, unscored dimensions said in words', async ({
	request
}) => {
	const response = await request.get(`/result/${CODES.withSkips}/data.csv`, {
		headers: { 'Accept-Language': 'en' }
	});
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
	expect(response.headers()['content-disposition']).toBe(
		`attachment; filename="programmer-or-software-engineer-${CODES.withSkips}.csv"`
	);
	const lines = (await response.text()).replace('\uFEFF', '').trimEnd().split('\r\n');
	expect(lines).toHaveLength(25);
	expect(lines[0]).toBe(
		'Step,Question ID,Question,Dimension,“Always” points toward,Answer value (0–4),Answer,Dimension score (0–100)'
	);
	expect(lines[1]).toMatch(/^1,scope-one-area-in-depth,.+,Scope,programmer,4,Always,42$/);
	expect(lines[3]).toMatch(
		/^3,method-refine-own-code,.+,Method,programmer,3,Often,not enough answers$/
	);
	expect(lines[5]).toMatch(
		/^5,people-requirements-gathered,.+,People,programmer,,Doesn’t apply to me,not enough answers$/
	);
	expect(lines[6]).toMatch(
		/^6,quality-realistic-testing,.+,Real conditions,software engineer,3,Often,56$/
	);
});

test('CSV in German is separated by semicolons, as spreadsheets there expect', async ({
	request
}) => {
	const response = await request.get(`/de/result/${CODES.withSkips}/data.csv`);
	expect(response.status()).toBe(200);
	const lines = (await response.text()).replace('\uFEFF', '').trimEnd().split('\r\n');
	expect(lines).toHaveLength(25);
	expect(lines[1]).toMatch(/^1;scope-one-area-in-depth;.+;42$/);
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

import { expect, test } from '@playwright/test';
import { encodeShareCode, SAMPLE_ANSWERS, takeQuiz } from './quiz';

test('no page makes a request to any other origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
	});
	await takeQuiz(page);
	for (const path of [
		'/',
		'/how-it-works',
		`/result/${encodeShareCode(SAMPLE_ANSWERS)}`,
		'/no-such-page',
		'/result/1-broken'
	]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(elsewhere).toEqual([]);
});

test('the only thing kept in the browser is the progress cookie', async ({ page, context }) => {
	await takeQuiz(page);
	const cookies = await context.cookies();
	expect(cookies.map((c) => c.name)).toEqual(['quiz_progress']);
	expect(cookies[0]!.httpOnly).toBe(true);
	expect(cookies[0]!.sameSite).toBe('Lax');
});

import { expect, test } from '@playwright/test';
import { encodeShareCode, finishQuiz, SAMPLE_ANSWERS } from './quiz';

test('no page makes a request to any other origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
	});
	// A request the CSP blocks never starts, but the browser reports it.
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) elsewhere.push(message.text());
	});
	await finishQuiz(page);
	for (const path of [
		'/',
		'/quiz/1',
		'/how-it-works',
		`/result/${encodeShareCode(SAMPLE_ANSWERS)}`,
		'/no-such-page',
		'/result/1-broken'
	]) {
		// `load`: the page and everything it asks for (styles, script, icon, images) has arrived.
		await page.goto(path, { waitUntil: 'load' });
	}
	expect(elsewhere).toEqual([]);
});

test('the only thing kept in the browser is the progress cookie', async ({ page, context }) => {
	await finishQuiz(page);
	const cookies = await context.cookies();
	expect(cookies.map((c) => c.name)).toEqual(['quiz_progress']);
	expect(cookies[0]!.httpOnly).toBe(true);
	expect(cookies[0]!.sameSite).toBe('Lax');
});

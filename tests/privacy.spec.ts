import { expect, test } from '@playwright/test';
import { CODES, finishQuiz } from './quiz';

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
		`/result/${CODES.sample}`,
		'/no-such-page',
		'/result/1-broken'
	]) {
		// `load`: the page and everything it asks for (styles, script, icon, images) has arrived.
		await page.goto(path, { waitUntil: 'load' });
	}
	expect(elsewhere).toEqual([]);
});

test('what is kept in the browser: the progress cookie, the quiz’s timing and the list of your own results', async ({
	page,
	context
}) => {
	await finishQuiz(page);
	const cookies = await context.cookies();
	expect(cookies.map((c) => c.name).sort()).toEqual([
		'quiz_progress',
		'quiz_timing',
		'results_history'
	]);
	// When the quiz started and was finished, two Unix times and nothing else (for the research flag).
	expect(cookies.find((c) => c.name === 'quiz_timing')!.value).toMatch(/^\d{10}-\d{10}$/);
	for (const cookie of cookies) {
		expect(cookie.httpOnly, cookie.name).toBe(true);
		expect(cookie.sameSite, cookie.name).toBe('Lax');
	}
	// The list holds the result's code and the day it was made, and nothing else.
	const history = cookies.find((c) => c.name === 'results_history')!;
	expect(history.value).toMatch(new RegExp(`^${CODES.sample}_\\d{8}$`));
	// Kept about a year (the methodology page says 365 days).
	const days = (history.expires * 1000 - Date.now()) / 86_400_000;
	expect(days).toBeGreaterThan(364);
	expect(days).toBeLessThanOrEqual(365);
});

test('the methodology says exactly what the list of results and the chosen language keep', async ({
	page
}) => {
	await page.goto('/en/how-it-works');
	const privacy = page.locator('section:has(#privacy)');
	await expect(privacy).toContainText(
		'A second cookie, results_history, keeps your earlier results so that the home page and result pages can list them and recognise them as yours: up to 10 result codes (each the same code as in its result’s link), each with the day it was made, and nothing else.'
	);
	await expect(privacy).toContainText(
		'A third cookie, language, is set only when you choose a language with the language switcher. It holds that language’s code and nothing else, so that addresses without a language, such as the home page or a shared result link, open in it on your later visits. It lasts 365 days.'
	);
});

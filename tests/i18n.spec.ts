import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, COLOR_SCHEMES, inColorScheme } from './axe';
import { CODES, isJsOn, QUESTIONS, withAnswers } from './quiz';
import { LANGUAGES, type Language } from './languages';
import { ONCE, ONCE_TAG } from './tags';

// Addresses, the language switcher and the site's chrome (header, footer, error pages) in every
// language; every-language.spec.ts takes the quiz itself in each. One language: `--grep @de`.

const HTTP_ONLY = 'HTTP-level check: the same with or without JavaScript, so it runs once.';

const [ENGLISH, GERMAN, SPANISH, FRENCH] = LANGUAGES;

/** The page is in this language: its <html lang>, navigation, skip link and footer. */
async function expectChromeIn(page: Page, language: Language) {
	await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
	const nav = page.getByRole('navigation', { name: language.navLabel, exact: true });
	await expect(nav.getByRole('link', { name: language.methodology })).toBeVisible();
	await expect(page.getByRole('link', { name: language.skipLink })).toHaveAttribute(
		'href',
		'#main'
	);
	await expect(page.getByRole('contentinfo')).toContainText(language.privacy);
}

/** Opens the header's language disclosure; its links are plain links inside a <details>. */
async function openSwitcher(page: Page, language: Language) {
	const switcher = page.getByRole('navigation', { name: language.switcher, exact: true });
	await switcher.getByText(language.switcher, { exact: true }).click();
	return switcher;
}

for (const language of LANGUAGES) {
	test(
		`${language.name}: pages under ${language.prefix} have its <html lang>, chrome and links`,
		{ tag: [`@${language.locale}`, ONCE_TAG] },
		async ({ page }) => {
			for (const path of [language.prefix, `${language.prefix}/quiz/1`]) {
				await page.goto(path);
				await expectChromeIn(page, language);
			}
			const nav = page.getByRole('navigation', { name: language.navLabel, exact: true });
			await expect(nav.getByRole('link', { name: language.methodology })).toHaveAttribute(
				'href',
				`${language.prefix}/how-it-works`
			);
		}
	);

	test(
		`${language.name}: an unknown page is a 404 in that language`,
		{ tag: [`@${language.locale}`, ONCE_TAG] },
		async ({ page }) => {
			const response = await page.goto(`${language.prefix}/no-such-page`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.notFound);
			await expectChromeIn(page, language);
		}
	);
}

test(
	'every page names its five languages and x-default as absolute hreflang alternates',
	ONCE,
	async ({ page, baseURL }) => {
		await page.goto('/de/quiz/1');
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) =>
				links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])
			);
		expect(Object.fromEntries(alternates)).toEqual({
			en: `${baseURL}/en/quiz/1`,
			de: `${baseURL}/de/quiz/1`,
			es: `${baseURL}/es/quiz/1`,
			fr: `${baseURL}/fr/quiz/1`,
			'pt-BR': `${baseURL}/pt-br/quiz/1`,
			'x-default': `${baseURL}/quiz/1`
		});
	}
);

test(
	'the switcher names each language in itself, with lang, hreflang and the current one marked',
	ONCE,
	async ({ page }) => {
		await page.goto('/es/quiz/1?missing');
		const switcher = await openSwitcher(page, SPANISH);
		const links = switcher.getByRole('link');
		await expect(links).toHaveText(LANGUAGES.map((l) => l.selfName));
		for (const language of LANGUAGES) {
			const link = switcher.getByRole('link', { name: language.selfName, exact: true });
			await expect(link).toHaveAttribute('lang', language.locale);
			await expect(link).toHaveAttribute('hreflang', language.locale);
			if (language === SPANISH) await expect(link).toHaveAttribute('aria-current', 'true');
			else await expect(link).not.toHaveAttribute('aria-current');
		}
	}
);

test('switching language keeps the page and its query', async ({ page }) => {
	await page.goto('/es/quiz/1?missing');
	await (await openSwitcher(page, SPANISH)).getByRole('link', { name: FRENCH.selfName }).click();
	await expect(page).toHaveURL(/\/fr\/quiz\/1\?missing$/);
	await expectChromeIn(page, FRENCH);
});

test('on an error page the switcher leads home in each language and never echoes the address', async ({
	page
}) => {
	await page.goto('/de/result/1-damaged');
	await (await openSwitcher(page, GERMAN)).getByRole('link', { name: FRENCH.selfName }).click();
	await expect(page).toHaveURL(/\/fr$/);
	await expectChromeIn(page, FRENCH);
});

test('an error page offers a way back to the quiz, in the reader’s language', async ({ page }) => {
	const response = await page.goto('/de/quiz/99');
	expect(response?.status()).toBe(404);
	await expect(page.getByText('Diese Frage gibt es nicht.')).toBeVisible();
	await page.getByRole('link', { name: 'Zum Quiz' }).click();
	await expect(page).toHaveURL(/\/de\/quiz\/1$/);
});

test('switching language mid-quiz keeps the step and every answer', async ({ page }) => {
	await withAnswers(
		page,
		QUESTIONS.map((_, i) => ([3, 1, 4] as const)[i] ?? null)
	);
	await page.goto('/quiz/4');
	await (await openSwitcher(page, ENGLISH)).getByRole('link', { name: GERMAN.selfName }).click();
	await expect(page).toHaveURL(/\/de\/quiz\/4$/);
	await expectChromeIn(page, GERMAN);
	for (const [step, value] of [
		[1, '3'],
		[2, '1'],
		[3, '4']
	] as const) {
		await page.goto(`/de/quiz/${step}`);
		await expect(page.locator('button[aria-pressed="true"]')).toHaveAttribute('value', value);
	}
});

test('answering a question under /de/ goes on to the next step under /de/', async ({ page }) => {
	await page.goto('/de/quiz/1');
	// Enter on an answer is a tap on it.
	await page.locator('button[name="answer"][value="2"]').press('Enter');
	await expect(page).toHaveURL(/\/de\/quiz\/2$/);
	await expectChromeIn(page, GERMAN);
});

test('a result page shares the image of its band in its own language', async ({ page }) => {
	test.skip(isJsOn(), HTTP_ONLY);
	for (const language of LANGUAGES) {
		await page.goto(`${language.prefix}/result/${CODES.sample}`);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image, language.name).toMatch(
			new RegExp(`^https?://[^/]+/og/${language.locale}/[a-z-]+\\.png$`)
		);
		const response = await page.request.get(image!);
		expect(response.headers()['content-type'], language.name).toBe('image/png');
	}
});

test.describe('a reader whose browser asks for Swiss German', () => {
	test.use({ locale: 'de-CH' });

	test('gets /, a step and a shared result link in German, at the same address', async ({
		page
	}) => {
		for (const path of ['/', '/quiz/1', `/result/${CODES.sample}`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(new URL(page.url()).pathname).toBe(path);
			await expectChromeIn(page, GERMAN);
		}
	});

	test('and once they choose Español, / stays in Spanish', async ({ page, context }) => {
		await page.goto('/');
		await (await openSwitcher(page, GERMAN)).getByRole('link', { name: SPANISH.selfName }).click();
		await expect(page).toHaveURL(/\/es$/);
		const cookie = (await context.cookies()).find((c) => c.name === 'language');
		expect(cookie?.value).toBe('es');
		expect(cookie?.httpOnly).toBe(true);
		for (const path of ['/', '/quiz/1']) {
			await page.goto(path);
			await expectChromeIn(page, SPANISH);
		}
	});
});

test(
	'the language switcher has no WCAG 2.2 A/AA violations when open, light and dark',
	ONCE,
	async ({ browser }) => {
		for (const colorScheme of COLOR_SCHEMES) {
			const violations = await inColorScheme(browser, colorScheme, async (page) => {
				await page.goto('/fr/quiz/1');
				await openSwitcher(page, FRENCH);
				return axeViolations(page);
			});
			expect(violations, colorScheme).toEqual([]);
		}
	}
);

test.describe('HTTP', () => {
	test.beforeEach(() => test.skip(!isJsOn(), HTTP_ONLY));

	test('the methodology page is prerendered in every language, with real URLs in its alternates and no stray copy', async ({
		request
	}) => {
		// The build's public origin: ORIGIN when it is set, else the address `npm start` serves.
		const origin = process.env.ORIGIN ?? 'http://localhost:3000';
		expect(existsSync('build/prerendered/how-it-works.html')).toBe(false);
		for (const language of LANGUAGES) {
			const file = `build/prerendered${language.prefix}/how-it-works.html`;
			const built = readFileSync(file, 'utf8');
			const served = await (await request.get(`${language.prefix}/how-it-works`)).text();
			expect(served, file).toBe(built);
			expect(built).toContain(`<html lang="${language.locale}">`);
			expect(built).not.toContain('sveltekit-prerender');
			for (const other of LANGUAGES) {
				expect(built).toContain(
					`<link rel="alternate" hreflang="${other.locale}" href="${origin}${other.prefix}/how-it-works"/>`
				);
			}
			expect(built).toContain(
				`<link rel="alternate" hreflang="x-default" href="${origin}/how-it-works"/>`
			);
			expect(built).toContain(language.skipLink);
			if (language !== ENGLISH) {
				expect(built, `${file} has English chrome`).not.toContain(ENGLISH.skipLink);
				expect(built, `${file} has English chrome`).not.toContain(ENGLISH.privacy);
			}
		}
	});

	test('the language link remembers the choice and goes to the same page in that language', async ({
		request
	}) => {
		const response = await request.get('/language/pt-br?to=%2Fquiz%2F3%3Fmissing', {
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe('/pt-br/quiz/3?missing');
		const cookie = response.headers()['set-cookie']!;
		expect(cookie).toMatch(/^language=pt-BR;/);
		// 365 days, as the methodology page says.
		expect(cookie).toContain('Max-Age=31536000');
	});

	test('the language link never leads to another site', async ({ request }) => {
		// Which addresses count as this site's is sameSitePath's, in src/lib/i18n/paths.spec.ts.
		const response = await request.get('/language/de?to=%2F%2Fevil.example%2Fx', {
			maxRedirects: 0
		});
		expect(response.headers()['location']).toBe('/de');
		const unknown = await request.get('/language/xx?to=%2F', { maxRedirects: 0 });
		expect(unknown.status()).toBe(404);
	});

	test('a refused form post is answered in the language of its page', async ({
		request,
		baseURL
	}) => {
		const headers = { Accept: 'text/html', Origin: baseURL!, 'Sec-Fetch-Site': 'same-origin' };
		// The comparison page has no form actions, and shows the error's own message.
		const comparison = await request.post('/de/compare', { headers, form: { r: 'x' } });
		expect(comparison.status()).toBe(405);
		const page = await comparison.text();
		expect(page).toContain(
			'Die Anfrage kam in einer Form an, mit der diese Website nichts anfangen kann.'
		);
		expect(page).not.toContain('The request was not in a form');

		const reserved = await request.post('/de/quiz/1?x&/default', {
			headers,
			form: { answer: '1' }
		});
		expect(reserved.status()).toBe(404);
		expect(await reserved.text()).toBe('Unter dieser Adresse gibt es keine Seite.');
	});
});

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CURRENT_BANK } from '../src/lib/quiz/banks';
import { LANGUAGES, type Language } from './languages';
import { CODES, finishQuiz } from './quiz';
import { HTTPS_ORIGIN, HTTPS_PORT } from './servers';
import { ONCE } from './tags';

// The opt-in research data (issue 19). The test servers each start with an empty database and
// RESEARCH_MIN_SECONDS=0 (playwright.config.ts). Rows are anonymous, so a test finds its own
// through the deletion link it was given.

const html = { Accept: 'text/html' };
/** What finishQuiz gives. */
const OWN_RESULT = CODES.sample;

/** Posts the research form as a browser on this site does, with the site's Origin. */
function postConsent(request: APIRequestContext, form: Record<string, string>) {
	return request.post('/research/join', {
		headers: { ...html, Origin: test.info().project.use.baseURL! },
		form,
		maxRedirects: 0
	});
}

async function respondentCookie(page: Page) {
	return (await page.context().cookies()).find((c) => c.name === 'research_respondent');
}

async function consentFromResult(page: Page) {
	await page.getByText('Add my answers, anonymously, to the open research data').click();
	await page.getByLabel('How would you describe your role?').selectOption('software-engineer');
	await page.getByLabel('How many years have you been writing code?').selectOption('6-10');
	await page.getByRole('button', { name: 'Add my answers' }).click();
}

test('consent on one’s own result adds it once, gives a deletion link, and deletion takes it back', async ({
	page
}) => {
	await finishQuiz(page);
	expect(await respondentCookie(page)).toBeUndefined();
	await consentFromResult(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Thank you: your answers are in the research data'
	);
	const link = page.locator('[data-delete-link]');
	const href = (await link.getAttribute('href'))!;
	expect(href).toMatch(/\/research\/delete\/[A-Za-z0-9_-]{43}$/);
	expect(await respondentCookie(page)).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

	// The same result again, from the same browser, is not added twice.
	await page.goto(`/result/${OWN_RESULT}`);
	await consentFromResult(page);
	await expect(page.getByRole('status')).toContainText(
		'These answers were already added from this browser'
	);

	await page.goto(href);
	await page.getByRole('button', { name: 'Delete my answers' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Deleted. Your answers are no longer in the research data.'
	);
	const again = await page.goto(href);
	expect(again!.status()).toBe(404);
});

test('the offer is folded, and not made on someone else’s result', async ({ page }) => {
	await finishQuiz(page);
	const offer = page.locator('details', { hasText: 'Add my answers, anonymously' });
	await expect(offer).not.toHaveAttribute('open');
	await page.context().clearCookies();
	await page.goto(`/result/${OWN_RESULT}`);
	await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
	await expect(page.getByText('Add my answers, anonymously')).toHaveCount(0);
});

test('the offer is in German on a German result', ONCE, async ({ page }) => {
	await finishQuiz(page);
	await page.goto(`/de/result/${OWN_RESULT}`);
	await expect(
		page.getByText('Meine Antworten anonym den offenen Forschungsdaten hinzufügen')
	).toBeVisible();
});

test(
	'a result code can be posted directly; bad posts get a 4xx and store nothing',
	ONCE,
	async ({ request }) => {
		const added = await postConsent(request, { code: CODES.mixedV3, contact: 'weekly' });
		expect(added.status()).toBe(200);
		expect(await added.text()).toMatch(/\/research\/delete\/[A-Za-z0-9_-]{43}/);

		const refusals: [Record<string, string>, number][] = [
			[{ code: '2-notacode' }, 400],
			[{}, 400],
			[{ code: CODES.mixedV3, role: 'king' }, 400],
			[{ code: CODES.mixedV3, note: 'free text' }, 400],
			[{ code: 'x'.repeat(3000) }, 413]
		];
		for (const [form, status] of refusals) {
			const response = await postConsent(request, form);
			expect(response.status(), JSON.stringify(form).slice(0, 60)).toBe(status);
			expect(await response.text()).not.toContain('/research/delete/');
		}
		const visit = await request.get('/research/join', { maxRedirects: 0 });
		expect(visit.status()).toBe(303);
		expect(visit.headers().location).toBe('/research');
	}
);

/** The research page's heading, in each language. */
const RESEARCH_HEADING = {
	en: 'Open research data',
	de: 'Offene Forschungsdaten',
	es: 'Datos abiertos de investigación',
	fr: 'Données de recherche ouvertes',
	'pt-BR': 'Dados abertos de pesquisa'
} satisfies Record<Language['locale'], string>;

/** How the methodology says research data keeps the time, in each language. */
const MONTH_ONLY = {
	en: 'the month (not the day or time)',
	de: 'der Monat (nicht Tag oder Uhrzeit)',
	es: 'el mes (no el día ni la hora)',
	fr: 'le mois (ni le jour ni l’heure)',
	'pt-BR': 'o mês (não o dia nem a hora)'
} satisfies Record<Language['locale'], string>;

test('the research page says what is not known yet, in every language', ONCE, async ({ page }) => {
	await page.goto('/research');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(RESEARCH_HEADING.en);
	await expect(page.locator('[data-figure="retest"]')).toContainText('Not enough yet:');
	await expect(page.locator('[data-figure="reliability"] tbody tr')).toHaveCount(
		1 + CURRENT_BANK.dimensions.length
	);
	for (const language of LANGUAGES) {
		await page.goto(`${language.prefix}/research`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			RESEARCH_HEADING[language.locale]
		);
	}
});

test(
	'the open data is a CSV with one column per question, and the statistics JSON',
	ONCE,
	async ({ request }) => {
		const csv = await request.get('/research/data.csv');
		expect(csv.headers()['content-type']).toContain('text/csv');
		const [header] = (await csv.text()).split('\r\n');
		expect(header).toBe(
			[
				'respondent,bank,language,month,role,coding_years,organisation,contact,flagged',
				...CURRENT_BANK.questions.map((q) => q.id)
			].join(',')
		);
		const stats = await (await request.get('/research/stats.json')).json();
		expect(stats).toMatchObject({
			bank: CURRENT_BANK.version,
			overall: { alpha: null, omega: null }
		});
		expect(Object.keys(stats.dimensions)).toEqual(CURRENT_BANK.dimensions.map((d) => d.id));
	}
);

test(
	'the methodology states what research data stores, in every language',
	ONCE,
	async ({ page }) => {
		for (const language of LANGUAGES) {
			await page.goto(`${language.prefix}/how-it-works`);
			await expect(page.locator('#privacy').locator('..')).toContainText(
				MONTH_ONLY[language.locale]
			);
			await expect(page.locator('#privacy').locator('..')).toContainText('research_respondent');
		}
	}
);

/**
 * The HTTPS test server's database holds only what this test adds: 100 people at the
 * programmer end (overall 0) and 100 at the engineer end (100). A result in between then has
 * exactly half of the 200 below it.
 */
test(
	'from 200 people, a result says where it stands among them',
	ONCE,
	async ({ playwright, request }) => {
		const base = `http://127.0.0.1:${HTTPS_PORT}`;
		for (const code of [CODES.allProgrammer, CODES.allEngineer]) {
			for (let i = 0; i < 100; i++) {
				// A fresh context each time: 200 different people, none with a research cookie.
				const person = await playwright.request.newContext();
				const added = await person.post(`${base}/research/join`, {
					headers: { ...html, Origin: HTTPS_ORIGIN },
					form: { code },
					maxRedirects: 0
				});
				expect(added.status()).toBe(200);
				await person.dispose();
			}
		}
		const result = await request.get(`${base}/result/${OWN_RESULT}`, { headers: html });
		const text = (await result.text()).replace(/<[^>]+>/g, '');
		expect(text).toContain(
			'Among 200 people who shared their answers, 50% placed nearer programmer than you.'
		);
		expect(text).not.toContain('Rough so far');
	}
);

import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { handleLocale, LANGUAGE_COOKIE } from './locale';

interface Sent {
	response: Response;
	locale: string | undefined;
	html: string | undefined;
}

/** Runs the handle on one request; `answer` stands in for the page or action it reaches. */
async function send(
	path: string,
	{
		method = 'GET',
		headers = {},
		cookie,
		answer = () =>
			new Response('<html lang="%app.lang%">', { headers: { 'content-type': 'text/html' } })
	}: {
		method?: string;
		headers?: Record<string, string>;
		cookie?: string;
		answer?: () => Response;
	} = {}
): Promise<Sent> {
	const url = new URL(path, 'http://quiz.test');
	const event = {
		url,
		request: new Request(url, { method, headers }),
		cookies: { get: (name: string) => (name === LANGUAGE_COOKIE ? cookie : undefined) },
		locals: {}
	} as unknown as RequestEvent;
	let html: string | undefined;
	const response = await handleLocale({
		event,
		resolve: async (_event, options?: ResolveOptions) => {
			const response = answer();
			const body = await response.clone().text();
			html = body
				? ((await options?.transformPageChunk?.({ html: body, done: true })) ?? body)
				: undefined;
			return response;
		}
	});
	return { response, locale: event.locals.locale, html };
}

const redirectTo =
	(location: string, status = 303) =>
	() =>
		new Response(null, { status, headers: { Location: location } });

describe('the language of a request', () => {
	test('an address with a prefix is in that language, whatever the browser asks for', async () => {
		const { locale, html, response } = await send('/de/quiz/3', {
			headers: { 'accept-language': 'fr' },
			cookie: 'es'
		});
		expect(locale).toBe('de');
		expect(html).toBe('<html lang="de">');
		expect(response.headers.get('content-language')).toBe('de');
		expect(response.headers.get('vary')).toBeNull();
	});

	test('a language-free address takes the remembered choice, then Accept-Language, and says so in Vary', async () => {
		expect((await send('/', { headers: { 'accept-language': 'fr' }, cookie: 'es' })).locale).toBe(
			'es'
		);
		const { locale, html, response } = await send('/result/1-abc', {
			headers: { 'accept-language': 'pt-PT,en;q=0.5' }
		});
		expect(locale).toBe('pt-BR');
		expect(html).toBe('<html lang="pt-BR">');
		expect(response.headers.get('vary')).toBe('Accept-Language, Cookie');
	});

	test('with nothing to go on, English', async () => {
		expect((await send('/')).html).toBe('<html lang="en">');
	});
});

describe('redirects keep the language of the address', () => {
	test('an action under /de that redirects to /quiz/4 lands on /de/quiz/4', async () => {
		const { response } = await send('/de/quiz/3?/next', {
			method: 'POST',
			answer: redirectTo('/quiz/4')
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/de/quiz/4');
	});

	test('query, root and absolute same-site redirects keep it too', async () => {
		for (const [from, to, expected] of [
			['/pt-br/quiz/5', '/quiz/2?missing', '/pt-br/quiz/2?missing'],
			['/fr?/restart', '/', '/fr'],
			['/es/result/1-abc.', 'http://quiz.test/result/1-abc', '/es/result/1-abc']
		] as const) {
			const { response } = await send(from, { answer: redirectTo(to, 308) });
			expect(response.headers.get('location'), from).toBe(expected);
		}
	});

	test('a redirect that names a language, another site or a file is left alone', async () => {
		for (const [from, to] of [
			['/fr/language/de', '/de/quiz/3'],
			['/de/quiz/1', 'https://elsewhere.test/quiz/2'],
			['/de/x', '/og/engineer.png']
		] as const) {
			const { response } = await send(from, { answer: redirectTo(to) });
			expect(response.headers.get('location'), from).toBe(to);
		}
	});

	test('a language-free address redirects without a prefix', async () => {
		const { response } = await send('/quiz/3?/next', {
			method: 'POST',
			headers: { 'accept-language': 'de' },
			answer: redirectTo('/quiz/4')
		});
		expect(response.headers.get('location')).toBe('/quiz/4');
	});
});

describe('addresses the handle answers itself', () => {
	test('the language-free methodology page redirects to the reader’s prerendered copy', async () => {
		const { response } = await send('/how-it-works', { headers: { 'accept-language': 'es-MX' } });
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe('/es/how-it-works');
		expect(response.headers.get('vary')).toBe('Accept-Language, Cookie');
	});

	test('a prefix in capitals is corrected', async () => {
		const { response } = await send('/pt-BR/quiz/1?missing');
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/pt-br/quiz/1?missing');
	});
});

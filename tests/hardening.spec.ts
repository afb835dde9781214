import { expect, test, type APIRequestContext } from '@playwright/test';
import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CHOICES, CODES, progressCookie, QUESTIONS, SAMPLE_ANSWERS } from './quiz';
import { HTTPS_ORIGIN, HTTPS_PORT, PORT } from './servers';

// HTTP-level checks need no browser; playwright.config.ts runs them in the JS-on project only.

const html = { Accept: 'text/html' };

/** Posts a question's form as a browser on this site does: with the page's own Origin. */
async function post(
	request: APIRequestContext,
	step: number,
	form: Record<string, string> | string,
	headers: Record<string, string> = {}
) {
	const base = test.info().project.use.baseURL!;
	return request.post(`/quiz/${step}?/next`, {
		headers: { ...html, Origin: base, ...headers },
		...(typeof form === 'string' ? { data: form } : { form }),
		maxRedirects: 0
	});
}

async function answerFirst(request: APIRequestContext, count: number) {
	for (let i = 0; i < count; i++) {
		const response = await post(request, i + 1, {
			question: QUESTIONS[i]!.id,
			answer: String(i % CHOICES)
		});
		expect(response.status()).toBe(303);
	}
}

/** The person's earlier answers are still there: the steps they answered show them chosen. */
async function expectAnswersKept(request: APIRequestContext, count: number) {
	for (let i = 0; i < count; i++) {
		const page = await (await request.get(`/quiz/${i + 1}`, { headers: html })).text();
		expect(page).toMatch(new RegExp(`value="${i % CHOICES}"[^>]*aria-pressed="true"`));
	}
}

const hostileCodes = [
	'x'.repeat(10_000),
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'%E2%9C%93%F0%9F%98%80',
	'%E0%A4%A',
	'..%2F..%2Fetc%2Fpasswd',
	'1-%00',
	CODES.sample.slice(0, -1),
	CODES.sample + '0'
];

for (const code of hostileCodes) {
	test(`a hostile share code (${code.slice(0, 24)}) gets a 4xx page that echoes nothing`, async ({
		request
	}) => {
		const response = await request.get(`/result/${code}`, { headers: html });
		expect(response.status()).toBeGreaterThanOrEqual(400);
		expect(response.status()).toBeLessThan(500);
		const body = await response.text();
		expect(body).toContain('Go to the quiz');
		expect(body).not.toContain('<script>alert');
		expect(body).not.toContain('onerror=alert');
		expect(body).not.toContain(decodeURIComponentSafe(code).slice(0, 40));
	});
}

function decodeURIComponentSafe(text: string) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

test('an empty share code leads to the quiz, not an error', async ({ request }) => {
	const response = await request.get('/result/', { headers: html });
	expect(response.status()).toBe(200);
	expect(response.url()).toMatch(/\/quiz\/1$/);
});

const hostileForms: [string, Record<string, string> | string, Record<string, string>?][] = [
	['an out-of-range answer', { question: QUESTIONS[3]!.id, answer: '7' }],
	['a non-numeric answer', { question: QUESTIONS[3]!.id, answer: '<b>4</b>' }],
	[
		'a duplicated answer',
		`question=${QUESTIONS[3]!.id}&answer=1&answer=2`,
		{ 'Content-Type': 'application/x-www-form-urlencoded' }
	],
	['an unknown field', { question: QUESTIONS[3]!.id, answer: '2', score: '100' }],
	['the form of another question', { question: QUESTIONS[9]!.id, answer: '2' }],
	[
		'a JSON body',
		JSON.stringify({ question: QUESTIONS[3]!.id, answer: 2 }),
		{ 'Content-Type': 'application/json' }
	],
	['a plain-text body', 'answer=2', { 'Content-Type': 'text/plain' }],
	[
		'a broken multipart body',
		'--x\r\ngarbage',
		{ 'Content-Type': 'multipart/form-data; boundary=x' }
	],
	[
		'an oversized body',
		`question=${QUESTIONS[3]!.id}&answer=2&pad=${'a'.repeat(100_000)}`,
		{ 'Content-Type': 'application/x-www-form-urlencoded' }
	]
];

test('a form post with no answer goes back to its step, which says so, and keeps earlier answers', async ({
	request
}) => {
	await answerFirst(request, 3);
	const response = await post(request, 4, { question: QUESTIONS[3]!.id });
	// A redirect, so the address is the step's own and a reload posts nothing.
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/quiz/4?unanswered');
	await expectAnswersKept(request, 3);
});

for (const [name, form, headers] of hostileForms) {
	test(`a form post with ${name} gets a 4xx page and keeps earlier answers`, async ({
		request
	}) => {
		await answerFirst(request, 3);
		const response = await post(request, 4, form, headers);
		expect(response.status()).toBeGreaterThanOrEqual(400);
		expect(response.status()).toBeLessThan(500);
		const body = await response.text();
		expect(body).toContain('<html');
		expect(body).not.toContain('<b>4</b>');
		await expectAnswersKept(request, 3);
	});
}

test('a post to an action that does not exist is a 404, the reserved name too', async ({
	request
}) => {
	const base = test.info().project.use.baseURL!;
	// The reserved name also where SvelteKit finds it later in the query, or percent-encoded.
	for (const query of ['?/default', '?x&/default', '?%2Fdefault', '?/score', '?/%3Cscript%3E']) {
		const response = await request.post(`/quiz/1${query}`, {
			headers: { ...html, Origin: base },
			form: { answer: '1' }
		});
		expect(response.status(), query).toBe(404);
		expect(await response.text(), query).not.toContain('<script>');
	}
});

test('a form post for a question that does not exist is a 404', async ({ request }) => {
	const response = await post(request, 99, { question: 'x', answer: '1' });
	expect(response.status()).toBe(404);
});

const crossSitePosts: [string, Record<string, string>][] = [
	['from another site', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
	['with only the Origin of another site', { Origin: 'https://evil.example' }],
	['with `Origin: null` (a sandboxed or privacy-minded sender)', { Origin: 'null' }],
	['with the right host but the wrong scheme', { Origin: `https://127.0.0.1:${PORT}` }]
];

for (const [name, headers] of crossSitePosts) {
	test(`a form post ${name} is refused with a 403 and changes nothing`, async ({ request }) => {
		await answerFirst(request, 2);
		const response = await post(request, 3, { question: QUESTIONS[2]!.id, answer: '1' }, headers);
		expect(response.status()).toBe(403);
		expect(await response.text()).toBe('Cross-site POST form submissions are forbidden');
		expectSecurityHeaders(response.headers(), name);
		await expectAnswersKept(request, 2);
		const nextStep = await request.get('/quiz/3', { headers: html, maxRedirects: 0 });
		expect(await nextStep.text()).not.toMatch(/value="1"[^>]*aria-pressed="true"/);
	});
}

test('a form post with no Origin at all is refused with a 403', async ({ request }) => {
	const response = await request.post('/quiz/1?/next', {
		headers: html,
		form: { question: QUESTIONS[0]!.id, answer: '1' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie']).toBeUndefined();
});

test("a form post with this site's Origin alone is accepted", async ({ request }) => {
	const response = await post(request, 1, { question: QUESTIONS[0]!.id, answer: '1' });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/quiz/2');
});

test('rendered pages send a strict CSP and the security headers', async ({ request }) => {
	for (const path of ['/', '/quiz/1', `/result/${CODES.sample}`, '/no-such-page']) {
		const headers = (await request.get(path, { headers: html })).headers();
		const csp = headers['content-security-policy']!;
		for (const directive of [
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors 'none'",
			"script-src 'self'"
		]) {
			expect(csp, path).toContain(directive);
		}
		expect(csp, path).not.toContain('unsafe-inline');
		expect(headers['cache-control'], path).toBe('private, no-cache');
		expectSecurityHeaders(headers, path);
	}
});

test("a rendered page's inline styles carry a fresh nonce that its CSP names", async ({
	request
}) => {
	const nonces = [];
	for (let i = 0; i < 2; i++) {
		const response = await request.get('/', { headers: html });
		const nonce = /<style nonce="([^"]+)"/.exec(await response.text())?.[1];
		expect(nonce).toMatch(/^[\w+/=-]{16,}$/);
		expect(response.headers()['content-security-policy']).toContain(`'nonce-${nonce}'`);
		nonces.push(nonce);
	}
	expect(nonces[0]).not.toBe(nonces[1]);
});

test('prerendered pages and static files get the security headers too', async ({ request }) => {
	for (const path of ['/how-it-works', '/favicon.svg', '/og/both.png']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expectSecurityHeaders(headers, path);
	}
	const page = await (await request.get('/how-it-works')).text();
	expect(page).toMatch(
		/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/
	);
});

test('rendered pages ship no framework script, and only the pages it enhances carry the enhancement script', async ({
	request
}) => {
	for (const path of ['/', `/compare?r=${CODES.mixedV3}&r=${CODES.onCall}`, '/no-such-page']) {
		const page = await (await request.get(path, { headers: html })).text();
		expect(page, path).not.toContain('<script');
		expect(page, path).not.toContain('rel="modulepreload"');
	}
	// Each kind of page carries only its own part of the script.
	for (const [path, own, other] of [
		['/quiz/1', 'data-question-form', 'data-share-url'],
		[`/result/${CODES.sample}`, 'data-share-url', 'data-question-form']
	]) {
		const response = await request.get(path!, { headers: html });
		const page = await response.text();
		const scripts = [...page.matchAll(/<script\b([^>]*)>(.*?)<\/script>/gs)];
		expect(
			scripts.map(([, attributes]) => attributes),
			path
		).toEqual([' type="module"']);
		expect(scripts[0]![2], path).toContain(own);
		expect(scripts[0]![2], path).not.toContain(other);
		expect(page, path).not.toContain('rel="modulepreload"');
		// The policy names the inline script's hash, so that script runs and no other inline one.
		const hash = createHash('sha256').update(scripts[0]![2]!).digest('base64');
		expect(response.headers()['content-security-policy'], path).toContain(
			`script-src 'self' 'sha256-${hash}';`
		);
	}
});

function expectSecurityHeaders(headers: Record<string, string>, path: string) {
	expect(headers['x-content-type-options'], path).toBe('nosniff');
	expect(headers['referrer-policy'], path).toBe('same-origin');
	expect(headers['permissions-policy'], path).toContain('camera=()');
	expect(headers['strict-transport-security'], `${path}: no HSTS over plain HTTP`).toBeUndefined();
}

/** A GET that keeps the body exactly as it came over the wire, compressed or not. */
function rawGet(
	path: string,
	headers: Record<string, string>
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	const url = new URL(path, test.info().project.use.baseURL);
	return new Promise((resolve, reject) => {
		httpRequest(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode!,
					headers: response.headers,
					body: Buffer.concat(chunks)
				})
			);
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

const decoders = { br: brotliDecompressSync, gzip: gunzipSync };

function withoutNonces(page: Buffer): string {
	return page.toString().replace(/ nonce="[^"]+"/g, ' nonce=""');
}

// Which encoding, and when, is compress.spec.ts's; here, that both kinds of page arrive compressed.
test('a rendered and a prerendered page arrive compressed and decode to the page sent plain', async () => {
	for (const path of [`/result/${CODES.sample}`, '/en/how-it-works']) {
		const plain = await rawGet(path, { ...html, 'Accept-Encoding': 'identity' });
		expect(plain.headers['content-encoding'], path).toBeUndefined();
		const sent = await rawGet(path, { ...html, 'Accept-Encoding': 'gzip, br' });
		const encoding = sent.headers['content-encoding'] as keyof typeof decoders;
		expect(Object.keys(decoders), path).toContain(encoding);
		expect(sent.headers['vary'], path).toMatch(/accept-encoding/i);
		// Each rendered page carries a fresh CSP nonce; everything else is byte for byte the same.
		expect(withoutNonces(decoders[encoding](sent.body)), path).toBe(withoutNonces(plain.body));
	}
});

test('share links name the address the page was reached at', async ({ request }) => {
	const page = await request.get(`/result/${CODES.sample}`, { headers: html });
	expect(await page.text()).toContain(`http://127.0.0.1:${PORT}/result/${CODES.sample}`);
});

test('a client cannot claim HTTPS on a plain-HTTP server', async ({ request }) => {
	const claims = {
		'X-Forwarded-Proto': 'https',
		'X-Connection-Protocol': 'https',
		Forwarded: 'proto=https'
	};
	const page = await request.get('/', { headers: { ...html, ...claims } });
	expect(page.headers()['strict-transport-security']).toBeUndefined();
	const step = await post(request, 1, { question: QUESTIONS[0]!.id, answer: '1' }, claims);
	expect(step.status()).toBe(303);
	const cookie = step.headers()['set-cookie'];
	expect(cookie).toMatch(/^quiz_progress=/);
	expect(cookie).not.toMatch(/;\s*secure/i);
});

test.describe('behind a TLS proxy (ORIGIN=https://…)', () => {
	test.use({ baseURL: `http://127.0.0.1:${HTTPS_PORT}` });

	test('every response tells browsers to keep to HTTPS', async ({ request }) => {
		for (const path of ['/', '/quiz/1', '/how-it-works', '/favicon.svg', '/no-such-page']) {
			const response = await request.get(path, { headers: html });
			expect(response.headers()['strict-transport-security'], path).toBe(
				'max-age=63072000; includeSubDomains'
			);
		}
	});

	test('the progress cookie is marked Secure', async ({ request }) => {
		const step = await request.post('/quiz/1?/next', {
			headers: { ...html, Origin: HTTPS_ORIGIN },
			form: { question: QUESTIONS[0]!.id, answer: '1' },
			maxRedirects: 0
		});
		expect(step.status()).toBe(303);
		expect(step.headers()['set-cookie']).toMatch(/^quiz_progress=.*;\s*Secure/i);
	});

	test('the history cookie, written when the quiz is finished, is marked Secure', async ({
		request
	}) => {
		const last = SAMPLE_ANSWERS.length - 1;
		const step = await request.post(`/quiz/${last + 1}?/next`, {
			headers: {
				...html,
				Origin: HTTPS_ORIGIN,
				Cookie: `quiz_progress=${progressCookie([...SAMPLE_ANSWERS.slice(0, last), null])}`
			},
			form: { question: QUESTIONS[last]!.id, answer: String(SAMPLE_ANSWERS[last]) },
			maxRedirects: 0
		});
		expect(step.status()).toBe(303);
		expect(step.headers()['set-cookie']).toMatch(/(^|\n)results_history=[^\n]*;\s*Secure/i);
	});

	test('a form post must come from the HTTPS origin', async ({ request }) => {
		const step = await request.post('/quiz/1?/next', {
			headers: { ...html, Origin: `http://127.0.0.1:${HTTPS_PORT}` },
			form: { question: QUESTIONS[0]!.id, answer: '1' },
			maxRedirects: 0
		});
		expect(step.status()).toBe(403);
	});

	test('share links name the HTTPS origin', async ({ request }) => {
		const page = await request.get(`/result/${CODES.sample}`, {
			headers: html
		});
		expect(await page.text()).toContain(`${HTTPS_ORIGIN}/result/${CODES.sample}`);
	});
});

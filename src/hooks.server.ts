import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { HSTS, SECURITY_HEADERS } from '$lib/security-headers.js';
import { linkEnhanceScript } from '$lib/server/enhance-script';
import { correctScheme, isHttps } from '$lib/server/transport';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Below this, compressing costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

const platform: Handle = async ({ event, resolve }) => {
	correctScheme(event.url);
	// SvelteKit treats a post to the reserved action name `default` as a programming error (500).
	if (event.request.method === 'POST' && event.url.search.startsWith('?/default')) {
		return new Response('There is no such form action.', {
			status: 404,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	}
	if (UNSAFE_METHODS.has(event.request.method) && !isSameSite(event.request.headers, event.url)) {
		return new Response('This form was sent from another site, so it was refused.', {
			status: 403,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	}
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Rendered pages show one person's answers: browsers may keep them, shared caches may not.
	if (!response.headers.has('cache-control'))
		response.headers.set('Cache-Control', 'private, no-cache');
	if (isHttps(event.url)) response.headers.set('Strict-Transport-Security', HSTS);
	return compress(response, event.request.headers.get('accept-encoding') ?? '');
};

export const handle = sequence(platform, linkEnhanceScript);

/**
 * Refuses form posts made by other sites. Browsers send Sec-Fetch-Site on every request; with
 * `Referrer-Policy: no-referrer` they send `Origin: null` on form posts, so Origin alone cannot
 * tell. Where only Origin is sent, compare hosts, not schemes: behind a TLS proxy the server
 * cannot see the scheme.
 */
function isSameSite(headers: Headers, url: URL): boolean {
	const site = headers.get('sec-fetch-site');
	if (site) return site === 'same-origin' || site === 'none';
	const origin = headers.get('origin');
	// No origin at all: not a browser page. "null": an older browser that obeys our no-referrer
	// policy but predates Sec-Fetch-Site; the SameSite=Lax cookie still keeps other sites out.
	if (origin === null || origin === 'null') return true;
	try {
		return new URL(origin).host === url.host;
	} catch {
		return false;
	}
}

/**
 * adapter-node compresses static files ahead of time (precompress) but not rendered pages.
 * Pages here are a few kilobytes, so compressing them whole in memory is cheap and simple.
 */
async function compress(response: Response, acceptEncoding: string): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		response.headers.has('content-encoding') ||
		!/^(text\/|application\/json)/.test(type)
	) {
		return response;
	}
	const encoding = /\bbr\b/.test(acceptEncoding)
		? 'br'
		: /\bgzip\b/.test(acceptEncoding)
			? 'gzip'
			: null;
	const headers = new Headers(response.headers);
	headers.append('Vary', 'Accept-Encoding');
	const body = Buffer.from(await response.arrayBuffer());
	if (!encoding || body.length < MIN_COMPRESS_BYTES) {
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const compressed =
		encoding === 'br'
			? brotliCompressSync(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 4,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				})
			: gzipSync(body, { level: 6 });
	headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(compressed.length));
	return new Response(compressed, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

/** Never show a stack trace or an internal message to the person. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	if (status === 404) return { message: 'Page not found', kind: 'not-found' };
	if (status < 500) {
		return {
			message: 'The request was not in a form this site understands, so nothing was changed.',
			kind: 'bad-request'
		};
	}
	return { message: 'Something went wrong on our side.' };
};

import type { Handle, HandleServerError } from '@sveltejs/kit';
import { correctScheme, isHttps } from '$lib/server/transport';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers for every dynamic response; the CSP itself comes from svelte.config.js. */
const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	// Share links carry someone's answers: never leak them to another site.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY'
};

export const handle: Handle = async ({ event, resolve }) => {
	correctScheme(event.url);
	if (UNSAFE_METHODS.has(event.request.method) && !isSameSite(event.request.headers, event.url)) {
		return new Response('This form was sent from another site, so it was refused.', {
			status: 403,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	}
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (isHttps(event.url)) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	return response;
};

/**
 * Refuses form posts made by other sites. Browsers send Sec-Fetch-Site on every request; with
 * `Referrer-Policy: no-referrer` they send `Origin: null` on form posts, so Origin alone cannot
 * tell. Where only Origin is sent, compare hosts, not schemes: behind a TLS proxy the server
 * cannot see the scheme. A request with neither header does not come from a browser page.
 */
function isSameSite(headers: Headers, url: URL): boolean {
	const site = headers.get('sec-fetch-site');
	if (site) return site === 'same-origin' || site === 'none';
	const origin = headers.get('origin');
	if (origin === null) return true;
	try {
		return new URL(origin).host === url.host;
	} catch {
		return false;
	}
}

/** Never show a stack trace or an internal message to the person. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'Page not found' : 'Something went wrong on our side.' };
};

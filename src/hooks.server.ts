import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { compress } from '$lib/server/compress';
import { inlineEnhanceScript } from '$lib/server/enhance-script';
import { handleLocale } from '$lib/server/locale';

/**
 * SvelteKit treats a post to the reserved action name `default` as a programming error (a 500).
 * To a visitor it is just an action that does not exist.
 */
const refuseReservedAction: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST' && event.url.search.startsWith('?/default')) {
		return new Response('There is no such form action.', {
			status: 404,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/** Rendered pages show one person's answers: their browser may keep them, shared caches may not. */
const keepPagesPrivate: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!response.headers.has('cache-control'))
		response.headers.set('Cache-Control', 'private, no-cache');
	return response;
};

/**
 * Each handle does one job; a request passes through them in this order and its response back
 * out in reverse, so `compress` sees the finished page. Form posts from other sites never get
 * here: SvelteKit's own CSRF check refuses them first. Security headers are set in src/server.js.
 */
export const handle = sequence(
	compress,
	keepPagesPrivate,
	refuseReservedAction,
	handleLocale,
	inlineEnhanceScript
);

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

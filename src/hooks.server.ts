import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { sequence } from '@sveltejs/kit/hooks';
import { contentFor } from '$lib/content';
import { errorKind } from '$lib/error-kind';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import { compress } from '$lib/server/compress';
import { appStore } from '$lib/server/db';
import { inlineEnhanceScript } from '$lib/server/enhance-script';
import { handleLocale } from '$lib/server/locale';

/**
 * The research database is created, or brought up to date, when the server starts, not on the
 * first submission. If it cannot be reached, the quiz still serves; the research pages retry.
 */
export const init: ServerInit = async () => {
	if (building) return;
	await appStore().catch((error: unknown) =>
		console.error(
			'Research database unavailable at start:',
			error instanceof Error ? error.message : error
		)
	);
};

/**
 * SvelteKit treats a post to the reserved action name `default` as a programming error (a 500).
 * To a visitor it is just an action that does not exist, refused in their language.
 */
const refuseReservedAction: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST' && actionName(event.url) === 'default') {
		const { kinds } = contentFor(event.locals.locale).site.error;
		return new Response(kinds['not-found'].message, {
			status: 404,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/**
 * The action a form post names, read as SvelteKit reads it: the first query parameter whose
 * (decoded) name starts with `/`, wherever it stands in the query.
 */
function actionName(url: URL): string | undefined {
	for (const name of url.searchParams.keys()) {
		if (name.startsWith('/')) return name.slice(1);
	}
	return undefined;
}

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
	handleLocale,
	refuseReservedAction,
	inlineEnhanceScript
);

/**
 * Never show a stack trace or an internal message to the person: the message is the one their
 * language gives the error's kind, the same kind the error page takes its title from.
 */
export const handleError: HandleServerError = ({ error, status, event }) => {
	if (status >= 500) console.error(error);
	// Set by handleLocale, unless the request failed before it got there.
	const { kinds } = contentFor(event.locals.locale ?? DEFAULT_LOCALE).site.error;
	const kind = errorKind(status);
	return { message: kinds[kind].message, kind };
};

import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import sources from 'virtual:enhancement-script';
import type { EnhancedPage } from '$lib/enhance';
import { allowScript } from './csp';

/** Where src/app.html takes the enhancement script: an inline script element, whatever its spacing. */
const PLACEHOLDER = /<script type="module">\s*%app\.enhance%\s*<\/script>/;

/**
 * The pages with something to enhance: a question (one tap, the next question at once, the digit
 * keys), a result (copy, share and print). The others (landing, comparison, methodology, errors)
 * get no script at all.
 */
const ENHANCED_ROUTES: Readonly<Record<string, EnhancedPage>> = {
	'/quiz/[step]': 'question',
	'/result/[code]': 'result'
};

const INLINE = Object.fromEntries(
	Object.entries(sources).map(([page, source]) => {
		if (source.includes('</script'))
			throw new Error('The enhancement script cannot be inlined as it is.');
		const hash = `sha256-${createHash('sha256').update(source).digest('base64')}`;
		return [page, { script: `<script type="module">${source}</script>`, hash }];
	})
) as Record<EnhancedPage, { script: string; hash: string }>;

/**
 * Inlines src/lib/enhance.ts (bundled by vite.config.ts) into the pages it enhances, and lets
 * exactly that script run: the page's CSP names its hash. Inline rather than a file of its own,
 * so that no request stands between a phone and the first paint.
 */
export const inlineEnhanceScript: Handle = async ({ event, resolve }) => {
	const page = Object.hasOwn(ENHANCED_ROUTES, event.route.id ?? '')
		? INLINE[ENHANCED_ROUTES[event.route.id!]!]
		: undefined;
	const response = await resolve(event, {
		// A function, so that no `$` in the script is read as a replacement pattern.
		transformPageChunk: ({ html }) => html.replace(PLACEHOLDER, () => page?.script ?? '')
	});
	const csp = response.headers.get('content-security-policy');
	if (page && csp && response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('content-security-policy', allowScript(csp, page.hash));
	}
	return response;
};

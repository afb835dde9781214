import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import source from 'virtual:enhancement-script';
import { allowScript } from './csp';

/** Where src/app.html takes the enhancement script: an inline script element, whatever its spacing. */
const PLACEHOLDER = /<script type="module">\s*%app\.enhance%\s*<\/script>/;

/**
 * The pages with something to enhance: the digit keys on a question, the copy, share and print
 * buttons on a result. The others (landing, comparison, methodology, errors) get no script at all.
 */
const ENHANCED_ROUTES = new Set(['/quiz/[step]', '/result/[code]']);

if (source.includes('</script'))
	throw new Error('The enhancement script cannot be inlined as it is.');
const SCRIPT = `<script type="module">${source}</script>`;
const HASH = `sha256-${createHash('sha256').update(source).digest('base64')}`;

/**
 * Inlines src/lib/enhance.ts (bundled by vite.config.ts) into the pages it enhances, and lets
 * exactly that script run: the page's CSP names its hash. Inline rather than a file of its own,
 * so that no request stands between a phone and the first paint.
 */
export const inlineEnhanceScript: Handle = async ({ event, resolve }) => {
	const enhanced = ENHANCED_ROUTES.has(event.route.id ?? '');
	const response = await resolve(event, {
		// A function, so that no `$` in the script is read as a replacement pattern.
		transformPageChunk: ({ html }) => html.replace(PLACEHOLDER, () => (enhanced ? SCRIPT : ''))
	});
	const csp = response.headers.get('content-security-policy');
	if (enhanced && csp && response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('content-security-policy', allowScript(csp, HASH));
	}
	return response;
};

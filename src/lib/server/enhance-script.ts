import type { Handle } from '@sveltejs/kit';
// Vite bundles a `?worker&url` import on its own, as a classic script with a content hash in its
// name, and gives its URL; vite.config.ts puts it with the other hashed assets. Nothing about it
// is a web worker.
import enhanceUrl from '$lib/enhance?worker&url';

/** Where src/app.html asks for the enhancement script. */
const PLACEHOLDER = '%app.enhance%';

/**
 * Points every page's script tag (src/app.html) at the current, content-hashed build of
 * src/lib/enhance.ts, so browsers may cache it forever and never run a stale copy.
 */
export const linkEnhanceScript: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace(PLACEHOLDER, enhanceUrl) });

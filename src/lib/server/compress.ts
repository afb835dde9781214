import type { Handle } from '@sveltejs/kit';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;

/**
 * Compresses rendered pages: adapter-node compresses static files ahead of time (precompress)
 * but not what SvelteKit renders. Pages are a few kilobytes, so each is compressed whole.
 */
export const compress: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (
		!response.body ||
		response.headers.has('content-encoding') ||
		!response.headers.get('content-type')?.startsWith('text/')
	) {
		return response;
	}
	const accepted = event.request.headers.get('accept-encoding') ?? '';
	const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
	const headers = new Headers(response.headers);
	headers.append('Vary', 'Accept-Encoding');
	const body = new Uint8Array(await response.arrayBuffer());
	if (!encoding || body.length < MIN_BYTES) {
		return new Response(body, { status: response.status, headers });
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
	return new Response(compressed, { status: response.status, headers });
};

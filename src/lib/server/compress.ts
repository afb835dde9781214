import type { Handle } from '@sveltejs/kit';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** See `compress` for why. */
const GZIP_LEVEL = 3;

/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;

/**
 * Compresses rendered pages (adapter-node compresses static files ahead of time, at Brotli's best,
 * not what SvelteKit renders). Each page is compressed whole, on libuv's thread pool, so the event
 * loop serves other requests meanwhile.
 *
 * Gzip at level 3 where the browser takes it, which every browser does. Levels 1 to 3 share zlib's
 * fast strategy and cost the same here (about 0.3 ms for a French result page), but level 3 is
 * 600 bytes smaller, which keeps the longest result pages, headers included, inside the 14.6 KB a
 * new connection delivers in its first round trip: one more round trip would cost a phone 150 ms
 * of LCP. Async Brotli (quality 3) cost the result page a third of its throughput: Node sets up and
 * tears down each Brotli stream on the event loop. Brotli (quality 1) only where gzip is refused.
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
	const encoding = accepts(accepted, 'gzip') ? 'gzip' : accepts(accepted, 'br') ? 'br' : null;
	const { status } = response;
	const headers = new Headers(response.headers);
	headers.append('Vary', 'Accept-Encoding');
	const body = new Uint8Array(await response.arrayBuffer());
	if (!encoding || body.length < MIN_BYTES) return new Response(body, { status, headers });

	const compressed =
		encoding === 'gzip'
			? await gzipAsync(body, { level: GZIP_LEVEL })
			: await brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 1,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				});
	headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(compressed.length));
	return new Response(compressed, { status, headers });
};

/** Whether an Accept-Encoding header lists `coding` without refusing it (`;q=0`). */
function accepts(header: string, coding: string): boolean {
	return header.split(',').some((entry) => {
		const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
		const q = params.find((param) => param.startsWith('q='));
		return name === coding && (q === undefined || Number(q.slice(2)) > 0);
	});
}

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
 * Compresses rendered pages whole, off the event loop (static files are precompressed at build).
 * Gzip 3 costs what gzip 1 does and keeps the longest result page in a new connection's first round
 * trip; Brotli only where gzip is refused, as Node sets up each Brotli stream on the event loop.
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

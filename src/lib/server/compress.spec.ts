import type { RequestEvent } from '@sveltejs/kit';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress } from './compress';

const PAGE = `<!doctype html><p>${'A page long enough to be worth compressing. '.repeat(60)}</p>`;

async function send(
	acceptEncoding: string | null,
	response = new Response(PAGE, { headers: { 'Content-Type': 'text/html' } })
) {
	const headers: Record<string, string> =
		acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding };
	const event = { request: new Request('http://localhost/', { headers }) } as RequestEvent;
	const sent = await compress({ event, resolve: async () => response });
	return { sent, body: Buffer.from(await sent.arrayBuffer()) };
}

describe('compress', () => {
	it('sends gzip to a browser that takes gzip and Brotli', async () => {
		const { sent, body } = await send('gzip, deflate, br, zstd');
		expect(sent.headers.get('content-encoding')).toBe('gzip');
		expect(sent.headers.get('content-length')).toBe(String(body.length));
		expect(sent.headers.get('vary')).toBe('Accept-Encoding');
		expect(gunzipSync(body).toString()).toBe(PAGE);
	});

	it('sends Brotli where gzip is not taken or refused', async () => {
		for (const accepted of ['br', 'gzip;q=0, br']) {
			const { sent, body } = await send(accepted);
			expect(sent.headers.get('content-encoding'), accepted).toBe('br');
			expect(brotliDecompressSync(body).toString(), accepted).toBe(PAGE);
		}
	});

	it('sends the page as it is where neither is taken', async () => {
		for (const accepted of [null, 'identity', 'deflate', 'gzip;q=0', 'gzipped']) {
			const { sent, body } = await send(accepted);
			expect(sent.headers.get('content-encoding'), String(accepted)).toBeNull();
			expect(sent.headers.get('vary'), String(accepted)).toBe('Accept-Encoding');
			expect(body.toString(), String(accepted)).toBe(PAGE);
		}
	});

	it('leaves small pages, other types and empty bodies alone', async () => {
		const small = await send(
			'gzip',
			new Response('<p>Hi</p>', { headers: { 'Content-Type': 'text/html' } })
		);
		expect(small.sent.headers.get('content-encoding')).toBeNull();
		expect(small.body.toString()).toBe('<p>Hi</p>');

		const image = new Response(PAGE, { headers: { 'Content-Type': 'image/svg+xml' } });
		expect((await send('gzip', image)).sent).toBe(image);

		const redirect = new Response(null, { status: 303, headers: { Location: '/quiz/1' } });
		expect((await send('gzip', redirect)).sent).toBe(redirect);
	});

	it('keeps the status and the other headers', async () => {
		const notFound = new Response(PAGE, {
			status: 404,
			headers: { 'Content-Type': 'text/html', 'Cache-Control': 'private, no-cache' }
		});
		const { sent } = await send('gzip', notFound);
		expect(sent.status).toBe(404);
		expect(sent.headers.get('cache-control')).toBe('private, no-cache');
		expect(sent.headers.get('content-type')).toBe('text/html');
	});
});

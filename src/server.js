/**
 * The production server (`npm start`): adapter-node's request handler, with the security
 * headers on every response. SvelteKit's hooks never see prerendered pages, static files or
 * SvelteKit's own refusals, so this is the one place those headers are set.
 *
 * Environment: PORT and HOST as in adapter-node (defaults 3000 and 0.0.0.0); ORIGIN or
 * PROTOCOL_HEADER behind a proxy (see README, Deploying); BODY_SIZE_LIMIT (default 16K).
 */
import { createServer } from 'node:http';
import { BASELINE_CSP, HSTS, SECURITY_HEADERS } from './lib/security-headers.js';

// A step's form is a few dozen bytes; refuse anything much larger before reading it.
process.env.BODY_SIZE_LIMIT ??= '16K';

/**
 * adapter-node builds each request's URL from ORIGIN or, failing that, from the scheme a proxy
 * names in PROTOCOL_HEADER, and otherwise guesses https. Without either, it reads this header
 * instead, which the server below writes from the connection itself on every request,
 * overwriting anything the client sent: SvelteKit then sees the scheme people actually use,
 * checks a form's Origin against it, and marks cookies Secure only over HTTPS.
 */
const CONNECTION_PROTOCOL = 'x-connection-protocol';
const ORIGIN = process.env.ORIGIN;
if (!ORIGIN) process.env.PROTOCOL_HEADER ||= CONNECTION_PROTOCOL;
const protocolHeader = (process.env.PROTOCOL_HEADER ?? '').toLowerCase();
const describesConnection = !ORIGIN && protocolHeader === CONNECTION_PROTOCOL;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// Resolved at run time: build/ only exists after `npm run build`.
const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

const server = createServer((req, res) => {
	if (describesConnection) {
		req.headers[CONNECTION_PROTOCOL] =
			'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	// Rendered pages replace this with the full policy from svelte.config.js.
	res.setHeader('Content-Security-Policy', BASELINE_CSP);
	if (servedOverHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
	handler(req, res);
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => server.close(() => process.exit(0)));
}

/** @param {import('node:http').IncomingMessage} req */
function servedOverHttps(req) {
	if (ORIGIN) return ORIGIN.startsWith('https:');
	return req.headers[protocolHeader] === 'https';
}

/**
 * The production server (`npm start`): adapter-node's handler, plus the security headers on
 * every response. SvelteKit's hooks never see prerendered pages or static files, which sirv
 * serves before the app, so the headers are set here first and the hook adds the CSP on top.
 * PORT and HOST work as in adapter-node (defaults 3000 and 0.0.0.0).
 */
import { createServer } from 'node:http';
import { BASELINE_CSP, SECURITY_HEADERS } from './lib/security-headers.js';

// A step's form is a few dozen bytes; refuse anything much larger before reading it.
process.env.BODY_SIZE_LIMIT ??= '16K';

// Resolved at run time: build/ only exists after `npm run build`.
const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = createServer((req, res) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	res.setHeader('Content-Security-Policy', BASELINE_CSP);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}

/**
 * The production server (`npm start`): adapter-node's request handler, one process per CPU core,
 * with the security headers on every response. SvelteKit's hooks never see prerendered pages,
 * static files or SvelteKit's own refusals, so this is the one place those headers are set.
 *
 * Environment: PORT and HOST as in adapter-node (defaults 3000 and 0.0.0.0); WEB_CONCURRENCY,
 * how many processes serve requests (default: one per core); ORIGIN or PROTOCOL_HEADER behind
 * a proxy (see README, Deploying); BODY_SIZE_LIMIT (default 16K); BUILD_DIR, the build to serve
 * (default build/).
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDir } from './lib/build-dir.js';
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
// Also true in workers, which inherit the environment set above.
const describesConnection = !ORIGIN && protocolHeader === CONNECTION_PROTOCOL;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const workers = workerCount(process.env.WEB_CONCURRENCY);

if (workers > 1 && cluster.isPrimary) superviseWorkers(workers);
else await serve();

/**
 * @param {string | undefined} setting
 * @returns {number}
 */
function workerCount(setting) {
	if (setting === undefined || setting === '') return availableParallelism();
	const count = Number(setting);
	if (!Number.isInteger(count) || count < 1) {
		console.error(`WEB_CONCURRENCY must be a whole number of at least 1, not "${setting}".`);
		process.exit(1);
	}
	return count;
}

/** One process that serves requests: a worker, or the whole server when there is only one. */
async function serve() {
	// Resolved at run time: the build only exists after `npm run build`.
	const root = fileURLToPath(new URL('..', import.meta.url));
	const { handler } = await import(pathToFileURL(resolve(root, buildDir(), 'handler.js')).href);

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
		if (cluster.isPrimary) console.log(`Listening on ${address()}`);
	});

	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => server.close(() => process.exit(0)));
	}
}

/** @param {import('node:http').IncomingMessage} req */
function servedOverHttps(req) {
	if (ORIGIN) return ORIGIN.startsWith('https:');
	return req.headers[protocolHeader] === 'https';
}

/**
 * Starts `count` workers sharing the port, and replaces any that dies. A worker that dies
 * before it ever listened means the server cannot start (no build, port taken): stop them all.
 * @param {number} count
 */
function superviseWorkers(count) {
	let stopping = false;
	/** @type {Set<number>} */
	const listened = new Set();

	for (let i = 0; i < count; i++) cluster.fork();

	cluster.on('listening', (worker) => {
		listened.add(worker.id);
		if (listened.size === count) console.log(`Listening on ${address()} (${count} workers)`);
	});

	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
			return;
		}
		const how = signal ?? `exit code ${code}`;
		if (!listened.has(worker.id)) {
			console.error(`A worker stopped before it could serve (${how}); stopping the server.`);
			stop(1);
			return;
		}
		console.error(`A worker stopped (${how}); starting another.`);
		cluster.fork();
	});

	/** @param {number} exitCode */
	function stop(exitCode) {
		stopping = true;
		process.exitCode = exitCode;
		const running = Object.values(cluster.workers ?? {});
		if (running.length === 0) process.exit();
		for (const worker of running) worker?.process.kill('SIGTERM');
	}

	for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop(0));
}

function address() {
	return `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
}

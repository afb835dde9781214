import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

/** Every child still running, so they can be killed however the benchmark ends. */
const running = new Set();

process.on('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	// Without a handler Node would die without running the 'exit' handler above.
	process.on(signal, () => process.exit(128 + constants.signals[signal]));
}

/**
 * Kills `child` too if the benchmark ends before it does, on an error or a signal.
 * @param {ChildProcess} child
 */
export function track(child) {
	running.add(child);
	child.once('exit', () => running.delete(child));
}

/**
 * A port that was free a moment ago on 127.0.0.1.
 * @returns {Promise<number>}
 */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Runs a command to completion, its output on our stderr so stdout stays for the results.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<void>}
 */
export function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 2, 2] });
		track(child);
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (code === 0) resolve();
			else
				reject(
					new Error(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`})`)
				);
		});
	});
}

/**
 * Starts a long-running Node process and waits until `url` answers.
 * @param {string[]} args arguments to `node`
 * @param {string} url
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<ChildProcess>}
 */
export async function startServer(args, url, env = {}) {
	// process.execPath, not a shell: the child's pid is then the server itself, whose memory is sampled.
	const child = spawn(process.execPath, args, {
		stdio: ['ignore', 'ignore', 2],
		env: { ...process.env, ...env }
	});
	track(child);
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`\`node ${args.join(' ')}\` exited with code ${child.exitCode}`);
		if (await answers(url)) return child;
		await sleep(100);
	}
	await stopServer(child);
	throw new Error(`\`node ${args.join(' ')}\` did not answer at ${url} within 20 s`);
}

/**
 * Stops a server: SIGTERM, and SIGKILL if it has not exited within a few seconds.
 * @param {ChildProcess} child
 * @returns {Promise<void>}
 */
export async function stopServer(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/**
 * Throws if a server has exited on its own, so its measurements cannot be trusted.
 * @param {ChildProcess} child
 * @param {string} what the server, for the message
 */
export function assertRunning(child, what) {
	if (child.exitCode === null && child.signalCode === null) return;
	// adapter-node exits with code 0 when it shuts down gracefully on a SIGTERM or SIGINT.
	throw new Error(
		`${what} exited during the benchmark (${child.signalCode ?? `exit code ${child.exitCode}`})`
	);
}

/**
 * @param {string} url
 * @returns {Promise<boolean>}
 */
async function answers(url) {
	try {
		await fetchRaw(url);
		return true;
	} catch {
		return false;
	}
}

/**
 * GETs a URL and keeps the body exactly as it came over the wire (not decompressed, unlike fetch()).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
export function fetchRaw(url, headers = {}) {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers }, (response) => {
			/** @type {Buffer[]} */
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks)
				})
			);
			response.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(5_000, () => req.destroy(new Error(`GET ${url} timed out`)));
		req.end();
	});
}

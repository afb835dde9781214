import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const DURATION_S = 10;
/** A short unmeasured run first, so the JIT has warmed up before the measured one. */
export const WARMUP_S = 2;
/** What browsers accept: the load asks for what they get. */
export const ACCEPT_ENCODING = 'gzip, br';
const HEADERS = { 'accept-encoding': ACCEPT_ENCODING };

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond average over the run
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} errors connection errors and timeouts
 * @property {number} non2xx
 * @property {number} peakRssMB the server's highest resident memory seen during the run, all its
 * processes together
 */

/**
 * Puts `url` under load and samples the server's memory (with its workers) meanwhile.
 * @param {string} url
 * @param {number} serverPid
 * @returns {Promise<LoadResult>}
 */
export async function loadTest(url, serverPid) {
	await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, headers: HEADERS });
	let peakKB = treeRssKB(serverPid);
	const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(serverPid))), 100);
	try {
		const result = await autocannon({
			url,
			connections: CONNECTIONS,
			duration: DURATION_S,
			headers: HEADERS
		});
		return {
			requestsPerSecond: result.requests.average,
			p50Ms: result.latency.p50,
			p99Ms: result.latency.p99,
			errors: result.errors,
			non2xx: result.non2xx,
			peakRssMB: peakKB / 1024
		};
	} finally {
		clearInterval(sampler);
	}
}

/**
 * The resident memory of a process and all its descendants now, in KiB.
 * @param {number} pid
 */
function treeRssKB(pid) {
	/** @type {Map<number, number[]>} */
	const children = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The parent's pid is the 2nd field after the command name, which may contain spaces.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const queue = [pid];
	for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
		total += rssKB(next);
		queue.push(...(children.get(next) ?? []));
	}
	return total;
}

/**
 * The process's resident memory now, in KiB (0 once it has gone).
 * @param {number} pid
 */
function rssKB(pid) {
	try {
		const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

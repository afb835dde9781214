import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
/** Each target's measured time in all, in slices: see loadTests. */
export const DURATION_S = 10;
export const SLICES = 5;
/** A short unmeasured run first, so the JIT has warmed up before the measured one. */
export const WARMUP_S = 2;
/** What browsers accept: the load asks for what they get. */
export const ACCEPT_ENCODING = 'gzip, br';
const HEADERS = { 'accept-encoding': ACCEPT_ENCODING };

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond average over the run
 * @property {number} p50Ms the median of the slices' medians
 * @property {number} p99Ms the highest of the slices' 99th percentiles
 * @property {number} errors connection errors and timeouts
 * @property {number} non2xx
 * @property {number} peakRssMB the server's highest resident memory seen during the run, all its
 * processes together
 * @property {number} cpuMsPerRequest the server's CPU time (user and system, all its processes)
 * over the measured slices, per request answered
 */

/**
 * Puts each URL under load in turn, in short slices taken round-robin (floor, page, page, floor,
 * …) rather than one long run each. Other work on the machine then slows each target alike, so
 * the ratios between them hold even where the totals move. Samples the server's memory (with its
 * workers) meanwhile.
 * @param {string[]} urls
 * @param {number} serverPid
 * @returns {Promise<LoadResult[]>}
 */
export async function loadTests(urls, serverPid) {
	for (const url of urls) {
		await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, headers: HEADERS });
	}
	/** @type {import('autocannon').Result[][]} */
	const slices = urls.map(() => []);
	const peakKB = urls.map(() => 0);
	const cpuMs = urls.map(() => 0);
	for (let slice = 0; slice < SLICES; slice++) {
		for (const [i, url] of urls.entries()) {
			const sampler = setInterval(
				() => (peakKB[i] = Math.max(peakKB[i] ?? 0, treeRssKB(serverPid))),
				100
			);
			const cpuBefore = treeCpuMs(serverPid);
			try {
				slices[i]?.push(
					await autocannon({
						url,
						connections: CONNECTIONS,
						duration: DURATION_S / SLICES,
						headers: HEADERS
					})
				);
			} finally {
				clearInterval(sampler);
				cpuMs[i] = (cpuMs[i] ?? 0) + treeCpuMs(serverPid) - cpuBefore;
			}
		}
	}
	return slices.map((runs, i) => {
		const sum = (/** @type {(run: import('autocannon').Result) => number} */ pick) =>
			runs.reduce((total, run) => total + pick(run), 0);
		const medians = runs.map((run) => run.latency.p50).sort((a, b) => a - b);
		return {
			requestsPerSecond: sum((run) => run.requests.total) / sum((run) => run.duration),
			p50Ms: medians[Math.floor(medians.length / 2)] ?? NaN,
			p99Ms: Math.max(...runs.map((run) => run.latency.p99)),
			errors: sum((run) => run.errors),
			non2xx: sum((run) => run.non2xx),
			peakRssMB: (peakKB[i] ?? 0) / 1024,
			cpuMsPerRequest: (cpuMs[i] ?? 0) / sum((run) => run.requests.total)
		};
	});
}

/**
 * A process and all its descendants now.
 * @param {number} pid
 * @returns {number[]}
 */
function processTree(pid) {
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
	const tree = [];
	const queue = [pid];
	for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
		tree.push(next);
		queue.push(...(children.get(next) ?? []));
	}
	return tree;
}

/**
 * The resident memory of a process and all its descendants now, in KiB.
 * @param {number} pid
 */
function treeRssKB(pid) {
	return processTree(pid).reduce((total, next) => total + rssKB(next), 0);
}

/** Clock ticks per second of /proc's CPU times: 100 on Linux for every architecture we run on. */
const CLOCK_TICKS = 100;

/**
 * The CPU time a process and its descendants have used so far, user and system, in ms.
 * @param {number} pid
 */
function treeCpuMs(pid) {
	let ticks = 0;
	for (const next of processTree(pid)) {
		try {
			const stat = readFileSync(`/proc/${next}/stat`, 'utf8');
			// utime and stime are fields 14 and 15; after the command name, the 12th and 13th.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// The process ended while we looked.
		}
	}
	return (ticks * 1000) / CLOCK_TICKS;
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

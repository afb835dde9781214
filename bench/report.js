/** 1 KB = 1024 bytes, as browsers' developer tools count. */
const KB = 1024;

/** Bytes on the wire for a fresh load, per page name; pages not listed have no byte budget. */
const TRANSFER_BUDGETS_KB = {
	landing: 20,
	question: 15,
	result: 25,
	'question (de)': 15,
	'result (fr)': 25,
	compare: 25
};
const LCP_BUDGET_MS = 1000;
/**
 * Guards against regression, not targets: requests per second a rendered page must keep, as a
 * share of the framework's floor (a bare SvelteKit redirect) on the same server, one worker. A
 * SvelteKit page that renders nothing reaches about half the floor.
 */
const FLOOR_RATIO_GUARDS = { landing: 0.25, result: 0.12 };
/** From a tap on an answer to the next question on screen, with JS, on the throttled phone. */
const TAP_MEDIAN_BUDGET_MS = 100;
const TAP_SLOWEST_BUDGET_MS = 150;

/**
 * @typedef {object} PageResult
 * @property {string} name
 * @property {string} path
 * @property {import('./browser.js').Transfer} transfer
 * @property {import('./lighthouse.js').LighthouseResult} lighthouse
 */

/**
 * @typedef {object} LoadRun
 * @property {string} name
 * @property {string} path
 * @property {number} workers server processes
 * @property {import('./load.js').LoadResult} result
 */

/**
 * @typedef {object} PageHeaders
 * @property {string} name
 * @property {string} csp
 * @property {string} cacheControl
 * @property {string} contentEncoding
 */

/**
 * @typedef {object} Results
 * @property {string} timestamp
 * @property {string} node
 * @property {string} chromium
 * @property {string | null} lighthouse
 * @property {number} cores
 * @property {{ connections: number, durationS: number, slices: number, warmupS: number, lighthouse: string }} settings
 * @property {PageResult[]} pages
 * @property {PageHeaders[]} headers
 * @property {LoadRun[]} load the floor and pages under load, with one worker, then one per core
 * @property {QuizTaps} quiz
 * @property {{ runs: import('./research.js').ResearchRun[], skipped: string[] }} research
 *   research submissions under load, on SQLite and (where configured) PostgreSQL
 */

/**
 * @typedef {object} QuizTaps
 * @property {number} tapsPerAnswer taps taken per answer through the whole quiz
 * @property {typeof import('./browser.js').PHONE} phone
 * @property {import('./browser.js').TapTimes} withJs tap → next question, each tap, with JavaScript
 * @property {import('./browser.js').TapTimes} withoutJs the same without JavaScript: one post and
 * one page per answer
 */

/** Research submissions per second that SQLite must sustain (issue 19). */
const RESEARCH_SQLITE_PER_SECOND = 200;

/**
 * @typedef {object} Budget
 * @property {string} budget
 * @property {string} actual
 * @property {boolean} pass
 */

/**
 * Checks every budget. A missing measurement (a failed Lighthouse audit) fails its budget.
 * @param {Results} results
 * @returns {Budget[]}
 */
export function checkBudgets(results) {
	/** @type {Budget[]} */
	const budgets = [];
	for (const page of results.pages) {
		const limit = TRANSFER_BUDGETS_KB[/** @type {keyof typeof TRANSFER_BUDGETS_KB} */ (page.name)];
		if (limit === undefined) continue;
		budgets.push({
			budget: `${page.name}: ≤ ${limit} KB on the wire`,
			actual: `${kb(page.transfer.bytes)} KB`,
			pass: page.transfer.bytes <= limit * KB
		});
	}
	for (const { name, lighthouse: lh } of results.pages) {
		const scores = [lh.performance, lh.accessibility, lh.bestPractices];
		budgets.push({
			budget: `${name}: Lighthouse perf / a11y / best practices = 100`,
			actual: scores.map((score) => score ?? 'error').join(' / '),
			pass: scores.every((score) => score === 100)
		});
	}
	for (const { name, lighthouse: lh } of results.pages) {
		budgets.push({
			budget: `${name}: LCP ≤ ${(LCP_BUDGET_MS / 1000).toFixed(1)} s`,
			actual: lh.lcpMs === null ? 'error' : `${(lh.lcpMs / 1000).toFixed(2)} s`,
			pass: lh.lcpMs !== null && lh.lcpMs <= LCP_BUDGET_MS
		});
	}
	for (const { name, csp, cacheControl } of results.headers) {
		if (name === 'how-it-works') continue; // prerendered: its CSP is a <meta> tag
		budgets.push({
			budget: `${name}: strict CSP (no 'unsafe-inline'), private caching`,
			actual: `${csp.includes('unsafe-inline') || !csp.includes("script-src 'self'") ? 'CSP not strict' : 'strict CSP'}, ${cacheControl || 'no Cache-Control'}`,
			pass:
				csp.includes("script-src 'self'") &&
				!csp.includes('unsafe-inline') &&
				cacheControl.split(',')[0]?.trim() === 'private'
		});
	}
	const { quiz } = results;
	budgets.push({
		budget: 'quiz: one tap per answer',
		actual: `${quiz.tapsPerAnswer.toFixed(2)} taps per answer`,
		pass: quiz.tapsPerAnswer === 1
	});
	const interactions = quiz.withJs.interactionMs ?? [];
	budgets.push({
		budget: `tap → next question with JS (Event Timing): median ≤ ${TAP_MEDIAN_BUDGET_MS} ms`,
		actual: `${Math.round(median(interactions))} ms`,
		pass: median(interactions) <= TAP_MEDIAN_BUDGET_MS
	});
	budgets.push({
		budget: `tap → next question with JS (Event Timing): slowest of ${interactions.length} ≤ ${TAP_SLOWEST_BUDGET_MS} ms`,
		actual: `${Math.round(Math.max(...interactions))} ms`,
		pass: interactions.length > 0 && Math.max(...interactions) <= TAP_SLOWEST_BUDGET_MS
	});
	for (const [name, share] of Object.entries(FLOOR_RATIO_GUARDS)) {
		const ratio = floorRatio(results.load, name, 1);
		const cpu = results.load.find((run) => run.name === name && run.workers === 1)?.result;
		budgets.push({
			budget: `${name}: ≥ ${share * 100} % of the floor's req/s (one worker; a guard)`,
			actual:
				ratio === null
					? 'not measured'
					: `${(ratio * 100).toFixed(0)} %, ${cpu?.cpuMsPerRequest.toFixed(2)} CPU ms/request`,
			pass: ratio !== null && ratio >= share
		});
	}
	for (const { name, workers, result } of results.load) {
		const pages = name !== 'floor';
		budgets.push({
			budget: `${name} under load, ${plural(workers, 'worker')}: 0 errors${pages ? ', 0 non-2xx' : ''}`,
			actual: `${result.errors} errors${pages ? `, ${result.non2xx} non-2xx` : ''}`,
			pass: result.errors === 0 && (!pages || result.non2xx === 0)
		});
	}
	for (const run of results.research.runs) {
		const floor = run.store === 'sqlite' ? RESEARCH_SQLITE_PER_SECOND : 0;
		budgets.push({
			budget: `research submissions on ${run.store}: ${floor ? `≥ ${floor}/s, ` : ''}0 lost, 0 errors`,
			actual: `${run.perSecond.toFixed(0)}/s, ${run.lost} lost, ${run.errors + run.non2xx} errors`,
			pass: run.perSecond >= floor && run.lost === 0 && run.errors === 0 && run.non2xx === 0
		});
	}
	return budgets;
}

/**
 * The results as aligned plain-text tables: pages, server load, budgets.
 * @param {Results} results
 * @param {Budget[]} budgets
 * @returns {string}
 */
export function formatReport(results, budgets) {
	const { settings } = results;
	const pages = table(
		['Page', 'Path', 'KB', 'JS KB', 'Reqs', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
		results.pages.map(({ name, path, transfer, lighthouse: lh }) => [
			name,
			path,
			kb(transfer.bytes),
			kb(transfer.jsBytes),
			transfer.requests,
			lh.performance,
			lh.accessibility,
			lh.bestPractices,
			lh.seo,
			lh.lcpMs === null ? null : Math.round(lh.lcpMs),
			lh.tbtMs === null ? null : Math.round(lh.tbtMs),
			lh.cls === null ? null : lh.cls.toFixed(3)
		])
	);
	const load = table(
		[
			'Target',
			'Path',
			'Workers',
			'req/s',
			'of floor',
			'p50 ms',
			'p99 ms',
			'Errors',
			'Non-2xx',
			'CPU ms/req',
			'Peak RSS MB'
		],
		results.load.map(({ name, path, workers, result }) => {
			const ratio = name === 'floor' ? null : floorRatio(results.load, name, workers);
			return [
				name,
				path,
				workers,
				Math.round(result.requestsPerSecond),
				ratio === null ? null : `${(ratio * 100).toFixed(0)} %`,
				result.p50Ms,
				result.p99Ms,
				result.errors,
				result.non2xx,
				result.cpuMsPerRequest.toFixed(2),
				result.peakRssMB.toFixed(1)
			];
		})
	);
	const scaling = ['floor', 'landing', 'result'].map((name) => {
		const rate = (/** @type {number} */ workers) =>
			results.load.find((run) => run.name === name && run.workers === workers)?.result
				.requestsPerSecond ?? NaN;
		return `${name} ×${(rate(results.cores) / rate(1)).toFixed(2)}`;
	});
	const research = table(
		[
			'Store',
			'Workers',
			'Confirmed',
			'Stored',
			'Lost',
			'Errors',
			'Non-2xx',
			'per s',
			'p50 ms',
			'p99 ms'
		],
		results.research.runs.map((r) => [
			r.store,
			r.workers,
			r.confirmed,
			r.stored,
			r.lost,
			r.errors,
			r.non2xx,
			Math.round(r.perSecond),
			r.p50Ms,
			r.p99Ms
		])
	);
	const budgetTable = table(
		['Budget', 'Actual', 'Result'],
		budgets.map(({ budget, actual, pass }) => [budget, actual, pass ? 'PASS' : 'FAIL'])
	);
	const { quiz } = results;
	const phone = `${quiz.phone.width}×${quiz.phone.height}, ${quiz.phone.rttMs} ms RTT, ${quiz.phone.downKbps / 1000} Mbit/s down, CPU ${quiz.phone.cpu}× slower`;
	const taps = table(
		['Tap → next question', 'Taps', 'Median ms', 'Slowest ms', 'Each ms'],
		[
			['with JS, the page’s Event Timing', quiz.withJs.interactionMs ?? []],
			['with JS, Playwright tap → label found', quiz.withJs.wallMs],
			['without JS, Playwright tap → label found', quiz.withoutJs.wallMs]
		].map(([name, ms]) => {
			const times = /** @type {number[]} */ (ms);
			return [
				/** @type {string} */ (name),
				times.length,
				Math.round(median(times)),
				Math.round(Math.max(...times)),
				times.map((time) => Math.round(time)).join(' ')
			];
		})
	);
	const passed = budgets.filter((budget) => budget.pass).length;
	return [
		`Benchmark ${results.timestamp} · Node ${results.node} · Chromium ${results.chromium} · Lighthouse ${results.lighthouse ?? '?'}`,
		'',
		`Pages (KB = 1024 bytes on the wire, compressed, headers included, fresh cache; Lighthouse ${settings.lighthouse})`,
		pages,
		'',
		`Server load (autocannon, ${settings.connections} connections, ${settings.durationS} s per target in ${settings.slices} slices taken in turn, after a ${settings.warmupS} s warm-up; Accept-Encoding: gzip, br; floor = ${results.load[0]?.path}, a redirect that renders nothing)`,
		load,
		`One worker per core (${results.cores}) against one: ${scaling.join(', ')}`,
		'',
		`Taking the quiz (${quiz.tapsPerAnswer} tap per answer; Playwright on a throttled phone: ${phone})`,
		taps,
		'Research submissions (POST /research/join, 20 connections, 10 s, each a new person; rows counted after the server stops)',
		research,
		...results.research.skipped.map((line) => `Not measured: ${line}`),
		'',
		`Budgets (${passed} of ${budgets.length} pass)`,
		budgetTable
	].join('\n');
}

/**
 * A page's requests per second as a share of the floor's, on the same server.
 * @param {LoadRun[]} load
 * @param {string} name
 * @param {number} workers
 * @returns {number | null}
 */
export function floorRatio(load, name, workers) {
	const find = (/** @type {string} */ target) =>
		load.find((run) => run.name === target && run.workers === workers)?.result.requestsPerSecond;
	const page = find(name);
	const floor = find('floor');
	return page === undefined || !floor ? null : page / floor;
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? NaN)
		: ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * @param {number} count
 * @param {string} noun
 */
function plural(count, noun) {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** @param {number} bytes */
function kb(bytes) {
	return (bytes / KB).toFixed(1);
}

/**
 * Aligns rows under headers: text to the left, numbers to the right, `null` shown as "–".
 * @param {string[]} headers
 * @param {(string | number | null)[][]} rows
 */
function table(headers, rows) {
	const cells = rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))));
	const numeric = headers.map((_, i) =>
		rows.every((row) => row[i] === null || typeof row[i] === 'number' || /^\d/.test(String(row[i])))
	);
	const widths = headers.map((header, i) =>
		Math.max(header.length, ...cells.map((row) => row[i]?.length ?? 0))
	);
	/** @param {string[]} row */
	const line = (row) =>
		row
			.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
		'\n'
	);
}

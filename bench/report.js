/** 1 KB = 1024 bytes, as browsers' developer tools count. */
const KB = 1024;

/** Bytes on the wire for a fresh load, per page name; pages not listed have no byte budget. */
const TRANSFER_BUDGETS_KB = { landing: 20, question: 15, result: 25 };
const LCP_BUDGET_MS = 1000;
/** The rendered result page must manage at least this share of a static file's requests/s. */
const STATIC_RATIO_BUDGET = 0.5;

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
 * @property {import('./load.js').LoadResult} result
 */

/**
 * @typedef {object} Results
 * @property {string} timestamp
 * @property {string} node
 * @property {string} chromium
 * @property {string | null} lighthouse
 * @property {{ connections: number, durationS: number, warmupS: number, lighthouse: string }} settings
 * @property {PageResult[]} pages
 * @property {LoadRun[]} load
 * @property {{ bytes: number, contentType: string, contentEncoding: string | null, ratio: number }} staticBaseline
 * rendered result page's requests/s divided by the static file's
 */

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
	const ratio = results.staticBaseline.ratio;
	budgets.push({
		budget: `result: ≥ ${STATIC_RATIO_BUDGET * 100} % of static req/s`,
		actual: `${(ratio * 100).toFixed(0)} %`,
		pass: ratio >= STATIC_RATIO_BUDGET
	});
	for (const { name, result } of results.load.filter((run) => run.name !== 'result (static)')) {
		budgets.push({
			budget: `${name} under load: 0 errors, 0 non-2xx`,
			actual: `${result.errors} errors, ${result.non2xx} non-2xx`,
			pass: result.errors === 0 && result.non2xx === 0
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
		['Target', 'Path', 'req/s', 'p50 ms', 'p99 ms', 'Errors', 'Non-2xx', 'Peak RSS MB'],
		results.load.map(({ name, path, result }) => [
			name,
			path,
			Math.round(result.requestsPerSecond),
			result.p50Ms,
			result.p99Ms,
			result.errors,
			result.non2xx,
			result.peakRssMB.toFixed(1)
		])
	);
	const { bytes, contentType, contentEncoding, ratio } = results.staticBaseline;
	const budgetTable = table(
		['Budget', 'Actual', 'Result'],
		budgets.map(({ budget, actual, pass }) => [budget, actual, pass ? 'PASS' : 'FAIL'])
	);
	const passed = budgets.filter((budget) => budget.pass).length;
	return [
		`Benchmark ${results.timestamp} · Node ${results.node} · Chromium ${results.chromium} · Lighthouse ${results.lighthouse ?? '?'}`,
		'',
		`Pages (KB = 1024 bytes on the wire, compressed, headers included, fresh cache; Lighthouse ${settings.lighthouse})`,
		pages,
		'',
		`Server load (autocannon, ${settings.connections} connections, ${settings.durationS} s after a ${settings.warmupS} s warm-up, Accept-Encoding: gzip, br)`,
		load,
		`Result page rendered / static: ${ratio.toFixed(2)} (${bytes} bytes, ${contentType}${contentEncoding ? `, ${contentEncoding}` : ', uncompressed'})`,
		'',
		`Budgets (${passed} of ${budgets.length} pass)`,
		budgetTable
	].join('\n');
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
		Math.max(header.length, ...cells.map((row) => row[i].length))
	);
	/** @param {string[]} row */
	const line = (row) =>
		row
			.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
		'\n'
	);
}

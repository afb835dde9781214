// `npm run bench`: builds the app, serves it, and measures page weight, Lighthouse scores and
// server throughput against budgets. Prints a report and writes bench/results.json.
// Exits non-zero only if the benchmark could not run; a missed budget is reported, not fatal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, measureTransfer, takeQuiz } from './browser.js';
import { runLighthouse } from './lighthouse.js';
import { ACCEPT_ENCODING, CONNECTIONS, DURATION_S, loadTest, WARMUP_S } from './load.js';
import { assertRunning, fetchRaw, freePort, run, startServer, stopServer } from './processes.js';
import { checkBudgets, formatReport } from './report.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const started = Date.now();

/** Progress goes to stderr, so stdout holds only the report. */
function log(/** @type {string} */ message) {
	console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

/** @returns {Promise<import('./report.js').Results>} */
async function main() {
	process.chdir(ROOT);
	log('Building (npm run build)…');
	await run('npm', ['run', 'build']);

	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	log(`Starting the production server at ${origin}…`);
	// The same entry as `npm start`. The absolute path keeps other tools' cleanup
	// (say, `pkill -f "node src/server.js"` after a test run) from stopping it mid-measurement.
	const app = await startServer([join(ROOT, 'src', 'server.js')], `${origin}/`, {
		PORT: String(port),
		HOST: '127.0.0.1'
	});
	try {
		const browser = await launchBrowser();
		const chromium = browser.version();
		/** @type {{ name: string, path: string, transfer: import('./browser.js').Transfer }[]} */
		const measured = [];
		try {
			log('Taking the quiz for a result page…');
			const resultPath = new URL(await takeQuiz(browser, origin)).pathname;
			const pages = [
				{ name: 'landing', path: '/' },
				{ name: 'question', path: '/quiz/1' },
				{ name: 'result', path: resultPath },
				{ name: 'how-it-works', path: '/how-it-works' }
			];
			for (const page of pages) {
				log(`Measuring bytes on the wire for ${page.path}…`);
				measured.push({ ...page, transfer: await measureTransfer(browser, origin + page.path) });
			}
		} finally {
			await browser.close();
		}

		log('Running Lighthouse (mobile defaults) on each page…');
		const lighthouse = await runLighthouse(measured.map((page) => origin + page.path));
		const pages = measured.map((page, i) => ({ ...page, lighthouse: lighthouse.results[i] }));
		const [landing, , result] = pages;

		/** @type {import('./report.js').LoadRun[]} */
		const load = [];
		for (const { name, path } of [landing, result]) {
			log(`Load on ${path}…`);
			load.push({
				name,
				path,
				result: await loadTest(origin + path, /** @type {number} */ (app.pid))
			});
			assertRunning(app, 'The app server');
		}

		log('Load on the result page served as a static file…');
		const staticBaseline = await measureStatic(origin + result.path);
		load.push({ name: 'result (static)', path: result.path, result: staticBaseline.load });

		return {
			timestamp: new Date().toISOString(),
			node: process.version,
			chromium,
			lighthouse: lighthouse.version,
			settings: {
				connections: CONNECTIONS,
				durationS: DURATION_S,
				warmupS: WARMUP_S,
				lighthouse: 'default config: mobile, simulated throttling'
			},
			pages,
			load,
			staticBaseline: {
				bytes: staticBaseline.bytes,
				contentType: staticBaseline.contentType,
				contentEncoding: staticBaseline.contentEncoding,
				ratio: load[1].result.requestsPerSecond / staticBaseline.load.requestsPerSecond
			}
		};
	} finally {
		log('Stopping the server…');
		await stopServer(app);
	}
}

/**
 * Saves a page exactly as the app sends it and puts the same bytes, served as a plain file,
 * under the same load: the ceiling the rendered page is compared with.
 * @param {string} url
 */
async function measureStatic(url) {
	const fetched = await fetchRaw(url, { 'accept-encoding': ACCEPT_ENCODING });
	if (fetched.status !== 200) throw new Error(`GET ${url} answered ${fetched.status}`);
	const contentType = String(fetched.headers['content-type'] ?? 'text/html');
	const contentEncoding = fetched.headers['content-encoding'] ?? null;
	const tmpDir = join(BENCH_DIR, '.tmp');
	mkdirSync(tmpDir, { recursive: true });
	const file = join(tmpDir, 'result.html');
	writeFileSync(file, fetched.body);

	const port = await freePort();
	const args = [join(BENCH_DIR, 'static-server.js'), file, String(port), contentType];
	if (contentEncoding) args.push(contentEncoding);
	const staticUrl = `http://127.0.0.1:${port}${new URL(url).pathname}`;
	const server = await startServer(args, staticUrl);
	try {
		const load = await loadTest(staticUrl, /** @type {number} */ (server.pid));
		assertRunning(server, 'The static server');
		return { bytes: fetched.body.length, contentType, contentEncoding, load };
	} finally {
		await stopServer(server);
	}
}

/**
 * What the tables do not show but a reader of a FAIL needs.
 * @param {import('./report.js').Results} results
 */
function notes(results) {
	return results.pages.flatMap(({ name, transfer, lighthouse: lh }) => [
		...(transfer.failed.length ? [`${name}: requests failed: ${transfer.failed.join('; ')}`] : []),
		...(lh.error ? [`${name}: Lighthouse failed: ${lh.error}`] : []),
		...(lh.otherHosts.length
			? [`${name}: requests to other hosts: ${lh.otherHosts.join(', ')}`]
			: []),
		...(lh.lostPoints.length
			? [`${name}: Lighthouse points lost on ${lh.lostPoints.join(', ')}`]
			: [])
	]);
}

try {
	const results = await main();
	const budgets = checkBudgets(results);
	writeFileSync(
		join(BENCH_DIR, 'results.json'),
		`${JSON.stringify({ ...results, budgets }, null, '\t')}\n`
	);
	console.log(formatReport(results, budgets));
	const lines = notes(results);
	if (lines.length) console.log(['', 'Notes', ...lines.map((line) => `- ${line}`)].join('\n'));
	log('Done; results in bench/results.json.');
} catch (error) {
	log(`Could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	process.exitCode = 1;
}

// `npm run bench`: builds the app, serves it, and measures page weight, Lighthouse scores and
// server throughput against budgets. Prints a report and writes bench/results.json.
// Exits non-zero only if the benchmark could not run; a missed budget is reported, not fatal.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, measureTransfer, PHONE, takeQuiz, tapToNextQuestion } from './browser.js';
import { failedAudit, runLighthouse } from './lighthouse.js';
import { ACCEPT_ENCODING, CONNECTIONS, DURATION_S, loadTests, SLICES, WARMUP_S } from './load.js';
import { BENCH_BUILD_DIR } from '../src/lib/build-dir.js';
import { assertRunning, fetchRaw, freePort, run, startServer, stopServer } from './processes.js';
import { checkBudgets, formatReport } from './report.js';
import { benchResearch } from './research.js';

/**
 * /compare with five people, the most the issue budgets for: four readable results (one with
 * names, one with “Doesn't apply” answers) and one damaged code, which is listed with its reason.
 */
const COMPARE_FIVE =
	'/en/compare?r=2-jkfsslid8mlga7~Ana&r=2-jnftsnnh8nlgde&r=2-444ooo444ooo47~Cy&r=2-jkfsslid8mlga8~Dee&r=2-ceegeeceegeeze';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
/** Taps timed with JavaScript (the budget's "slowest of 10"), and without it. */
const TAPS_WITH_JS = 10;
const TAPS_WITHOUT_JS = 6;
const started = Date.now();

/**
 * The framework's floor: `/quiz` answers a 303 to the first open question, through the same
 * server, hooks and cookie reading as every page, but renders nothing.
 */
const FLOOR = { name: 'floor', path: '/quiz' };

/** Progress goes to stderr, so stdout holds only the report. */
function log(/** @type {string} */ message) {
	console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

/**
 * The production server, as `npm start` runs it, with `workers` processes.
 * @param {number} port
 * @param {number} workers
 */
function startApp(port, workers) {
	// The absolute path keeps other tools' cleanup (say, `pkill -f "node src/server.js"` after a
	// test run) from stopping it mid-measurement.
	return startServer([join(ROOT, 'src', 'server.js')], `http://127.0.0.1:${port}/`, {
		PORT: String(port),
		HOST: '127.0.0.1',
		WEB_CONCURRENCY: String(workers)
	});
}

/** @returns {Promise<import('./report.js').Results>} */
async function main() {
	process.chdir(ROOT);
	// Its own build, which the build and the server below both inherit: rebuilding build/ would
	// break a running `npm start` (src/lib/build-dir.js).
	process.env.BUILD_DIR = BENCH_BUILD_DIR;
	log(`Building into ${BENCH_BUILD_DIR}/ (npm run build)…`);
	await run('npm', ['run', 'build']);

	// BENCH_PORT picks the port, for machines where several people run servers at once.
	const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const cores = availableParallelism();

	log(`Starting the production server with one worker at ${origin}…`);
	let app = await startApp(port, 1);
	try {
		const browser = await launchBrowser();
		const chromium = browser.version();
		/** @type {{ name: string, path: string, transfer: import('./browser.js').Transfer }[]} */
		const measured = [];
		let resultPath;
		/** @type {import('./report.js').QuizTaps} */
		let quiz;
		try {
			log('Taking the quiz for a result page…');
			const taken = await takeQuiz(browser, origin);
			resultPath = new URL(taken.url).pathname;
			log('Timing tap → next question on a throttled phone, with and without JavaScript…');
			quiz = {
				tapsPerAnswer: taken.tapsPerAnswer,
				phone: PHONE,
				withJs: await tapToNextQuestion(browser, origin, {
					javaScript: true,
					taps: TAPS_WITH_JS
				}),
				withoutJs: await tapToNextQuestion(browser, origin, {
					javaScript: false,
					taps: TAPS_WITHOUT_JS
				})
			};
			for (const page of [
				{ name: 'landing', path: '/' },
				{ name: 'question', path: '/quiz/1' },
				{ name: 'result', path: resultPath },
				{ name: 'how-it-works', path: '/en/how-it-works' },
				// The budgets hold in every language: a German question and a French result, their longest.
				{ name: 'question (de)', path: '/de/quiz/1' },
				{ name: 'result (fr)', path: `/fr${resultPath}` },
				{ name: 'compare', path: COMPARE_FIVE }
			]) {
				log(`Measuring bytes on the wire for ${page.path}…`);
				measured.push({ ...page, transfer: await measureTransfer(browser, origin + page.path) });
			}
		} finally {
			await browser.close();
		}
		const headers = await Promise.all(measured.map((page) => pageHeaders(origin, page)));

		log('Running Lighthouse (mobile defaults) on each page…');
		const lighthouse = await runLighthouse(measured.map((page) => origin + page.path));
		const pages = measured.map((page, i) => ({
			...page,
			lighthouse: lighthouse.results[i] ?? failedAudit('no result')
		}));

		const targets = [FLOOR, { name: 'landing', path: '/' }, { name: 'result', path: resultPath }];
		const load = await loadAll(targets, origin, app, 1);
		await stopServer(app);

		log(`Restarting the server with one worker per core (${cores})…`);
		app = await startApp(port, cores);
		load.push(...(await loadAll(targets, origin, app, cores)));
		await stopServer(app);

		const research = await benchResearch(log);

		return {
			timestamp: new Date().toISOString(),
			node: process.version,
			chromium,
			lighthouse: lighthouse.version,
			cores,
			settings: {
				connections: CONNECTIONS,
				durationS: DURATION_S,
				slices: SLICES,
				warmupS: WARMUP_S,
				lighthouse: 'default config: mobile, simulated throttling'
			},
			pages,
			headers,
			load,
			quiz,
			research
		};
	} finally {
		log('Stopping the server…');
		await stopServer(app);
	}
}

/**
 * Puts the targets under load, on a server with `workers` processes.
 * @param {{ name: string, path: string }[]} targets
 * @param {string} origin
 * @param {import('node:child_process').ChildProcess} app
 * @param {number} workers
 * @returns {Promise<import('./report.js').LoadRun[]>}
 */
async function loadAll(targets, origin, app, workers) {
	log(
		`Load on ${targets.map((target) => target.path).join(', ')}, in turn (${workers} worker${workers === 1 ? '' : 's'})…`
	);
	const results = await loadTests(
		targets.map((target) => origin + target.path),
		/** @type {number} */ (app.pid)
	);
	assertRunning(app, 'The app server');
	return targets.map(({ name, path }, i) => ({
		name,
		path,
		workers,
		result: /** @type {import('./load.js').LoadResult} */ (results[i])
	}));
}

/**
 * The headers a page is sent with, as a browser asks for it: for the CSP and caching budgets.
 * @param {string} origin
 * @param {{ name: string, path: string }} page
 * @returns {Promise<import('./report.js').PageHeaders>}
 */
async function pageHeaders(origin, { name, path }) {
	const response = await fetchRaw(origin + path, {
		accept: 'text/html',
		'accept-encoding': ACCEPT_ENCODING
	});
	const header = (/** @type {string} */ key) => String(response.headers[key] ?? '');
	return {
		name,
		csp: header('content-security-policy'),
		cacheControl: header('cache-control'),
		contentEncoding: header('content-encoding')
	};
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

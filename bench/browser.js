import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.js';

/**
 * How many answers the scale offers, from the quiz's own TypeScript, loaded through Vite since this
 * script runs in plain Node. Vite sets NODE_ENV=development for that when it is unset, and every
 * command the benchmark starts afterwards would inherit it (a build would then keep the
 * SvelteKit client), so it is put back as it was.
 * @returns {Promise<number>}
 */
async function scaleChoices() {
	const nodeEnv = process.env.NODE_ENV;
	try {
		const { module } = await runnerImport(/** @type {`/${string}`} */ ('/src/lib/quiz/scale.ts'), {
			configFile: false,
			root: fileURLToPath(new URL('..', import.meta.url)),
			logLevel: 'silent'
		});
		return /** @type {{ SCALE_MAX: number }} */ (module).SCALE_MAX + 1;
	} finally {
		if (nodeEnv === undefined) delete process.env.NODE_ENV;
		else process.env.NODE_ENV = nodeEnv;
	}
}

/**
 * @typedef {object} Transfer
 * @property {number} bytes everything received for the page load, compressed as sent, headers included
 * @property {number} jsBytes the same, for responses of type Script only
 * @property {number} requests how many requests finished
 * @property {string[]} failed requests that did not finish
 */

/** @returns {Promise<import('@playwright/test').Browser>} */
export function launchBrowser() {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/**
 * Takes the quiz in a real browser, as a person would, one tap per answer.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @returns {Promise<{ url: string, tapsPerAnswer: number }>} the result page's URL, and how many
 * taps each answer took (a tap that did not move on would be counted, and repeated)
 */
export async function takeQuiz(browser, origin) {
	const choices = await scaleChoices();
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/quiz/1`);
		let taps = 0;
		let answers = 0;
		// Bounded, so a quiz that never ends fails the benchmark instead of hanging it.
		for (let attempt = 0; attempt < 100; attempt++) {
			const path = new URL(page.url()).pathname;
			if (/^\/result\/[0-9a-z-]+$/.test(path))
				return { url: page.url(), tapsPerAnswer: taps / answers };
			const step = Number(/^\/quiz\/(\d+)$/.exec(path)?.[1]);
			if (!step) throw new Error(`Taking the quiz ended up on ${page.url()}`);
			// A varied pattern, so the result is not a trivial all-the-same one.
			const answer = (step * 3 + Math.floor(step / choices)) % choices;
			await page.locator(`#answer-${answer}`).click();
			taps++;
			await page
				.waitForURL((url) => url.pathname !== path, { timeout: 10_000 })
				.then(
					() => answers++,
					() => {}
				);
		}
		throw new Error('The quiz did not reach a result page');
	} finally {
		await context.close();
	}
}

/**
 * The phone of the measurement (and of Lighthouse's mobile defaults): 390 × 844, 150 ms
 * round trips, 1.6 Mbit/s down, 750 kbit/s up, main thread four times slower.
 */
export const PHONE = { width: 390, height: 844, rttMs: 150, downKbps: 1600, upKbps: 750, cpu: 4 };

/**
 * @typedef {object} TapTimes
 * @property {number[]} wallMs per tap, from Playwright's tap to the next question's progress label
 * found on screen by Playwright's polling (the measurement; includes the driver's round trips)
 * @property {number[] | null} interactionMs per tap, with JavaScript: the page's own Event Timing
 * of the tap (the longest of its pointer and click events, as INP counts it): from the touch to
 * the next frame painted after the handlers ran, without the driver. Null without JavaScript,
 * where the next question is another page.
 */

/**
 * A page on the throttled phone, its first question loaded.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {boolean} javaScript
 */
async function phonePage(browser, origin, javaScript) {
	const context = await browser.newContext({
		viewport: { width: PHONE.width, height: PHONE.height },
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled: javaScript
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: PHONE.rttMs,
		downloadThroughput: (PHONE.downKbps * 1000) / 8,
		uploadThroughput: (PHONE.upKbps * 1000) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
	await page.goto(`${origin}/quiz/1`);
	return { context, page };
}

/**
 * Taps an answer on question `step`, and resolves when the next question is on screen.
 * @param {import('@playwright/test').Page} page
 * @param {number} step
 * @param {'poll' | 'address'} until how to notice the next question: Playwright polling for its
 * progress label, or (adding no work to the page) the address changing, then one frame
 * @returns {Promise<number>} milliseconds from the tap to then
 */
async function tapAnswer(page, step, until) {
	// Found and measured before the clock starts: the tap itself is one touch event.
	const box = await page.locator(`#answer-${step % 2 ? 3 : 1}`).boundingBox();
	if (!box) throw new Error(`No answer to tap on question ${step}`);
	const label = page.locator('#step-progress-label', {
		hasText: new RegExp(`^\\D*${step + 1}\\D`)
	});
	const start = performance.now();
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	if (until === 'poll') await label.waitFor({ timeout: 30_000 });
	else {
		await page.waitForURL((url) => url.pathname.endsWith(`/quiz/${step + 1}`));
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
	}
	return performance.now() - start;
}

/**
 * Taps through the first `taps` questions on the throttled phone and times each tap until the
 * next question is on screen: from outside, as the issue measured, and, with JavaScript, from
 * the page's own Event Timing in a second pass that Playwright's polling does not slow.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ javaScript: boolean, taps: number }} options
 * @returns {Promise<TapTimes>}
 */
export async function tapToNextQuestion(browser, origin, { javaScript, taps }) {
	/** @type {TapTimes} */
	const times = { wallMs: [], interactionMs: null };
	const polled = await phonePage(browser, origin, javaScript);
	try {
		for (let step = 1; step <= taps; step++)
			times.wallMs.push(await tapAnswer(polled.page, step, 'poll'));
	} finally {
		await polled.context.close();
	}
	if (!javaScript) return times;

	const { context, page } = await phonePage(browser, origin, true);
	try {
		await page.evaluate(() => {
			/** @type {Map<number, number>} */
			const longest = new Map();
			Object.assign(window, { interactions: longest });
			new PerformanceObserver((list) => {
				for (const entry of /** @type {(PerformanceEntry & { interactionId?: number })[]} */ (
					list.getEntries()
				)) {
					if (!entry.interactionId) continue;
					const before = longest.get(entry.interactionId) ?? 0;
					longest.set(entry.interactionId, Math.max(before, entry.duration));
				}
				// 16 ms is the shortest the API reports: a faster tap is counted as 16.
			}).observe(
				/** @type {PerformanceObserverInit} */ ({
					type: 'event',
					durationThreshold: 16,
					buffered: true
				})
			);
		});
		for (let step = 1; step <= taps; step++) await tapAnswer(page, step, 'address');
		// The observer hears of the last tap after its frame: a moment later.
		await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
		/** @type {number[]} */
		const reported = await page.evaluate(() =>
			[
				.../** @type {{ interactions: Map<number, number> }} */ (
					/** @type {unknown} */ (window)
				).interactions.entries()
			]
				.sort(([a], [b]) => a - b)
				.map(([, duration]) => duration)
		);
		times.interactionMs = [...reported, ...Array(Math.max(0, taps - reported.length)).fill(16)];
	} finally {
		await context.close();
	}
	return times;
}

/**
 * Loads a page once in a fresh context with the cache off and adds up what came over the network.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<Transfer>}
 */
export async function measureTransfer(browser, url) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		/** @type {Map<string, string>} */
		const types = new Map();
		/** @type {Transfer} */
		const transfer = { bytes: 0, jsBytes: 0, requests: 0, failed: [] };
		cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
		cdp.on('Network.loadingFinished', (event) => {
			transfer.bytes += event.encodedDataLength;
			if (types.get(event.requestId) === 'Script') transfer.jsBytes += event.encodedDataLength;
			transfer.requests++;
		});
		cdp.on('Network.loadingFailed', (event) =>
			transfer.failed.push(`${event.type}: ${event.errorText}`)
		);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		// networkidle: also count what the page fetches after load (hydration, lazy chunks).
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`GET ${url} answered ${response?.status()}`);
		return transfer;
	} finally {
		await context.close();
	}
}

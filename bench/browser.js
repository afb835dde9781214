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
 * Takes the quiz in a real browser, as a person would, and returns the result page's URL.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @returns {Promise<string>}
 */
export async function takeQuiz(browser, origin) {
	const choices = await scaleChoices();
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/quiz/1`);
		// Bounded, so a quiz that never ends fails the benchmark instead of hanging it.
		for (let attempt = 0; attempt < 100; attempt++) {
			const path = new URL(page.url()).pathname;
			if (/^\/result\/[0-9a-z-]+$/.test(path)) return page.url();
			const step = Number(/^\/quiz\/(\d+)$/.exec(path)?.[1]);
			if (!step) throw new Error(`Taking the quiz ended up on ${page.url()}`);
			// A varied pattern, so the result is not a trivial all-the-same one.
			const answer = (step * 3 + Math.floor(step / choices)) % choices;
			await page.locator(`#answer-${answer}`).check();
			await page.getByRole('button', { name: 'Next', exact: true }).click();
			await page.waitForURL((url) => url.pathname !== path);
		}
		throw new Error('The quiz did not reach a result page');
	} finally {
		await context.close();
	}
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

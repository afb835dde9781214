import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.js';
import { track } from './processes.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/**
 * A profile of our own, emptied before each run: chrome-launcher's default one in /tmp is left
 * behind when the benchmark is interrupted.
 */
const PROFILE_DIR = fileURLToPath(new URL('.tmp/lighthouse-profile', import.meta.url));

/**
 * @typedef {object} LighthouseResult
 * @property {number | null} performance 0–100
 * @property {number | null} accessibility 0–100
 * @property {number | null} bestPractices 0–100
 * @property {number | null} seo 0–100
 * @property {number | null} lcpMs
 * @property {number | null} tbtMs
 * @property {number | null} cls
 * @property {string[]} otherHosts hosts other than the app's that the page load requested
 * @property {string[]} lostPoints "category: audit" for each scored audit that did not fully pass
 * @property {string} [error] why the audit failed, if it did
 */

/**
 * Audits each URL with Lighthouse's default (mobile, simulated throttling) settings, one after
 * another in one headless Chromium. An audit that fails is recorded with its error; the rest go on.
 * @param {string[]} urls
 * @returns {Promise<{ version: string | null, results: LighthouseResult[] }>}
 */
export async function runLighthouse(urls) {
	rmSync(PROFILE_DIR, { recursive: true, force: true });
	mkdirSync(PROFILE_DIR, { recursive: true });
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		userDataDir: PROFILE_DIR,
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
		logLevel: 'silent'
	});
	track(chrome.process);
	try {
		/** @type {string | null} */
		let version = null;
		/** @type {LighthouseResult[]} */
		const results = [];
		for (const url of urls) {
			try {
				const runner = await lighthouse(url, {
					port: chrome.port,
					logLevel: 'error',
					onlyCategories: CATEGORIES
				});
				if (!runner) throw new Error('Lighthouse returned no result');
				version = runner.lhr.lighthouseVersion;
				results.push(summarise(runner.lhr, new URL(url).host));
			} catch (error) {
				results.push(failedAudit(error instanceof Error ? error.message : String(error)));
			}
		}
		return { version, results };
	} finally {
		chrome.kill();
	}
}

/**
 * @param {import('lighthouse').Result} lhr
 * @param {string} host the app's host:port
 * @returns {LighthouseResult}
 */
function summarise(lhr, host) {
	/** @param {string} id */
	const score = (id) => {
		const value = lhr.categories[id]?.score;
		return typeof value === 'number' ? Math.round(value * 100) : null;
	};
	/** @param {string} id */
	const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
	const requests = /** @type {{ items?: { url: string }[] } | undefined} */ (
		lhr.audits['network-requests']?.details
	);
	const otherHosts = new Set(
		(requests?.items ?? [])
			.map((item) => URL.parse(item.url))
			.filter((url) => url && /^https?:$/.test(url.protocol) && url.host !== host)
			.map((url) => /** @type {URL} */ (url).host)
	);
	const lostPoints = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${category}: ${ref.id}`)
	);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: numeric('largest-contentful-paint'),
		tbtMs: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		otherHosts: [...otherHosts],
		lostPoints,
		...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {})
	};
}

/**
 * An audit that could not run, and why.
 * @param {string} error
 * @returns {LighthouseResult}
 */
export function failedAudit(error) {
	return {
		error,
		performance: null,
		accessibility: null,
		bestPractices: null,
		seo: null,
		lcpMs: null,
		tbtMs: null,
		cls: null,
		otherHosts: [],
		lostPoints: []
	};
}

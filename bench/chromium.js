import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Flags for every Chromium the benchmark starts. Nothing here has internet, and a browser that
 * tries to reach Google's services in the background would only add noise, so switch that off.
 */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Playwright's own Chromium where it is installed, else the system's (as in playwright.config.ts).
 * Lighthouse needs an explicit path, so this always returns one.
 * @returns {string}
 */
export function chromiumPath() {
	let own;
	try {
		own = chromium.executablePath();
	} catch {
		own = undefined;
	}
	const found = [own, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
		(path) => path && existsSync(path)
	);
	if (!found) throw new Error('No Chromium found. Install one with `sudo apt-get install -y chromium`.');
	return found;
}

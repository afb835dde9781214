import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Flags for every Chromium the tests and the benchmark start. Our machines have no internet, and a
 * browser that tries to reach Google's services in the background only adds noise and errors.
 * `--no-sandbox` because CI runs as root.
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
 * Playwright's own Chromium where it is installed, else the system's: our machines cannot
 * download Playwright's browsers, so CI installs Debian's `chromium` instead.
 * @returns {string}
 */
export function chromiumPath() {
	let own;
	try {
		own = chromium.executablePath();
	} catch {
		own = undefined;
	}
	const found = [
		own,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome'
	].find((path) => path && existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) ' +
				'or `npx playwright install chromium`, then run the command again.'
		);
	}
	return found;
}

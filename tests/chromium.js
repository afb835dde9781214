import { spawnSync } from 'node:child_process';
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

/** Where Debian, Ubuntu and Google install their Chromium or Chrome. */
const SYSTEM_CHROMIUMS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

const INSTALL_HINT = 'install one with `sudo apt-get install -y chromium` (Debian/Ubuntu)';

/**
 * Playwright's own Chromium where it is installed, else the system's: some of our machines cannot
 * download Playwright's browsers, and CI installs Debian's `chromium` instead.
 * @returns {string | undefined}
 */
export function findChromium() {
	let own;
	try {
		own = chromium.executablePath();
	} catch {
		own = undefined;
	}
	return [own, ...SYSTEM_CHROMIUMS].find((path) => path && existsSync(path));
}

/** @returns {string} */
export function chromiumPath() {
	const found = findChromium();
	if (!found) {
		throw new Error(
			`No Chromium found: ${INSTALL_HINT} or \`npx playwright install chromium\`, then run the command again.`
		);
	}
	return found;
}

/**
 * Makes sure a Chromium is there before the end-to-end tests start: tries Playwright's download
 * where none is found, and otherwise says in one line what to install.
 * @returns {boolean} whether a Chromium is now there
 */
export function ensureChromium() {
	if (findChromium()) return true;
	console.error('No Chromium found; trying `npx playwright install chromium`…');
	const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
		stdio: ['ignore', 'ignore', 'ignore']
	});
	if (install.status === 0 && findChromium()) return true;
	console.error(
		`No Chromium found, and \`npx playwright install chromium\` could not download one: ${INSTALL_HINT}, then run the command again.`
	);
	return false;
}

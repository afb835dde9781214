import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';

/**
 * Playwright's own Chromium where it is installed, else the system's (Debian's `chromium`).
 * Our machines cannot download Playwright's browsers, so CI installs Debian's package.
 */
function chromiumExecutable(): string | undefined {
	const own = (() => {
		try {
			return chromium.executablePath();
		} catch {
			return undefined;
		}
	})();
	if (own && existsSync(own)) return undefined; // Playwright finds its own
	const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(existsSync);
	if (system) return system;
	throw new Error(
		'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install -y chromium` ' +
			'(Debian/Ubuntu) or `npx playwright install chromium`, then run `npm test` again.'
	);
}

const executablePath = chromiumExecutable();
const PORT = 4173;

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'node src/server.js',
		env: { PORT: String(PORT), HOST: '127.0.0.1' },
		url: `http://127.0.0.1:${PORT}/how-it-works`,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	projects: [
		{ name: 'js-on', use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
		{
			name: 'js-off',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
			// HTTP-level checks use no browser, so running them twice would prove nothing more.
			testIgnore: /hardening\.spec\.ts/
		}
	]
});

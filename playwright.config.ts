import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/chromium.js';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

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
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS }
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

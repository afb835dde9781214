import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/chromium.js';
import { HTTPS_ORIGIN, HTTPS_PORT, PORT } from './tests/servers';

/**
 * The research data of each test server: a fresh SQLite database per run, in a directory of its
 * own (removed before the server starts). No time check and a generous hourly limit, so tests can
 * add results at once; the limits themselves are unit-tested and checked in research.spec.ts.
 */
const researchEnv = (port: number) => ({
	// SQLite even where DATABASE_URL names a PostgreSQL for the store tests (.ci/run).
	DATABASE_URL: '',
	DATA_DIR: join(tmpdir(), `quiz-e2e-research-${port}`),
	RESEARCH_MIN_SECONDS: '0',
	RESEARCH_MAX_PER_HOUR: '1000'
});

/** The production entry, as `npm start` runs it, on a local port. */
function server(port: number, env: Record<string, string> = {}) {
	const research = researchEnv(port);
	return {
		command: `rm -rf "${research.DATA_DIR}" && node src/server.js`,
		env: { PORT: String(port), HOST: '127.0.0.1', ...research, ...env },
		url: `http://127.0.0.1:${port}/how-it-works`,
		reuseExistingServer: false,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const
	};
}

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// Limits, not waits: tests wait for states, and a machine busy with other work may be slow.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// A trace only for a retried failure: recording one per test is costly.
		trace: 'on-first-retry',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS }
	},
	webServer: [
		// One worker per core, as `npm start` runs it.
		server(PORT),
		// As behind a TLS proxy, for the HTTPS checks in hardening.spec.ts; one process is plenty.
		server(HTTPS_PORT, { ORIGIN: HTTPS_ORIGIN, WEB_CONCURRENCY: '1' })
	],
	projects: [
		{
			name: 'js-on',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: true },
			// Tests tagged @without-js are about the pages without JavaScript alone.
			grepInvert: /@without-js/
		},
		{
			name: 'js-off',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
			// HTTP-level checks use no browser, so running them twice would prove nothing more;
			// nor would checks of what a page shows, tagged @once (see tests/tags.ts).
			testIgnore: /hardening\.spec\.ts/,
			grepInvert: /@once/
		}
	]
});

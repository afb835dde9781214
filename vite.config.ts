import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * SvelteKit copies the files that server code imports by URL into the client build, but only
 * from `_app/immutable/assets/`, and bundles `?worker&url` imports into `workers/`. The page
 * enhancement script is imported that way (src/lib/server/enhance-script.ts), so put such
 * bundles with the other assets: served, precompressed and cached forever like a stylesheet.
 */
function scriptsWithAssets(): Plugin {
	return {
		name: 'scripts-with-assets',
		enforce: 'post',
		config: () => ({
			worker: {
				rollupOptions: {
					output: { entryFileNames: '_app/immutable/assets/[name].[hash].js' }
				}
			}
		})
	};
}

export default defineConfig({
	plugins: [sveltekit(), scriptsWithAssets()],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		// A limit, not a target: the property tests run thousands of cases, which on a busy
		// two-core machine can take longer than Vitest's 5 s default.
		testTimeout: 60_000
	}
});

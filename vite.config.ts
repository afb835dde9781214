import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import type { EnhancedPage } from './src/lib/enhance';

const ENHANCEMENT_ENTRY = fileURLToPath(new URL('src/lib/enhance.ts', import.meta.url));

/**
 * Provides `virtual:enhancement-script`: src/lib/enhance.ts bundled and minified into one string,
 * for src/lib/server/enhance-script.ts to inline into the pages it enhances: a script request
 * before the first paint costs a phone more than its half a kilobyte.
 */
function enhancementScript(): Plugin {
	const virtualId = 'virtual:enhancement-script';
	const resolvedId = `\0${virtualId}`;
	return {
		name: 'enhancement-script',
		resolveId: (id) => (id === virtualId ? resolvedId : undefined),
		async load(id) {
			if (id !== resolvedId) return;
			const sources: Record<EnhancedPage, string> = { question: '', result: '' };
			for (const page of Object.keys(sources) as EnhancedPage[]) {
				const output = (await build({
					configFile: false,
					logLevel: 'warn',
					resolve: { alias: { $lib: fileURLToPath(new URL('src/lib', import.meta.url)) } },
					// Each page's bundle keeps only its own code: a result page stays within the first round trip.
					define: { ENHANCED_PAGE: JSON.stringify(page) },
					build: {
						write: false,
						minify: true,
						lib: {
							entry: ENHANCEMENT_ENTRY,
							formats: ['iife'],
							name: 'enhance',
							fileName: 'enhance'
						}
					}
				})) as Rolldown.RolldownOutput[];
				const chunk = output[0]!.output[0];
				for (const module of chunk.moduleIds) {
					if (!module.startsWith('\0')) this.addWatchFile(module);
				}
				sources[page] = chunk.code.trim();
			}
			return `export default ${JSON.stringify(sources)};`;
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), enhancementScript()],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		// A limit, not a target: the property tests run thousands of cases, which on a busy
		// two-core machine can take longer than Vitest's 5 s default.
		testTimeout: 60_000
	}
});

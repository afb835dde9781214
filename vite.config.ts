import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

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
			const output = (await build({
				configFile: false,
				logLevel: 'warn',
				resolve: { alias: { $lib: fileURLToPath(new URL('src/lib', import.meta.url)) } },
				build: {
					write: false,
					minify: true,
					lib: { entry: ENHANCEMENT_ENTRY, formats: ['iife'], name: 'enhance', fileName: 'enhance' }
				}
			})) as Rolldown.RolldownOutput[];
			const chunk = output[0]!.output[0];
			for (const module of chunk.moduleIds) {
				if (!module.startsWith('\0')) this.addWatchFile(module);
			}
			return `export default ${JSON.stringify(chunk.code.trim())};`;
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

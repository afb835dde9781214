import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// `npm run check` type-checks the benchmark's JSDoc-typed JavaScript too.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.js');
			}
		},
		// Inline the (small) stylesheets: a separate stylesheet request costs a phone a round trip
		// before the first paint, which would push the result page's LCP past 1 s.
		inlineStyleThreshold: 20_000,
		// Share links put answers in the URL path; the error page must never echo them.
		csp: {
			// The inline styles get a fresh nonce on each rendered page and a hash on the prerendered
			// one. Hashing every page's stylesheets again on every request (SvelteKit's `hash` mode)
			// cost a result page a tenth of its server time; no page has inline script.
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;

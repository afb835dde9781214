import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildDir } from './src/lib/build-dir.js';
import { LOCALES, PRERENDERED_PAGES, localePrefix } from './src/lib/i18n/locales.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// Svelte's own scoping hash with a one-letter prefix instead of `svelte-`: the class is on
		// every styled element, and the shorter name keeps a result page inside the first 14 KB
		// that a phone's connection delivers in one round trip.
		cssHash: ({ hash, css }) => `s${hash(css)}`
	},
	kit: {
		// build/, or the bench's own directory (src/lib/build-dir.js).
		adapter: adapter({ out: buildDir(), precompress: true }),
		// `npm run check` type-checks the benchmark's JSDoc-typed JavaScript too.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.js');
			}
		},
		// Inline the (small) stylesheets: a separate stylesheet costs a phone a round trip before
		// the first paint.
		inlineStyleThreshold: 20_000,
		prerender: {
			// Each language's copy of the static pages (src/hooks.ts routes /de/… to the page). The
			// language-free address is not built: the server redirects it to the reader's language.
			entries: LOCALES.flatMap((locale) =>
				PRERENDERED_PAGES.map((path) => localePrefix(locale) + path)
			),
			crawl: false,
			// hreflang alternates need absolute URLs: build with ORIGIN set to the public address.
			origin: process.env.ORIGIN || 'http://localhost:3000'
		},
		// No 'unsafe-inline': inline styles get a nonce per rendered page (cheaper than hashing
		// them per request) and a hash on prerendered ones; the one inline script is allowed by its
		// hash (src/lib/server/enhance-script.ts).
		csp: {
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

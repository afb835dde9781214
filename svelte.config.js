import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { LOCALES, PRERENDERED_PAGES, localePrefix } from './src/lib/i18n/locales.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// Inline the (small) stylesheets: one round trip less before the first paint on a phone.
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
		// Share links put answers in the URL path; the error page must never echo them.
		csp: {
			// Hashes, not nonces: no page has inline script, and identical answers give identical bytes.
			mode: 'hash',
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

declare module 'virtual:enhancement-script' {
	/**
	 * src/lib/enhance.ts, bundled and minified by vite.config.ts once per kind of page it enhances,
	 * each with only that page's code, to be inlined into those pages.
	 */
	const sources: Record<import('$lib/enhance').EnhancedPage, string>;
	export default sources;
}

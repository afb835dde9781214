declare module 'virtual:enhancement-script' {
	/** src/lib/enhance.ts, bundled and minified by vite.config.ts, to be inlined into pages. */
	const source: string;
	export default source;
}

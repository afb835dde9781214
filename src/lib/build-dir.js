/**
 * Where a production build lives. `npm run build` writes build/ and `npm start` serves it;
 * `npm run bench` builds and serves its own copy, because rebuilding under a running server
 * breaks the pages it has not loaded yet (their modules' hashed names change).
 */
export const SERVED_BUILD_DIR = 'build';
export const BENCH_BUILD_DIR = 'bench/.tmp/build';

/**
 * The build to write (svelte.config.js) or serve (src/server.js): `BUILD_DIR`, relative to the
 * project's root, when set, else build/.
 * @param {Record<string, string | undefined>} env
 */
export function buildDir(env = process.env) {
	return env.BUILD_DIR || SERVED_BUILD_DIR;
}

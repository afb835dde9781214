import { describe, expect, it } from 'vitest';
import { BENCH_BUILD_DIR, buildDir } from './build-dir.js';

describe('buildDir', () => {
	it('is build/, which npm start serves, unless BUILD_DIR names another', () => {
		expect(buildDir({})).toBe('build');
		expect(buildDir({ BUILD_DIR: 'bench/.tmp/build' })).toBe('bench/.tmp/build');
	});

	it('gives the bench a directory of its own, away from build/', () => {
		expect(BENCH_BUILD_DIR).toBe('bench/.tmp/build');
		expect(BENCH_BUILD_DIR.startsWith('build')).toBe(false);
	});
});

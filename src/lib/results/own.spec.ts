import { describe, expect, it } from 'vitest';
import { V3_BANK } from '$lib/quiz/banks/v3';
import { MIXED_V3 } from '$lib/quiz/fixtures';
import { emptyProgress, type SavedRead } from '$lib/quiz/progress';
import { isOwnResult, lastOwnResult } from './own';

// MIXED_V3's link, a retake of it (tests/history.spec.ts), and a finished version-1 quiz's.
const mixed = '3-2jj8frkfi83ld3alls';
const retake = '3-qjj8frkfi83ld3aln4';
const version1 = '1-5kkakuvb6fz6g';

const finished: SavedRead = { bank: V3_BANK, progress: MIXED_V3, earlierResult: null };
const started: SavedRead = {
	bank: V3_BANK,
	progress: MIXED_V3.map((a, i) => (i === 0 ? a : null)),
	earlierResult: null
};
const fromVersion1: SavedRead = {
	bank: V3_BANK,
	progress: emptyProgress(V3_BANK),
	earlierResult: version1
};
const history = [
	{ code: '9-abc', date: '2026-12-01' },
	{ code: retake, date: '2026-11-02' },
	{ code: mixed, date: '2026-03-03' }
];

describe('the person’s own results', () => {
	it('are the finished progress’s, an earlier bank’s finished one, and those in the history', () => {
		expect(isOwnResult(mixed, finished, [])).toBe(true);
		expect(isOwnResult(version1, fromVersion1, [])).toBe(true);
		expect(isOwnResult(retake, started, history)).toBe(true);
		expect(isOwnResult(retake, finished, [])).toBe(false);
	});

	it('no longer hold a result once the history forgets it', () => {
		expect(isOwnResult(mixed, started, history)).toBe(true);
		expect(isOwnResult(mixed, started, [])).toBe(false);
		expect(isOwnResult(mixed, started, [history[1]!])).toBe(false);
	});

	it('lead to the finished progress’s result first, else the newest in the history that opens', () => {
		expect(lastOwnResult(finished, history)).toBe(mixed);
		expect(lastOwnResult(fromVersion1, history)).toBe(version1);
		expect(lastOwnResult(started, history)).toBe(retake);
		expect(lastOwnResult(started, [{ code: '9-abc', date: '2026-12-01' }])).toBeNull();
		expect(lastOwnResult(started, [])).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { V2_BANK } from '$lib/quiz/banks/v2';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from '$lib/quiz/fixtures';
import { encodeShareCode } from '$lib/quiz/share-code';
import { changeBetween, changeSince, historyItems, readResult, type ResultFigures } from './change';

// Figures of the fixtures, worked out by hand (src/lib/quiz/scoring.spec.ts shows the sums).
// On call: 42 “in between”; scope 38, starting point 63, method 25, environment 63, people 6,
// real conditions 56. With skips: 57 “in between” (100 × 34 points ÷ (4 × 15 answers) = 56.67); scope 42, starting point 63, environment 63,
// real conditions 56, method and people without enough answers. Two dimensions: starting point
// and environment 63, no overall position.
const onCall = encodeShareCode(ON_CALL, V2_BANK);
const withSkips = encodeShareCode(WITH_SKIPS, V2_BANK);
const twoDimensions = encodeShareCode(TWO_DIMENSIONS, V2_BANK);
// On call, with “Never” instead of “Often” on the last question (real conditions, keyed toward
// programmer): real conditions 9 + 3 = 12 of 16 = 75; overall 100 × (40 + 3) ÷ 96 = 44.79, so 45.
const retake = encodeShareCode(
	ON_CALL.map((a, i) => (i === 23 ? 0 : a)),
	V2_BANK
);
const retired = '9-abc';
const damaged = onCall.slice(0, -1) + (onCall.endsWith('0') ? '1' : '0');

const figures = (code: string): ResultFigures => {
	const read = readResult(code);
	if (!read.ok) throw new Error(read.error);
	return read.figures;
};

describe('reading a result from its code', () => {
	it('gives the overall score, its band and every dimension, null where it has too few answers', () => {
		expect(figures(withSkips)).toEqual({
			overall: { score: 57, band: 'both' },
			dimensions: {
				scope: 42,
				'starting-point': 63,
				method: null,
				environment: 63,
				people: null,
				quality: 56,
				// A version-2 result has no version-3 dimension.
				breadth: null,
				brief: null,
				approach: null,
				conditions: null
			}
		});
		expect(figures(twoDimensions).overall).toBeNull();
	});

	it('says why a code cannot be read', () => {
		expect(readResult(retired)).toEqual({ ok: false, error: 'unknown-version' });
		expect(readResult(damaged)).toEqual({ ok: false, error: 'damaged' });
	});
});

describe('the list of earlier results', () => {
	it('keeps the order, marks the shown result and gives each its overall or the reason it cannot be read', () => {
		const items = historyItems(
			[
				{ code: retake, date: '2026-12-01' },
				{ code: retired, date: '2026-06-01' },
				{ code: twoDimensions, date: '2026-04-01' },
				{ code: onCall, date: '2026-03-03' }
			],
			retake
		);
		expect(items).toEqual([
			{
				code: retake,
				date: '2026-12-01',
				current: true,
				readable: true,
				overall: { score: 45, band: 'both' }
			},
			{
				code: retired,
				date: '2026-06-01',
				current: false,
				readable: false,
				reason: 'unknown-version'
			},
			{ code: twoDimensions, date: '2026-04-01', current: false, readable: true, overall: null },
			{
				code: onCall,
				date: '2026-03-03',
				current: false,
				readable: true,
				overall: { score: 42, band: 'both' }
			}
		]);
	});

	it('marks nothing on the landing page', () => {
		const items = historyItems([{ code: onCall, date: '2026-03-03' }]);
		expect(items[0]!.current).toBe(false);
	});
});

describe('what changed between two results', () => {
	it('gives the overall before and after, and the dimension that moved most', () => {
		expect(changeBetween(figures(onCall), figures(retake))).toEqual({
			overall: { from: 42, to: 45, delta: 3 },
			biggest: { dimension: 'quality', delta: 19 }
		});
	});

	it('passes over dimensions without enough answers on either side', () => {
		// Method (25 → none) and People (6 → none) would move most, but have no score after.
		expect(changeBetween(figures(onCall), figures(withSkips))).toEqual({
			overall: { from: 42, to: 57, delta: 15 },
			biggest: { dimension: 'scope', delta: 4 }
		});
		expect(changeBetween(figures(withSkips), figures(onCall))).toEqual({
			overall: { from: 57, to: 42, delta: -15 },
			biggest: { dimension: 'scope', delta: -4 }
		});
	});

	it('gives no difference when either side has no overall position, and says when nothing moved', () => {
		expect(changeBetween(figures(onCall), figures(twoDimensions))).toEqual({
			overall: { from: 42, to: null, delta: null },
			biggest: { dimension: 'starting-point', delta: 0 }
		});
		expect(changeBetween(figures(twoDimensions), figures(withSkips))).toEqual({
			overall: { from: null, to: 57, delta: null },
			biggest: { dimension: 'starting-point', delta: 0 }
		});
	});

	it('has no biggest change when no dimension is scored both times', () => {
		const none: ResultFigures = {
			overall: null,
			dimensions: {
				scope: null,
				'starting-point': null,
				method: null,
				environment: null,
				people: null,
				quality: null,
				breadth: null,
				brief: null,
				approach: null,
				conditions: null
			}
		};
		expect(changeBetween(none, figures(onCall))).toEqual({
			overall: { from: null, to: 42, delta: null },
			biggest: null
		});
	});
});

describe('the change since the previous result', () => {
	const history = [
		{ code: retake, date: '2026-12-01' },
		{ code: damaged, date: '2026-06-01' },
		{ code: onCall, date: '2026-03-03' }
	];

	it('compares a result with the newest readable one before it', () => {
		expect(changeSince(history, retake)).toEqual({
			earlier: { code: onCall, date: '2026-03-03' },
			overall: { from: 42, to: 45, delta: 3 },
			biggest: { dimension: 'quality', delta: 19 }
		});
	});

	it('has nothing to say for the first result, or for a result not in the history', () => {
		expect(changeSince(history, onCall)).toBeNull();
		expect(changeSince(history, withSkips)).toBeNull();
		expect(changeSince([], retake)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import {
	addToHistory,
	dayOf,
	decodeHistory,
	encodeHistory,
	HISTORY_LIMIT,
	recordResult,
	removeFromHistory
} from './history';

describe('the history cookie', () => {
	it('writes code and day, newest first, in cookie-safe characters', () => {
		const value = encodeHistory([
			{ code: '2-abc12', date: '2026-12-01' },
			{ code: '1-zz9', date: '2026-03-03' }
		]);
		expect(value).toBe('2-abc12_20261201.1-zz9_20260303');
	});

	it('reads back what it wrote', () => {
		expect(decodeHistory('2-abc12_20261201.1-zz9_20260303')).toEqual([
			{ code: '2-abc12', date: '2026-12-01' },
			{ code: '1-zz9', date: '2026-03-03' }
		]);
	});

	it('drops unreadable entries one by one and keeps the rest', () => {
		expect(
			decodeHistory(
				'2-abc12_20261201.<script>_20261201.2-ok_20260231.2-ok_2026120.2-x_20260101_9.2-good_20260105'
			)
		).toEqual([
			{ code: '2-abc12', date: '2026-12-01' },
			{ code: '2-good', date: '2026-01-05' }
		]);
	});

	it('treats a missing, empty or oversized cookie as no history', () => {
		expect(decodeHistory(undefined)).toEqual([]);
		expect(decodeHistory('')).toEqual([]);
		expect(decodeHistory(`2-a_20260101.`.repeat(200))).toEqual([]);
	});

	it('keeps at most ten entries when reading', () => {
		const raw = Array.from({ length: 12 }, (_, i) => `2-c${i}_20260101`).join('.');
		const entries = decodeHistory(raw);
		expect(entries).toHaveLength(10);
		expect(entries[9]).toEqual({ code: '2-c9', date: '2026-01-01' });
	});
});

describe('adding and removing', () => {
	const two = [
		{ code: '2-b', date: '2026-11-02' },
		{ code: '2-a', date: '2026-11-01' }
	];

	it('puts a new result first', () => {
		expect(addToHistory(two, '2-c', '2026-12-01')).toEqual([
			{ code: '2-c', date: '2026-12-01' },
			{ code: '2-b', date: '2026-11-02' },
			{ code: '2-a', date: '2026-11-01' }
		]);
	});

	it('moves a repeated result up with its new date instead of listing it twice', () => {
		expect(addToHistory(two, '2-a', '2026-12-01')).toEqual([
			{ code: '2-a', date: '2026-12-01' },
			{ code: '2-b', date: '2026-11-02' }
		]);
	});

	it('lets the oldest fall off past ten', () => {
		const ten = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
			code: `2-c${i}`,
			date: '2026-01-01'
		}));
		const eleven = addToHistory(ten, '2-new', '2026-02-01');
		expect(eleven).toHaveLength(10);
		expect(eleven[0]!.code).toBe('2-new');
		expect(eleven.map((entry) => entry.code)).not.toContain('2-c9');
	});

	it('removes one result and leaves the others in order', () => {
		expect(removeFromHistory(two, '2-b')).toEqual([{ code: '2-a', date: '2026-11-01' }]);
		expect(removeFromHistory(two, '2-zzz')).toEqual(two);
	});

	it('records a new run first and keeps the earlier ones', () => {
		expect(recordResult(two, '2-c', '2026-12-01', null)).toEqual([
			{ code: '2-c', date: '2026-12-01' },
			{ code: '2-b', date: '2026-11-02' },
			{ code: '2-a', date: '2026-11-01' }
		]);
	});

	it('lets a revised result take the place of the one it revises', () => {
		expect(recordResult(two, '2-c', '2026-12-01', '2-b')).toEqual([
			{ code: '2-c', date: '2026-12-01' },
			{ code: '2-a', date: '2026-11-01' }
		]);
		// Revising a result that is no longer listed only adds the new one.
		expect(recordResult(two, '2-c', '2026-12-01', '2-gone')).toHaveLength(3);
	});

	it('dates in UTC', () => {
		expect(dayOf(new Date('2026-03-03T23:30:00-05:00'))).toBe('2026-03-04');
	});
});

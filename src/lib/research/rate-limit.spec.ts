import { describe, expect, it } from 'vitest';
import { HourlyLimit } from './rate-limit';

describe('HourlyLimit', () => {
	it('allows max per key in an hour, then refuses until the next hour', () => {
		let now = Date.UTC(2026, 0, 1, 10, 0, 0);
		const limit = new HourlyLimit(2, () => now);
		expect(limit.take('a')).toBe(true);
		expect(limit.take('a')).toBe(true);
		expect(limit.take('a')).toBe(false);
		expect(limit.take('b')).toBe(true);
		now = Date.UTC(2026, 0, 1, 10, 59, 59);
		expect(limit.take('a')).toBe(false);
		now = Date.UTC(2026, 0, 1, 11, 0, 0);
		expect(limit.take('a')).toBe(true);
	});

	it('refuses everything at 0', () => {
		expect(new HourlyLimit(0).take('a')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { errorKind } from './error-kind';

describe('errorKind', () => {
	it('takes a route’s own kind', () => {
		expect(errorKind(400, 'damaged-link')).toBe('damaged-link');
		expect(errorKind(404, 'not-found')).toBe('not-found');
	});

	it('otherwise goes by the status', () => {
		expect(errorKind(404)).toBe('not-found');
		expect(errorKind(403, 'bad-request')).toBe('forbidden');
		expect(errorKind(410)).toBe('retired-link');
		expect(errorKind(405)).toBe('bad-request');
		expect(errorKind(500)).toBe('server-error');
		expect(errorKind(503)).toBe('server-error');
	});
});

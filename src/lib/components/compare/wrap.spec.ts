import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap';

describe('wrapLines', () => {
	it('breaks at spaces, never over the limit', () => {
		expect(wrapLines('Not enough answers: Maximiliane Ottilie Bergström-Hohenfels', 24)).toEqual([
			'Not enough answers:',
			'Maximiliane Ottilie',
			'Bergström-Hohenfels'
		]);
	});
	it('keeps short text on one line', () => {
		expect(wrapLines('Ana · 42', 24)).toEqual(['Ana · 42']);
	});
	it('cuts a word longer than a line, counting characters, not UTF-16 units', () => {
		expect(wrapLines('😀😀😀😀😀 · 7', 3)).toEqual(['😀😀😀', '😀😀', '· 7']);
	});
});

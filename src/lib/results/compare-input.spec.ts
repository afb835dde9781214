import { describe, expect, it } from 'vitest';
import { entriesFromLines, entriesFromParams, entryFromLine, entryParam } from './compare-input';

describe('entries from the address', () => {
	it('reads bare codes and codes with a name', () => {
		expect(entriesFromParams(['2-abc', '2-DEF~Ana María', '2-x~'])).toEqual([
			{ code: '2-abc', name: '' },
			{ code: '2-def', name: 'Ana María' },
			{ code: '2-x', name: '' }
		]);
	});

	it('keeps a name with a tilde in it whole', () => {
		expect(entriesFromParams(['2-abc~a~b'])).toEqual([{ code: '2-abc', name: 'a~b' }]);
	});

	it('keeps markup in a name as plain characters, to be escaped when shown', () => {
		expect(entriesFromParams(['2-abc~<b>Bo</b>'])).toEqual([{ code: '2-abc', name: '<b>Bo</b>' }]);
	});

	it('cuts a name to 40 characters and one line', () => {
		const [entry] = entriesFromParams([`2-abc~${'x'.repeat(50)}\nline two`]);
		expect(entry!.name).toBe('x'.repeat(40));
		expect(entriesFromParams(['2-a~ Ana \t\u0000 Lee '])[0]!.name).toBe('Ana Lee');
	});

	it('writes back the same parameter it reads', () => {
		expect(entryParam({ code: '2-abc', name: 'Ana' })).toBe('2-abc~Ana');
		expect(entryParam({ code: '2-abc', name: '' })).toBe('2-abc');
	});
});

describe('entries from pasted lines', () => {
	it('takes full links, localized links and bare codes, one per line', () => {
		expect(
			entriesFromLines(
				'http://localhost:3000/result/2-aaa\n\n  /de/result/2-BBB  \r\n2-ccc\nhttps://example.org/fr/result/2-ddd?x=1#top'
			)
		).toEqual(['2-aaa', '2-bbb', '2-ccc', '2-ddd'].map((code) => ({ code, name: '' })));
	});

	it('reads a name written before the link', () => {
		expect(entryFromLine('Ana: https://quiz.example/result/2-aaa')).toEqual({
			code: '2-aaa',
			name: 'Ana'
		});
		expect(entryFromLine('Bo Lee - 2-bbb')).toEqual({ code: '2-bbb', name: 'Bo Lee' });
	});

	it('drops punctuation stuck to the end of a pasted link', () => {
		expect(entryFromLine('see https://quiz.example/result/2-aaa).')).toEqual({
			code: '2-aaa',
			name: 'see'
		});
	});

	it('keeps what is not a code as given, so the page can say it cannot be read', () => {
		expect(entryFromLine('https://quiz.example/about')).toEqual({
			code: 'https://quiz.example/about',
			name: ''
		});
		expect(entryFromLine('   ')).toBeNull();
	});
});

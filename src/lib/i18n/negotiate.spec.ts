import { describe, expect, test } from 'vitest';
import { chooseLocale, negotiateLocale, parseAcceptLanguage } from './negotiate';

describe('negotiateLocale', () => {
	test.each([
		['de', 'de'],
		['de-DE', 'de'],
		['de-CH', 'de'],
		['de-AT,de;q=0.9,en;q=0.8', 'de'],
		['fr-CA', 'fr'],
		['es-419,es;q=0.9', 'es'],
		['pt-BR', 'pt-BR'],
		['pt-br', 'pt-BR'],
		['pt', 'pt-BR'],
		['pt-PT', 'pt-BR'],
		['pt-PT,pt;q=0.9,en;q=0.8', 'pt-BR'],
		['en-US,en;q=0.9', 'en'],
		['en-GB', 'en'],
		['en;q=0.5, de;q=0.9', 'de'],
		['de;q=0.8, fr', 'fr'],
		['fr;q=0.7, es;q=0.7', 'fr'],
		['ja, de;q=0.5', 'de'],
		['zh-CN, *;q=0.1', 'en'],
		['*', 'en'],
		['de;q=0.5, *;q=0.8', 'en'],
		['en;q=0, *', 'de'],
		['fr;q=0, fr-CA', null],
		['de;q=0, de-CH', null],
		['de-CH;q=0, de', 'de'],
		['pt;q=0, pt-BR, es;q=0.5', 'es'],
		['en;q=0', null],
		['ja, zh', null],
		['', null],
		['de;q=2, fr', 'fr'],
		['de;q=abc, es', 'es'],
		['<script>, fr', 'fr'],
		['  fr-FR ; q=0.9 ,  de ; q=0.4', 'fr'],
		['DE-de', 'de']
	])('%j → %s', (header, expected) => {
		expect(negotiateLocale(header)).toBe(expected);
	});

	test('no header picks nothing', () => {
		expect(negotiateLocale(null)).toBeNull();
		expect(negotiateLocale(undefined)).toBeNull();
	});

	test('an absurdly long header is read only up to its limit', () => {
		expect(negotiateLocale(`${'x-y,'.repeat(500)}de`)).toBeNull();
		expect(negotiateLocale(`fr,${'x-y,'.repeat(500)}de`)).toBe('fr');
	});
});

describe('parseAcceptLanguage', () => {
	test('reads tags, weights and order; drops malformed entries', () => {
		expect(parseAcceptLanguage('de-CH, fr;q=0.5, bad tag, *;q=0, en;q=1.5')).toEqual([
			{ tag: 'de-ch', q: 1, order: 0 },
			{ tag: 'fr', q: 0.5, order: 1 },
			{ tag: '*', q: 0, order: 3 }
		]);
	});
});

describe('chooseLocale', () => {
	test('the remembered choice comes first', () => {
		expect(chooseLocale('es', 'de')).toBe('es');
		expect(chooseLocale('pt-BR', null)).toBe('pt-BR');
	});
	test('then the browser’s languages', () => {
		expect(chooseLocale(undefined, 'fr-FR,fr;q=0.9')).toBe('fr');
	});
	test('a cookie that names no language of ours is ignored', () => {
		expect(chooseLocale('xx', 'de')).toBe('de');
		expect(chooseLocale('pt-br', null)).toBe('en');
	});
	test('then English', () => {
		expect(chooseLocale(undefined, null)).toBe('en');
		expect(chooseLocale(undefined, 'ja')).toBe('en');
	});
});

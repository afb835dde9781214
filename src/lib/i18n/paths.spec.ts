import { describe, expect, test } from 'vitest';
import {
	canonicalLocalePath,
	localeFromPath,
	localizeHref,
	sameSitePath,
	stripLocale
} from './paths';

describe('localeFromPath', () => {
	test.each([
		['/de/quiz/3', 'de'],
		['/de', 'de'],
		['/de/', 'de'],
		['/es/result/1-abc', 'es'],
		['/fr/how-it-works', 'fr'],
		['/pt-br/quiz/1', 'pt-BR'],
		['/en/quiz/1', 'en']
	])('%s is in %s', (path, locale) => {
		expect(localeFromPath(path)).toBe(locale);
	});

	test.each([
		'/',
		'/quiz/3',
		'/result/1-abc',
		'/how-it-works',
		'/dev',
		'/d',
		'/pt',
		'/pt-BR/quiz',
		'/DE',
		'//de'
	])('%s names no language', (path) => {
		expect(localeFromPath(path)).toBeNull();
	});
});

describe('stripLocale', () => {
	test.each([
		['/de/quiz/3', '/quiz/3'],
		['/de', '/'],
		['/de/', '/'],
		['/pt-br/result/1-abc', '/result/1-abc'],
		['/quiz/3', '/quiz/3'],
		['/', '/'],
		['/dev/x', '/dev/x']
	])('%s → %s', (path, bare) => {
		expect(stripLocale(path)).toBe(bare);
	});
});

describe('canonicalLocalePath', () => {
	test.each([
		['/pt-BR/quiz/1', '/pt-br/quiz/1'],
		['/DE', '/de'],
		['/Fr/how-it-works', '/fr/how-it-works']
	])('%s is spelled %s', (path, canonical) => {
		expect(canonicalLocalePath(path)).toBe(canonical);
	});

	test.each(['/de/quiz', '/pt-br', '/', '/Quiz/1', '/XX/quiz'])(
		'%s needs no correction',
		(path) => {
			expect(canonicalLocalePath(path)).toBeNull();
		}
	);
});

describe('localizeHref', () => {
	test.each([
		['de', '/', '/de'],
		['de', '/quiz/3', '/de/quiz/3'],
		['de', '/quiz/3?missing', '/de/quiz/3?missing'],
		['de', '/?x=1', '/de?x=1'],
		['de', '/how-it-works#formulas', '/de/how-it-works#formulas'],
		['pt-BR', '/result/1-abc', '/pt-br/result/1-abc'],
		['en', '/quiz/1', '/en/quiz/1'],
		['fr', '/de/quiz/3', '/fr/quiz/3'],
		['es', '/de', '/es'],
		[null, '/de/quiz/3?missing', '/quiz/3?missing'],
		[null, '/pt-br', '/'],
		[null, '/quiz/1', '/quiz/1']
	] as const)('%s, %s → %s', (locale, href, expected) => {
		expect(localizeHref(locale, href)).toBe(expected);
	});

	test.each([
		'?/next',
		'#main',
		'quiz/2',
		'https://example.com/',
		'//example.com/x',
		'/\\example.com',
		'/og/engineer.png',
		'/favicon.svg',
		'/enhance.js',
		'/_app/immutable/x'
	])('%s is the same in every language', (href) => {
		expect(localizeHref('de', href)).toBe(href);
	});
});

describe('sameSitePath', () => {
	test.each([
		['/quiz/3', '/quiz/3'],
		['/quiz/3?missing', '/quiz/3?missing'],
		['/result/1-abc#share', '/result/1-abc'],
		['/de/how-it-works', '/de/how-it-works'],
		['/', '/']
	])('%s is kept as %s', (input, expected) => {
		expect(sameSitePath(input)).toBe(expected);
	});

	test.each([
		null,
		'',
		'quiz/3',
		'//evil.example/x',
		'/\\evil.example',
		'/\t/evil.example',
		'/.//evil.example',
		'/..//evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		'/' + 'a'.repeat(2001)
	])('%j is refused', (input) => {
		expect(sameSitePath(input)).toBeNull();
	});
});

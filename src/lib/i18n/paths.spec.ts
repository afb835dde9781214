import { describe, expect, test } from 'vitest';
import {
	canonicalLocalePath,
	localeFromPath,
	localizeHref,
	sameSitePath,
	stripLocale
} from './paths';

/** One test per row: `fn` of the row's input is the row's expected output. */
function eachGives<I, O>(fn: (input: I) => O, name: string, rows: readonly (readonly [I, O])[]) {
	test.each(rows)(name, (input, expected) => {
		expect(fn(input)).toBe(expected);
	});
}

describe('localeFromPath', () => {
	eachGives(localeFromPath, '%s is in %s', [
		['/de/quiz/3', 'de'],
		['/de', 'de'],
		['/de/', 'de'],
		['/es/result/1-abc', 'es'],
		['/fr/how-it-works', 'fr'],
		['/pt-br/quiz/1', 'pt-BR'],
		['/en/quiz/1', 'en']
	]);

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
	eachGives(stripLocale, '%s → %s', [
		['/de/quiz/3', '/quiz/3'],
		['/de', '/'],
		['/de/', '/'],
		['/pt-br/result/1-abc', '/result/1-abc'],
		['/quiz/3', '/quiz/3'],
		['/', '/'],
		['/dev/x', '/dev/x']
	]);
});

describe('canonicalLocalePath', () => {
	eachGives(canonicalLocalePath, '%s is spelled %s', [
		['/pt-BR/quiz/1', '/pt-br/quiz/1'],
		['/DE', '/de'],
		['/Fr/how-it-works', '/fr/how-it-works']
	]);

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
	eachGives(sameSitePath, '%s is kept as %s', [
		['/quiz/3', '/quiz/3'],
		['/quiz/3?missing', '/quiz/3?missing'],
		['/result/1-abc#share', '/result/1-abc'],
		['/de/how-it-works', '/de/how-it-works'],
		['/', '/']
	]);

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

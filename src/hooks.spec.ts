import { describe, expect, test } from 'vitest';
import { contentFor } from '$lib/content';
import { LOCALES } from '$lib/i18n/locales';
import { transport } from './hooks';

const { encode, decode } = transport.Content!;

describe('the words travel as their language', () => {
	test.each(LOCALES)('%s', (locale) => {
		expect(encode(contentFor(locale))).toBe(locale);
		expect(decode(locale)).toBe(contentFor(locale));
	});

	test('anything else is not words', () => {
		expect(encode({ site: contentFor('en').site })).toBe(false);
		expect(encode('en')).toBe(false);
	});
});

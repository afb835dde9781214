import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';
import { auditContent, leaves, type ContentAudit } from './audit';
import { contentFor, languageFolder, SAME_IN_EVERY_LANGUAGE } from './index';

const english = contentFor(DEFAULT_LOCALE);
const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const audits = new Map<Locale, ContentAudit>(
	others.map((locale) => [locale, auditContent(english, contentFor(locale))])
);

describe.each(others)('content: %s', (locale) => {
	const audit = audits.get(locale)!;
	const { sameAsEnglish, borrowedFromEnglish = [] } = languageFolder(locale);

	test('keeps the placeholders of every template', () => {
		expect(audit.placeholders, `${locale}: placeholders differ from English`).toEqual([]);
	});

	test('leaves no string in English outside the parts pending translation', () => {
		const expected = [...SAME_IN_EVERY_LANGUAGE, ...sameAsEnglish];
		expect(audit.sameAsEnglish.toSorted(), `${locale}: still in English`).toEqual(
			expected.toSorted()
		);
	});

	test('borrows from English only the parts its folder says it does', () => {
		expect(audit.pending, `${locale}: parts still borrowed from English`).toEqual(
			borrowedFromEnglish
		);
	});
});

test('every language names itself differently, for the language switcher', () => {
	const names = LOCALES.map((locale) => contentFor(locale).site.languageName);
	expect(new Set(names).size).toBe(LOCALES.length);
	expect(contentFor('de').site.languageName).toBe('Deutsch');
});

test('French puts a no-break space before the colon after a label, German none', () => {
	expect(contentFor('fr').quiz.methodology.table.distinction('X')).toBe('Distinction\u00a0: X');
	expect(contentFor('de').quiz.methodology.table.distinction('X')).toBe('Unterscheidung: X');
});

test('French text uses no-break spaces where French typography puts a space', () => {
	const pending = new Set(audits.get('fr')!.pendingKeys);
	const strings = leaves(contentFor('fr')).filter(
		(leaf): leaf is [string, string] => typeof leaf[1] === 'string' && !pending.has(leaf[0])
	);
	expect(strings.length).toBeGreaterThan(10);
	for (const [key, value] of strings) expect(value, key).not.toMatch(/ [?!;:»]|« /);
});

/** `npm run i18n:missing` prints the to-do list; an ordinary test run stays quiet. */
afterAll(() => {
	if (process.env.npm_lifecycle_event !== 'i18n:missing') return;
	const lines: string[] = [];
	for (const [locale, audit] of audits) {
		const problems: [string, string[]][] = [
			['missing', audit.missing],
			['extra', audit.extra],
			['placeholders differ from English', audit.placeholders],
			['same as English (check)', audit.sameAsEnglish],
			[
				`pending translation (${audit.pending.join(', ')}: still the English text)`,
				audit.pendingKeys
			]
		];
		const found = problems.filter(([, keys]) => keys.length > 0);
		lines.push(found.length === 0 ? `${locale}: complete` : `${locale}:`);
		for (const [label, keys] of found) {
			lines.push(`  ${label}: ${keys.length} key${keys.length === 1 ? '' : 's'}`);
			for (const key of keys) lines.push(`    ${key}`);
		}
	}
	console.log(`\nText still to write, per language (reference: English)\n\n${lines.join('\n')}\n`);
});

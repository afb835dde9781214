import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';
import { auditContent, leaves, type ContentAudit } from './audit';
import { contentFor } from './index';

type OtherLocale = Exclude<Locale, 'en'>;

/**
 * Parts of each language borrowed from English (the English object itself, while a new
 * language is being written). Every language is complete, so these lists are empty: a part
 * borrowed again fails the test until the list here says so, so nothing is left in English by
 * accident.
 */
const PENDING: Record<OtherLocale, string[]> = {
	de: [],
	es: [],
	fr: [],
	'pt-BR': []
};

/** Text that is right to be the same as in English, per language (a loan word, "Error 404"). */
const SAME_AS_ENGLISH: Record<OtherLocale, string[]> = {
	de: [
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.dimensionLine',
		'quiz.result.nextScore',
		'compare.page.person',
		'compare.page.scoreAndBand',
		'compare.page.tablePerson',
		'compare.page.unreadable',
		'research.page.alpha',
		'research.page.omega'
	],
	es: [
		'site.error.status',
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.dimensionLine',
		'quiz.result.nextScore',
		'compare.page.scoreAndBand',
		'compare.page.unreadable',
		'research.page.alpha',
		'research.page.omega'
	],
	fr: [
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.nextScore',
		'quiz.methodology.table.question',
		'compare.page.scoreAndBand',
		'research.page.alpha',
		'research.page.omega',
		'research.page.question',
		'research.page.distribution'
	],
	'pt-BR': [
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.dimensionLine',
		'quiz.result.nextScore',
		'compare.page.scoreAndBand',
		'compare.page.unreadable',
		'research.page.alpha',
		'research.page.omega',
		'research.page.percent'
	]
};

const english = contentFor(DEFAULT_LOCALE);
const others = LOCALES.filter((locale): locale is OtherLocale => locale !== DEFAULT_LOCALE);
const audits = new Map<OtherLocale, ContentAudit>(
	others.map((locale) => [locale, auditContent(english, contentFor(locale))])
);

describe.each(others)('content: %s', (locale) => {
	const audit = audits.get(locale)!;

	test('keeps the placeholders of every template', () => {
		expect(audit.placeholders, `${locale}: placeholders differ from English`).toEqual([]);
	});

	test('leaves no string in English outside the parts pending translation', () => {
		expect(audit.sameAsEnglish, `${locale}: still in English`).toEqual(SAME_AS_ENGLISH[locale]);
	});

	test(`pending translation: ${PENDING[locale].join(', ') || 'nothing'}`, () => {
		expect(audit.pending, `${locale}: parts still borrowed from English`).toEqual(PENDING[locale]);
	});
});

test('every language names itself differently, for the language switcher', () => {
	const names = LOCALES.map((locale) => contentFor(locale).site.languageName);
	expect(names).toEqual(['English', 'Deutsch', 'Español', 'Français', 'Português (Brasil)']);
});

test('each language punctuates a label before its value in its own way', () => {
	const labelled = LOCALES.map((locale) =>
		contentFor(locale).quiz.methodology.table.distinction('X')
	);
	expect(labelled).toEqual([
		'Distinction: X',
		'Unterscheidung: X',
		'Distinción: X',
		'Distinction\u00a0: X',
		'Distinção: X'
	]);
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

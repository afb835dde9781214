import { LOCALES, type Locale } from '$lib/i18n/locales';
import type { Content, LanguageFolder } from './types';

/** Every language folder, <lang>/index.ts, found by name: a language is its folder and LOCALES. */
const FOLDERS = import.meta.glob<LanguageFolder>('./*/index.ts', {
	eager: true,
	import: 'default'
});

/** The folder of one language in LOCALES; the site does not start without it. */
export function languageFolder(locale: Locale): LanguageFolder {
	const folder = FOLDERS[`./${locale}/index.ts`];
	if (!folder) throw new Error(`src/lib/content/${locale}/index.ts is missing: LOCALES names it`);
	return folder;
}

const CONTENT = Object.fromEntries(
	LOCALES.map((locale) => [locale, languageFolder(locale).content])
) as Readonly<Record<Locale, Content>>;

/** The text of one language; loaded once per server start, never per request. */
export function contentFor(locale: Locale): Content {
	return CONTENT[locale];
}

/**
 * Each language's name in that language, for the language switcher: a reader looks for their
 * own language by the name they know, whatever the page's language, so it needs all of them.
 */
export const LANGUAGE_NAMES = Object.fromEntries(
	LOCALES.map((locale) => [locale, CONTENT[locale].site.languageName])
) as Readonly<Record<Locale, string>>;

/** Text every language writes as English does: the statements' letters, symbols, bare figures. */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
	'quiz.scale.positions.0',
	'quiz.scale.positions.4',
	'quiz.scale.statements.a',
	'quiz.scale.statements.b',
	'quiz.format.integer',
	'quiz.result.nextScore',
	'compare.page.scoreAndBand',
	'research.page.alpha',
	'research.page.omega'
];

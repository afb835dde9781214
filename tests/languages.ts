import type { Locale } from '../src/lib/i18n/locales';

// The languages as the end-to-end tests expect them. Run one with `--grep @de`.

/**
 * Written out by hand: what a reader sees in each language. `name` is for test titles;
 * `selfName` is how the language switcher names it, in itself.
 */
export const LANGUAGES = [
	{
		locale: 'en',
		prefix: '/en',
		name: 'English',
		selfName: 'English',
		navLabel: 'Site',
		methodology: 'How the scoring works',
		skipLink: 'Skip to content',
		switcher: 'Language',
		notFound: 'Page not found',
		privacy: 'Private by design'
	},
	{
		locale: 'de',
		prefix: '/de',
		name: 'German',
		selfName: 'Deutsch',
		navLabel: 'Hauptnavigation',
		methodology: 'So wird ausgewertet',
		skipLink: 'Zum Inhalt springen',
		switcher: 'Sprache',
		notFound: 'Seite nicht gefunden',
		privacy: 'Von Grund auf privat'
	},
	{
		locale: 'es',
		prefix: '/es',
		name: 'Spanish',
		selfName: 'Español',
		navLabel: 'Navegación principal',
		methodology: 'Cómo se calcula la puntuación',
		skipLink: 'Saltar al contenido',
		switcher: 'Idioma',
		notFound: 'Página no encontrada',
		privacy: 'Privacidad desde el diseño'
	},
	{
		locale: 'fr',
		prefix: '/fr',
		name: 'French',
		selfName: 'Français',
		navLabel: 'Navigation principale',
		methodology: 'Comment le score est calculé',
		skipLink: 'Aller au contenu',
		switcher: 'Langue',
		notFound: 'Page introuvable',
		privacy: 'Confidentialité dès la conception'
	},
	{
		locale: 'pt-BR',
		prefix: '/pt-br',
		name: 'Brazilian Portuguese',
		selfName: 'Português (Brasil)',
		navLabel: 'Navegação principal',
		methodology: 'Como funciona a pontuação',
		skipLink: 'Pular para o conteúdo',
		switcher: 'Idioma',
		notFound: 'Página não encontrada',
		privacy: 'Privacidade desde a concepção'
	}
] as const;

export type Language = (typeof LANGUAGES)[number];

/** Every language in LOCALES has its expectations above: one left out fails `npm run check`. */
type Untested = Exclude<Locale, Language['locale']>;
export const EVERY_LOCALE_TESTED: [Untested] extends [never] ? true : Untested = true;

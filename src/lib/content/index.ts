import type { Locale } from '$lib/i18n/locales';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ptBR } from './pt-BR';
import type { Content } from './types';

/** One entry per language in LOCALES: a language without its text does not type-check. */
const CONTENT: Readonly<Record<Locale, Content>> = { en, de, es, fr, 'pt-BR': ptBR };

/** The text of one language; loaded once per server start, never per request. */
export function contentFor(locale: Locale): Content {
	return CONTENT[locale];
}

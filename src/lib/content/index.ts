import type { Locale } from '$lib/i18n/locales';
import { en } from './en';
import type { Content } from './types';

const CONTENT: Readonly<Record<Locale, Content>> = { en };

/** The text of one language; loaded once per server start, never per request. */
export function contentFor(locale: Locale): Content {
	return CONTENT[locale];
}

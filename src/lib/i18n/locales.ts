/**
 * The languages the site is written in. English is the default; every other language's text
 * must cover the same `Content` type (src/lib/content/types.ts), key for key.
 */
export const LOCALES = ['en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

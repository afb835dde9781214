import { match } from '@formatjs/intl-localematcher';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** One language range of an Accept-Language header, with its weight and its place in the list. */
interface LanguageRange {
	tag: string;
	q: number;
	order: number;
}

const QUALITY = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;
/** Real headers name a handful of languages; more is noise or abuse and is not read. */
const MAX_HEADER_LENGTH = 1000;
const MAX_RANGES = 50;

/** `*` or a well-formed BCP 47 tag, as `Intl` (and so `match`, which throws on others) reads them. */
function isLanguageTag(tag: string): boolean {
	if (tag === '*') return true;
	try {
		Intl.getCanonicalLocales(tag);
		return true;
	} catch {
		return false;
	}
}

/** The ranges of an Accept-Language header. Malformed entries are left out, not guessed at. */
export function parseAcceptLanguage(header: string): LanguageRange[] {
	return header
		.slice(0, MAX_HEADER_LENGTH)
		.split(',')
		.slice(0, MAX_RANGES)
		.flatMap((item, order) => {
			const [tag = '', ...params] = item.split(';').map((part) => part.trim());
			if (!isLanguageTag(tag)) return [];
			let q = 1;
			for (const param of params) {
				if (!/^q=/i.test(param)) continue;
				if (!QUALITY.test(param)) return [];
				q = Number(param.slice(2));
			}
			return [{ tag: tag.toLowerCase(), q, order }];
		});
}

/** `pt` covers pt-BR and `de` covers de: what the range asks for includes this language. */
function covers(range: string, locale: Locale): boolean {
	const tag = locale.toLowerCase();
	return range === tag || tag.startsWith(`${range}-`);
}

/** What `match` answers when no language of ours is close enough to a range. */
const NO_MATCH = 'und';

/**
 * The language to answer in, from an Accept-Language header (RFC 9110, 12.5.4), or null when
 * none of ours is acceptable. Higher q wins, then the order the reader listed; `q=0` refuses a
 * language, and `*` stands for any language: English unless refused. Each range is matched by
 * CLDR's language distances (`de-CH` → de, `pt-PT` → pt-BR, not English).
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
	if (!header) return null;
	let locale = negotiated.get(header);
	if (locale === undefined) {
		if (negotiated.size >= MAX_REMEMBERED) negotiated.clear();
		locale = negotiate(header);
		negotiated.set(header, locale);
	}
	return locale;
}

/**
 * Browsers send a few distinct headers over and over, and CLDR matching costs up to a tenth of
 * a millisecond per range, a tenth of the landing page's own time: each header is worked out once.
 */
const negotiated = new Map<string, Locale | null>();
const MAX_REMEMBERED = 1000;

function negotiate(header: string): Locale | null {
	const ranges = parseAcceptLanguage(header);
	const open = LOCALES.filter(
		(locale) =>
			!ranges.some((range) => range.q === 0 && range.tag !== '*' && covers(range.tag, locale))
	);
	const wanted = ranges
		.filter((range) => range.q > 0)
		.sort((a, b) => b.q - a.q || a.order - b.order);
	for (const range of wanted) {
		if (range.tag === '*')
			return open.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (open[0] ?? null);
		const found = match([range.tag], open, NO_MATCH, { algorithm: 'best fit' });
		if (isLocale(found)) return found;
	}
	return null;
}

export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language of a language-free address: the reader's own earlier choice (the cookie the
 * language switcher sets), then what their browser asks for, then English.
 */
export function chooseLocale(
	remembered: string | undefined,
	acceptLanguage: string | null | undefined
): Locale {
	if (isLocale(remembered)) return remembered;
	return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** One language range of an Accept-Language header, with its weight and its place in the list. */
interface LanguageRange {
	tag: string;
	q: number;
	order: number;
}

const TAG = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const QUALITY = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;
/** Real headers name a handful of languages; more is noise or abuse and is not read. */
const MAX_HEADER_LENGTH = 1000;
const MAX_RANGES = 50;

/** The ranges of an Accept-Language header. Malformed entries are left out, not guessed at. */
export function parseAcceptLanguage(header: string): LanguageRange[] {
	return header
		.slice(0, MAX_HEADER_LENGTH)
		.split(',')
		.slice(0, MAX_RANGES)
		.flatMap((item, order) => {
			const [tag = '', ...params] = item.split(';').map((part) => part.trim());
			if (!TAG.test(tag)) return [];
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

/**
 * How well one range fits one of our languages: 3 exactly (`pt-br`), 2 one includes the other
 * (`pt` → pt-BR, `de-ch` → de), 1 the same language for another country (`pt-pt` → pt-BR,
 * which a reader in Portugal reads far more easily than the English fallback), 0 not at all.
 */
function fit(range: string, locale: Locale): number {
	const tag = locale.toLowerCase();
	if (range === tag) return 3;
	if (covers(range, locale) || range.startsWith(`${tag}-`)) return 2;
	return range.split('-')[0] === tag.split('-')[0] ? 1 : 0;
}

/**
 * The language to answer in, from an Accept-Language header (RFC 9110, 12.5.4), or null when
 * none of ours is acceptable. Higher q wins, then the order the reader listed; `q=0` refuses a
 * language, and `*` stands for any language: English unless refused.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
	if (!header) return null;
	const ranges = parseAcceptLanguage(header);
	const refused = new Set(
		LOCALES.filter((locale) =>
			ranges.some((range) => range.q === 0 && range.tag !== '*' && covers(range.tag, locale))
		)
	);
	const wanted = ranges
		.filter((range) => range.q > 0)
		.sort((a, b) => b.q - a.q || a.order - b.order);
	for (const range of wanted) {
		const open = LOCALES.filter((locale) => !refused.has(locale));
		if (range.tag === '*')
			return open.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (open[0] ?? null);
		let best: Locale | null = null;
		let bestFit = 0;
		for (const locale of open) {
			const score = fit(range.tag, locale);
			if (score > bestFit) [best, bestFit] = [locale, score];
		}
		if (best) return best;
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

import type { FormatText } from './quiz-types';

/** The gender of the noun a spelled-out number counts, where the language inflects it. */
export type Gender = 'f' | 'm';

/**
 * Small counts spelled out, from nought to twelve: the most results /compare takes. Every
 * language reaches the same number, so a count reads as a word in one language exactly where
 * it does in all the others.
 */
export type NumberWords = Words<13>;
type Words<N extends number, W extends readonly string[] = []> = W['length'] extends N
	? W
	: Words<N, readonly [...W, string]>;

export interface LanguageWords {
	/** The small numbers in the gender a count takes when a sentence names none. */
	numbers: NumberWords;
	/** That gender (masculine unless said). */
	defaultGender?: Gender;
	/** Where the language inflects small numbers, those that differ in the other gender (“une”). */
	otherGender?: Readonly<Partial<Record<number, string>>>;
	/** The language's quotation marks, spacing included (French: “« ” and “ »”, no-break). */
	quotes: readonly [open: string, close: string];
}

/** A hyphen-minus, as Intl writes a negative figure, made a true minus sign (U+2212). */
const trueMinus = (text: string) => text.replace('-', '−');

/**
 * The shared `Intl` kit a language's text is written with, made once per language from its
 * locale and its own number words. Intl has no spelled-out numbers, so the words come from the
 * language; everything else (plurals, figures, lists, dates) comes from CLDR.
 */
export function defineLanguage(locale: string, words: LanguageWords) {
	const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const signedInteger = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
	const effect = new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	});
	const decimal = new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	});
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
	const fixedFormats = new Map<number, Intl.NumberFormat>();
	const and = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
	const or = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
	const plurals = new Intl.PluralRules(locale);
	// The UTC day a result was made on, so it is shown in UTC, whatever the reader's time zone.
	const day = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const defaultGender = words.defaultGender ?? 'm';

	const int = (n: number) => integer.format(n);
	const list = (items: readonly string[]) => and.format(items);
	const word = (n: number, gender: Gender = defaultGender) =>
		(gender === defaultGender ? undefined : words.otherGender?.[n]) ?? words.numbers[n] ?? int(n);
	const fixed = (n: number, digits: number) => {
		let format = fixedFormats.get(digits);
		if (!format) {
			format = new Intl.NumberFormat(locale, {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			});
			fixedFormats.set(digits, format);
		}
		return format.format(n);
	};

	const format: FormatText = {
		integer: int,
		effect: (points) => trueMinus(effect.format(points)),
		decimal: (n) => decimal.format(n),
		list
	};

	return {
		/** The form for a count: `one` where CLDR says so (French and Portuguese: 0 and 1), else `other`. */
		plural: (count: number, forms: { one: string; other: string }) =>
			plurals.select(count) === 'one' ? forms.one : forms.other,
		/** A small count in words, for running text; larger ones in figures. */
		word,
		/** The same, to start a sentence. */
		Word: (n: number, gender?: Gender) => {
			const w = word(n, gender);
			return w.charAt(0).toUpperCase() + w.slice(1);
		},
		/** A whole number in figures, with the language's thousands separator. */
		int,
		/** A share as a whole percentage, spaced and signed as the language writes it. */
		pct: (share: number) => percent.format(share),
		/** A figure with exactly `digits` decimals, such as a reliability (0.77) or an error (7.4). */
		fixed,
		/** The same, with a true minus sign for a negative figure. */
		fixedMinus: (n: number, digits: number) => trueMinus(fixed(n, digits)),
		/** A signed whole figure, “+9” or “−7”, with a true minus sign. */
		signed: (n: number) => trueMinus(signedInteger.format(n)),
		/** “A, B and C”. */
		list,
		/** A name or phrase in the language's quotation marks. */
		quote: (text: string) => `${words.quotes[0]}${text}${words.quotes[1]}`,
		/** “A, B or C”. */
		either: (items: readonly string[]) => or.format(items),
		/** A day, `YYYY-MM-DD`, written out: “3 March 2026”. */
		date: (isoDay: string) => day.format(new Date(`${isoDay}T00:00:00Z`)),
		/** The figures the components format themselves. */
		format
	};
}

export type LanguageKit = ReturnType<typeof defineLanguage>;

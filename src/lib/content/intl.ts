/**
 * The `Intl` formats that each language's text is written with, made once per language:
 * `<lang>/format.ts` and `<lang>/history.ts` take theirs from here, so the languages differ only
 * in their words and in what their own comments note.
 */
export function intlFor(locale: string) {
	const signedFormat = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
	return {
		integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
		/** A one-decimal figure with its sign, such as an answer's effect on a score. */
		effect: new Intl.NumberFormat(locale, {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1,
			signDisplay: 'exceptZero'
		}),
		decimal: new Intl.NumberFormat(locale, {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1
		}),
		percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
		/** A figure with exactly `digits` decimals, such as a reliability (0.77) or an error (7.4). */
		fixed: (n: number, digits: number) =>
			new Intl.NumberFormat(locale, {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}).format(n),
		list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
		plural: new Intl.PluralRules(locale),
		/** A signed whole figure with a true minus sign (U+2212), not a hyphen. */
		signed: (n: number) => signedFormat.format(n).replace('-', '−'),
		/**
		 * A history entry's day. It is the UTC day the result was made on, so it is shown in UTC,
		 * whatever the reader's time zone.
		 */
		day: new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		})
	};
}

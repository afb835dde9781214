/**
 * The number and date formats that each language's history text (`<lang>/history.ts`) uses,
 * made once per language. A history entry's day is the UTC day it was made on, so it is shown
 * in UTC, whatever the reader's time zone.
 */
export function historyFormats(locale: string) {
	const signedFormat = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
	return {
		integer: new Intl.NumberFormat(locale),
		/** A signed figure with a true minus sign (U+2212), not a hyphen. */
		signed: (n: number) => signedFormat.format(n).replace('-', '−'),
		day: new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		})
	};
}

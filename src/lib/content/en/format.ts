import { intlFor } from '../intl';
import type { FormatText } from '../quiz-types';

/** English number, plural and list formats, made once. */
// British English, as the site is written: no serial comma (“Scope, Method and People”).
const { integer, effect, decimal, percent, list, plural, fixed: fixedFormat } = intlFor('en-GB');

/** Picks the English form for a count: `one` or `other`. */
export function plural_(count: number, forms: { one: string; other: string }): string {
	return plural.select(count) === 'one' ? forms.one : forms.other;
}

/** Small counts read better as words in running text; Intl has no spelled-out numbers. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export function word(n: number): string {
	return WORDS[n] ?? integer.format(n);
}

/** The same, to start a sentence. */
export function Word(n: number): string {
	const w = word(n);
	return w.charAt(0).toUpperCase() + w.slice(1);
}

export function pct(share: number): string {
	return percent.format(share);
}

export const format: FormatText = {
	integer: (n) => integer.format(n),
	// A true minus sign, not a hyphen, for a signed figure.
	effect: (points) => effect.format(points).replace('-', '−'),
	decimal: (n) => decimal.format(n),
	list: (items) => list.format(items)
};

/** A figure with exactly `digits` decimals. */
export const fixed = (n: number, digits: number): string => fixedFormat(n, digits);

import { intlFor } from '../intl';
import type { FormatText } from '../quiz-types';

/** French number, plural and list formats, made once. */
const { integer, effect, decimal, percent, list, plural, fixed: fixedFormat } = intlFor('fr-FR');

/**
 * Picks the French form for a count. French puts 0 and 1 in `one` (“0 réponse”, “1 réponse”);
 * `many` (round millions, “de réponses”) never occurs here and takes the ordinary plural.
 */
export function plural_(count: number, forms: { one: string; other: string }): string {
	return plural.select(count) === 'one' ? forms.one : forms.other;
}

/** The unit after a formatted effect: “1,5 point”, “2,1 points” (French keeps the singular below two). */
export function points(effect: string): string {
	const value = Number(effect.replace('−', '-').replace(/\s/g, '').replace(',', '.'));
	return plural_(Math.abs(value), { one: 'point', other: 'points' });
}

/** A whole number in running text, with the French thousands separator. */
export function n(value: number): string {
	return integer.format(value);
}

/** Small counts read better as words; Intl has no spelled-out numbers. “Une” before a feminine noun. */
const WORDS = [
	'zéro',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix'
];
export function word(value: number, gender: 'm' | 'f' = 'm'): string {
	if (value === 1 && gender === 'f') return 'une';
	return WORDS[value] ?? integer.format(value);
}

/** The same, to start a sentence. */
export function Word(value: number, gender: 'm' | 'f' = 'm'): string {
	const w = word(value, gender);
	return w.charAt(0).toUpperCase() + w.slice(1);
}

/** “75 %”, with the narrow no-break space French puts before the sign. */
export function pct(share: number): string {
	return percent.format(share);
}

export const format: FormatText = {
	integer: (value) => integer.format(value),
	// A true minus sign, not a hyphen, for a signed figure; the decimal comma comes from Intl.
	effect: (value) => effect.format(value).replace('-', '−'),
	decimal: (value) => decimal.format(value),
	list: (items) => list.format(items)
};

/** A figure with exactly `digits` decimals. */
export const fixed = (n: number, digits: number): string => fixedFormat(n, digits);

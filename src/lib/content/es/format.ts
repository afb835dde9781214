import { intlFor } from '../intl';
import type { FormatText } from '../quiz-types';

/** Spanish (Spain) number, plural and list formats, made once. */
// ICU writes “e” instead of “y” before a word that starts with an i sound (“Método e Impacto”).
const { integer, effect, decimal, percent, list, plural, fixed: fixedFormat } = intlFor('es-ES');

/** Picks the Spanish form for a count: `one`, or the plural for `many` and `other` alike. */
export function plural_(count: number, forms: { one: string; other: string }): string {
	return plural.select(count) === 'one' ? forms.one : forms.other;
}

/** A whole number in figures, as Spain writes it (“12.500” from five digits on). */
export function num(n: number): string {
	return integer.format(n);
}

/**
 * Small counts read better as words in running text; Intl has no spelled-out numbers. “One”
 * agrees with its noun: “una respuesta”, “un paso”.
 */
const WORDS = [
	'cero',
	'uno',
	'dos',
	'tres',
	'cuatro',
	'cinco',
	'seis',
	'siete',
	'ocho',
	'nueve',
	'diez'
];
export type Gender = 'f' | 'm';
export function word(n: number, gender: Gender): string {
	if (n === 1) return gender === 'f' ? 'una' : 'un';
	return WORDS[n] ?? integer.format(n);
}

/** The same, to start a sentence. */
export function Word(n: number, gender: Gender): string {
	const w = word(n, gender);
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

import { intlFor } from '../intl';
import type { FormatText } from '../quiz-types';

/** Brazilian number, plural and list formats, made once. */
const { integer, effect, decimal, percent, list, plural, fixed: fixedFormat } = intlFor('pt-BR');

/** Picks the Portuguese form for a count: `one` (0 and 1 in pt-BR) or `other`. */
export function plural_(count: number, forms: { one: string; other: string }): string {
	return plural.select(count) === 'one' ? forms.one : forms.other;
}

/** The gender of the noun a spelled-out number counts: “uma pergunta”, “dois passos”. */
export type Gender = 'f' | 'm';

const FEMININE = [
	'nenhuma',
	'uma',
	'duas',
	'três',
	'quatro',
	'cinco',
	'seis',
	'sete',
	'oito',
	'nove',
	'dez'
];
const MASCULINE = [
	'nenhum',
	'um',
	'dois',
	'três',
	'quatro',
	'cinco',
	'seis',
	'sete',
	'oito',
	'nove',
	'dez'
];

/** Small counts read better as words in running text; Intl has no spelled-out numbers. */
export function word(n: number, gender: Gender = 'f'): string {
	return (gender === 'f' ? FEMININE : MASCULINE)[n] ?? integer.format(n);
}

/** The same, to start a sentence. */
export function Word(n: number, gender: Gender = 'f'): string {
	const w = word(n, gender);
	return w.charAt(0).toUpperCase() + w.slice(1);
}

export function pct(share: number): string {
	return percent.format(share);
}

export function int(n: number): string {
	return integer.format(n);
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

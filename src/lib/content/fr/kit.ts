import { defineLanguage } from '../language';

// French puts 0 and 1 in the plural rules' `one` (“0 réponse”, “1 réponse”); `many` (round
// millions) never occurs here and takes the ordinary plural. “Une” before a feminine noun.
const kit = defineLanguage('fr-FR', {
	numbers: [
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
		'dix',
		'onze',
		'douze'
	],
	otherGender: { 1: 'une' },
	quotes: ['«\u00a0', '\u00a0»']
});

/**
 * The unit after a figure shown with `digits` decimals: “1,5 point”, “2,1 points” (French keeps
 * the singular below two). It agrees with the figure as shown: 1.96 is written “2,0”, a plural.
 */
export function pointsUnit(figure: number, digits = 1): string {
	return kit.plural(Math.abs(Number(figure.toFixed(digits))), { one: 'point', other: 'points' });
}

/** “question” or “questions”, after a count in figures or words. */
export const questions = (count: number) =>
	kit.plural(count, { one: 'question', other: 'questions' });

export default kit;

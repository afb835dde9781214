import { defineLanguage } from '../language';

// French puts 0 and 1 in the plural rules' `one` (“0 réponse”, “1 réponse”); `many` (round
// millions) never occurs here and takes the ordinary plural. “Une” before a feminine noun.
export const {
	date,
	either,
	fixed,
	fixedMinus,
	format,
	int,
	list,
	pct,
	plural,
	signed,
	word,
	Word
} = defineLanguage('fr-FR', {
	numbers: {
		m: [
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
		f: [
			'zéro',
			'une',
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
		]
	}
});

/** The unit after a formatted effect: “1,5 point”, “2,1 points” (French keeps the singular below two). */
export function points(effect: string): string {
	const value = Number(effect.replace('−', '-').replace(/\s/g, '').replace(',', '.'));
	return plural(Math.abs(value), { one: 'point', other: 'points' });
}

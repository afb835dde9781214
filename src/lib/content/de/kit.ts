import { defineLanguage } from '../language';

// de-DE writes “50 %”, with a no-break space before the sign. “Eins” is the bare number; a count
// of feminine nouns (Frage, Antwort, Dimension) asks for 'f': “eine Frage”.
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
	quote,
	signed,
	word,
	Word
} = defineLanguage('de-DE', {
	numbers: {
		m: [
			'null',
			'eins',
			'zwei',
			'drei',
			'vier',
			'fünf',
			'sechs',
			'sieben',
			'acht',
			'neun',
			'zehn',
			'elf',
			'zwölf'
		],
		f: [
			'null',
			'eine',
			'zwei',
			'drei',
			'vier',
			'fünf',
			'sechs',
			'sieben',
			'acht',
			'neun',
			'zehn',
			'elf',
			'zwölf'
		]
	},
	quotes: ['„', '“']
});

import { defineLanguage } from '../language';

// de-DE writes “50 %”, with a no-break space before the sign. “Eins” is left to each sentence,
// because German inflects it (“eine Frage”, “ein Schritt”).
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
} = defineLanguage('de-DE', {
	numbers: [
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
	]
});

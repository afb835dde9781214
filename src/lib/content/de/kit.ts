import { defineLanguage } from '../language';

// de-DE writes “50 %”, with a no-break space before the sign. “Eins” is the bare number; a count
// of feminine nouns (Frage, Antwort, Dimension) asks for 'f': “eine Frage”.
export default defineLanguage('de-DE', {
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
	],
	otherGender: { 1: 'eine' },
	quotes: ['„', '“']
});

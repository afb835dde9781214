import { defineLanguage } from '../language';

// British English, as the site is written: no serial comma (“Scope, Method and People”).
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
} = defineLanguage('en-GB', {
	numbers: [
		'no',
		'one',
		'two',
		'three',
		'four',
		'five',
		'six',
		'seven',
		'eight',
		'nine',
		'ten',
		'eleven',
		'twelve'
	],
	quotes: ['“', '”']
});

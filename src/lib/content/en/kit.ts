import { defineLanguage } from '../language';

// British English, as the site is written: no serial comma (“Scope, Method and People”).
export default defineLanguage('en-GB', {
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

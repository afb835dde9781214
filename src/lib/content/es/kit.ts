import { defineLanguage } from '../language';

// ICU writes “e” instead of “y” before a word that starts with an i sound (“Método e Impacto”).
// “One” agrees with its noun: “una respuesta”, “un paso”.
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
} = defineLanguage('es-ES', {
	numbers: {
		m: [
			'cero',
			'un',
			'dos',
			'tres',
			'cuatro',
			'cinco',
			'seis',
			'siete',
			'ocho',
			'nueve',
			'diez',
			'once',
			'doce'
		],
		f: [
			'cero',
			'una',
			'dos',
			'tres',
			'cuatro',
			'cinco',
			'seis',
			'siete',
			'ocho',
			'nueve',
			'diez',
			'once',
			'doce'
		]
	},
	quotes: ['«', '»']
});

import { defineLanguage } from '../language';

// ICU writes “e” instead of “y” before a word that starts with an i sound (“Método e Impacto”).
// “One” agrees with its noun: “una respuesta”, “un paso”.
export default defineLanguage('es-ES', {
	numbers: [
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
	otherGender: { 1: 'una' },
	quotes: ['«', '»']
});

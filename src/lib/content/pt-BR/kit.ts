import { defineLanguage } from '../language';

// Portuguese puts 0 and 1 in the plural rules' `one`. Counted nouns are mostly feminine here
// (“uma pergunta”, “duas dimensões”), so that is the default; “dois passos” asks for 'm'.
export default defineLanguage('pt-BR', {
	numbers: [
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
		'dez',
		'onze',
		'doze'
	],
	otherGender: { 0: 'nenhum', 1: 'um', 2: 'dois' },
	defaultGender: 'f',
	quotes: ['“', '”']
});

import { defineLanguage } from '../language';

// Portuguese puts 0 and 1 in the plural rules' `one`. Counted nouns are mostly feminine here
// (“uma pergunta”, “duas dimensões”), so that is the default; “dois passos” asks for 'm'.
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
} = defineLanguage('pt-BR', {
	numbers: {
		f: [
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
		m: [
			'nenhum',
			'um',
			'dois',
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
		]
	},
	defaultGender: 'f',
	quotes: ['“', '”']
});

import type { SiteText } from '../site-types';

const name = 'Programador ou engenheiro de software?';
const answersKept = 'As respostas que você já deu continuam salvas no seu navegador.';
const linkHelp =
	'Se o resultado era seu, ele continua na página inicial, em “Ver seu último resultado”. Se não, peça o link completo de novo a quem compartilhou, ou faça o teste por conta própria.';

export const site: SiteText = {
	name,
	pageTitle: (title) => `${title} · ${name}`,
	description:
		'Um teste curto e privado sobre o seu jeito de trabalhar: veja onde seus hábitos colocam você entre programador e engenheiro de software, e por quê. Nada fica salvo no servidor.',
	languageName: 'Português (Brasil)',
	languageSwitcher: 'Idioma',
	languageCookie: (cookie, days) =>
		`Um terceiro cookie, ${cookie}, só é gravado quando você escolhe um idioma no seletor de idiomas. Ele guarda o código desse idioma e mais nada, para que endereços sem idioma, como a página inicial ou o link de um resultado compartilhado, abram nesse idioma nas suas próximas visitas. Ele dura ${days} dias.`,
	skipLink: 'Pular para o conteúdo',
	nav: {
		label: 'Navegação principal',
		quiz: 'O teste',
		methodology: 'Como funciona a pontuação'
	},
	footer: {
		source:
			'Baseado no artigo “{title}” (em português, “Quais são as diferenças entre um engenheiro de software e um programador?”), do blog {blog}, com nossas próprias palavras.',
		privacy:
			'Privacidade desde a concepção: suas respostas ficam guardadas só no seu navegador e nos links que você decidir compartilhar. Nosso servidor lê cada uma só para mostrar a próxima etapa e não guarda nada, e nada é enviado para nenhum outro lugar.'
	},
	error: {
		status: (status) => `Erro ${status}`,
		toQuiz: 'Ir para o teste',
		home: 'Página inicial',
		kinds: {
			'not-found': {
				title: 'Página não encontrada',
				message: 'Não existe nenhuma página neste endereço.',
				help: `Confira o endereço ou volte para o teste. ${answersKept}`
			},
			'damaged-link': {
				title: 'Este link de resultado está quebrado',
				message:
					'O link está quebrado ou incompleto, por isso não dá para mostrar um resultado. Talvez ele tenha sido cortado na hora de copiar.',
				help: linkHelp
			},
			'retired-link': {
				title: 'Este link é de uma versão antiga do teste',
				message:
					'O link vem de uma versão anterior do teste, cujas perguntas mudaram desde então, por isso não pode mais ser pontuado de forma justa.',
				help: linkHelp
			},
			'bad-request': {
				title: 'Não foi possível concluir a solicitação',
				message:
					'A solicitação chegou num formato que este site não entende, por isso nada foi alterado.',
				help: `${answersKept} Você pode continuar de onde parou.`
			},
			forbidden: {
				title: 'Solicitação recusada',
				message:
					'A solicitação não veio de uma página deste site, por isso foi recusada e nada foi alterado.',
				help: `${answersKept} Você pode continuar de onde parou.`
			},
			'server-error': {
				title: 'Algo deu errado',
				message: 'Algo deu errado do nosso lado.',
				help: `${answersKept} Tente de novo daqui a pouco.`
			}
		}
	}
};

import type { QuizText } from '../quiz-types';
import kit from './kit';

const { int, plural, quote, word } = kit;

/** A página inicial, os passos das perguntas e as mensagens sobre links quebrados. */

export const landing: QuizText['landing'] = {
	title: 'Programador ou engenheiro de software? Uma autoavaliação curta e honesta',
	description: (n) =>
		`Responda a ${int(n)} perguntas sobre o seu jeito de trabalhar e veja onde você fica entre programador e engenheiro de software, e por quê. Nada fica salvo no servidor.`,
	heading: 'Programador ou engenheiro de software?',
	lead: (n) =>
		`Responda a ${int(n)} perguntas curtas sobre como você trabalha de verdade. Você vai ver onde seus hábitos colocam você entre programador e engenheiro de software, e por quê.`,
	resumeHeading: 'Que bom ver você de novo',
	inProgress: (answered, total) =>
		`Você respondeu ${int(answered)} de ${int(total)} perguntas. Continue de onde parou ou recomece da primeira pergunta.`,
	continueFrom: (step) => `Continuar da pergunta ${int(step)}`,
	startOver: (answered) =>
		`Recomeçar e apagar ${int(answered)} ${plural(answered, { one: 'resposta', other: 'respostas' })}`,
	finishedBefore: 'Você já concluiu o teste neste dispositivo.',
	seeLastResult: 'Ver seu último resultado',
	takeAgain: 'Fazer de novo',
	facts: {
		length: (n, minutes) =>
			`${int(n)} perguntas, cerca de ${int(minutes)} minutos. Uma pergunta por página; você pode voltar e mudar qualquer resposta, ou dizer que uma delas não se aplica a você.`,
		private:
			'Privado. Cada resposta vai para o nosso servidor só para mostrar o próximo passo, e fica guardada num cookie no seu navegador e no link do seu resultado. Nada fica salvo no servidor, a não ser que você escolha ceder suas respostas para a pesquisa, e não há rastreamento.',
		anywhere:
			'Funciona em qualquer lugar, com ou sem JavaScript, pelo teclado, por leitor de tela ou pelo toque.'
	},
	measuresHeading: 'O que o teste mede',
	measures: (title, blog) =>
		`O teste segue as distinções feitas no artigo ${quote(title)} (“Quais são as diferenças entre um engenheiro de software e um programador?”), do blog ${blog}. O programador transforma instruções em código que funciona e muitas vezes se especializa em uma parte do projeto. O engenheiro de software aplica princípios de engenharia: estuda o ambiente primeiro, conversa com as pessoas a quem o software se destina e projeta o sistema inteiro para funcionar de forma confiável em condições reais. Os dois se sobrepõem bastante, e todo engenheiro também escreve código, então o resultado é uma posição numa linha, não um veredito.`,
	dimensionsIntro: (count) => `Suas respostas são distribuídas em ${word(count)} dimensões:`,
	closing:
		'Nenhum dos extremos é melhor. O resultado é um espelho para reflexão, não um veredito de contratação ou de carreira.',
	methodLink: 'Veja exatamente como funciona a pontuação'
};

export const step: QuizText['step'] = {
	title: (n, total, hasError) =>
		`${hasError ? 'Erro: ' : ''}Pergunta ${int(n)} de ${int(total)} · Programador ou engenheiro de software?`,
	description: (n, total) =>
		`Pergunta ${int(n)} de ${int(total)} de um teste curto e privado sobre seus hábitos de trabalho: você é mais programador ou engenheiro de software?`,
	progress: (n, total) => `Pergunta ${int(n)} de ${int(total)}`,
	hint: 'Com que frequência, no seu trabalho ou nos seus estudos atuais? “Não se aplica” não conta pontos.',
	back: 'Voltar',
	returnWithoutChange: 'Voltar ao resultado',
	changingNotice:
		'Você está mudando uma resposta. Ao escolher uma, você volta ao seu resultado, recalculado.',
	shortcut: (size) => `Dica: use as teclas de 1 a ${int(size)} para responder.`,
	pairQuestion: 'Qual das duas afirmações se parece mais com o seu jeito de trabalhar?',
	pairHint:
		'Pense no seu trabalho ou nos seus estudos de agora, ou na última vez em que você escreveu código. Nenhuma resposta é melhor: gente muito boa trabalha dos dois jeitos.',
	notApplicableWhen: (condition) =>
		`Só se: ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`,
	errors: {
		'missing-answer': (size) =>
			`Escolha uma das ${word(size)} respostas, ou “Não faz parte do meu trabalho”, para continuar.`,
		'invalid-answer': (size) =>
			`Essa resposta não está entre as opções. Escolha uma das ${word(size)} respostas, ou “Não faz parte do meu trabalho”.`,
		'wrong-question': () =>
			'Esta página estava desatualizada, por isso nada foi salvo. Escolha de novo sua resposta a esta pergunta.',
		'unexpected-field': () =>
			'O formulário chegou com campos que ele não tem, por isso nada foi salvo. Escolha sua resposta de novo.'
	},
	unsaved:
		'Ainda não foi possível salvar suas últimas respostas. Verifique sua conexão: elas são enviadas de novo junto com a sua próxima resposta e ficam guardadas enquanto esta página estiver aberta.',
	skippedAhead:
		'Esta pergunta ainda não tem resposta. Responda para continuar; suas outras respostas continuam salvas.'
};

export const links: QuizText['links'] = {
	noSuchQuestion: 'Essa pergunta não existe.',
	damaged:
		'Este link de resultado está quebrado ou incompleto, por isso não dá para mostrar um resultado. Talvez ele tenha sido cortado na hora de copiar.'
};

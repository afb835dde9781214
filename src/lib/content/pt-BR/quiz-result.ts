import type { BandId } from '$lib/quiz/scoring';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';

const { format, int, plural, quote, word } = kit;

/** A página de resultado. Cada frase aparece uma vez nela. */

const SITE = 'Programador ou engenheiro de software?';

/** “na dimensão Escopo”, “nas dimensões Escopo e Método”. */
const inDimensions = (names: readonly string[]) =>
	`${plural(names.length, { one: 'na dimensão', other: 'nas dimensões' })} ${format.list(names)}`;

/** Onde a posição fica, como predicado de “suas respostas”: “puxam para o lado do programador”. */
function position(band: BandId): string {
	switch (band) {
		case 'both':
			return 'ficam na faixa do meio';
		case 'leaning-engineer':
			return `puxam para o lado do ${roles.engineer}`;
		case 'leaning-programmer':
			return `puxam para o lado do ${roles.programmer}`;
		case 'engineer':
			return `ficam no extremo do ${roles.engineer}`;
		case 'programmer':
			return `ficam no extremo do ${roles.programmer}`;
	}
}

export const result: QuizText['result'] = {
	title: (band, score) =>
		band === null || score === null
			? `Respostas insuficientes para um resultado · ${SITE}`
			: `${band}: ${int(score)} de 100 · ${SITE}`,
	kicker: { own: 'Seu resultado', shared: 'Um resultado compartilhado' },
	printSuffix: `no teste ${quote(SITE)}`,
	headline: (band) => `Descrição mais próxima: ${band}`,
	headlineNotEnough: 'Respostas insuficientes para uma posição geral',
	sharedNotice: 'Alguém compartilhou estas respostas com você; o texto se dirige a quem respondeu.',
	olderVersion: (version) =>
		`Feito com a versão ${int(version)} do teste, cujas perguntas mudaram desde então; aparece com as perguntas que foram respondidas.`,
	takeCurrent: 'Fazer a versão atual',
	position: {
		label: `Posição entre ${roles.programmer} (0) e ${roles.engineer} (100)`,
		value: (score) => `${int(score)} de 100`
	},
	summary: (s) => {
		const at = `Com ${int(s.score)} de 100, suas respostas ${position(s.band)}`;
		switch (s.kind) {
			case 'differ':
				return `${at}. Elas puxam mais para o lado do ${roles.engineer} ${inDimensions(s.higher)} do que ${inDimensions(s.lower)}: uma diferença maior do que seria de esperar só por refazer o teste.`;
			case 'alike':
				return `${at}. Suas dimensões são parecidas: as diferenças entre elas estão dentro do que refazer o teste poderia mudar.`;
			case 'overall-only':
				return `${at}.`;
			case 'straight-lined': {
				const l = s.straightLining!;
				return `${at}, mas ${l.count === l.of ? `todas as suas ${int(l.of)} respostas` : `${int(l.count)} das suas ${int(l.of)} respostas`} foram ${quote(l.answer)}, então isso diz mais sobre o jeito de responder do que sobre o seu jeito de trabalhar.`;
			}
			case 'not-enough':
				return '';
		}
	},
	notEnough: (scored, total, needed) => {
		const which =
			scored === 0
				? `Nenhuma das suas ${word(total)} dimensões tem`
				: `Só ${word(scored)} das suas ${word(total)} dimensões ${plural(scored, { one: 'tem', other: 'têm' })}`;
		return `${which} respostas suficientes para receber pontuação, e uma posição geral precisa de pelo menos ${word(needed)}.`;
	},
	revisit: 'Voltar às perguntas',
	closeness: {
		near: (steps, toward, band) =>
			steps === 1
				? `Mover uma resposta um passo na direção de ${toward} mudaria a descrição mais próxima para ${quote(band)}.`
				: `Mover ${word(steps)} respostas, cada uma um passo na direção de ${toward}, mudaria a descrição mais próxima para ${quote(band)}.`,
		nearBoth: (steps, towardEngineer, towardProgrammer) =>
			`${steps === 1 ? 'Mover uma resposta um passo' : `Mover ${word(steps)} respostas, cada uma um passo,`} mudaria a descrição mais próxima: na direção de ${roles.engineer}, para ${quote(towardEngineer)}; na direção de ${roles.programmer}, para ${quote(towardProgrammer)}.`,
		oneAnswer:
			'Uma única resposta, movida o bastante ao longo da linha dela, poderia mudar esta descrição.'
	},
	changedAnswer: ({ before, after, bandBefore, bandAfter }) => {
		const figures =
			before === null || after === null
				? ''
				: before === after
					? ` A posição geral continua em ${int(after)}.`
					: ` Posição geral: ${int(before)} → ${int(after)}.`;
		const bands =
			bandBefore !== null && bandAfter !== null && bandBefore !== bandAfter
				? ` Descrição mais próxima: ${quote(bandBefore)} → ${quote(bandAfter)}.`
				: '';
		return `Sua resposta alterada foi salva.${figures}${bands}`;
	},
	retake: (inTen, band) =>
		`Pelo modelo descrito na página de metodologia, pessoas com respostas parecidas com as suas voltam a receber ${quote(band)} ao refazer o teste em cerca de ${int(inTen)} de cada 10 vezes.`,
	roughDimensions: (perDimension) =>
		`Esta versão tinha só ${word(perDimension)} perguntas por dimensão: poucas demais para uma pontuação confiável de cada uma. Leia as dimensões abaixo como aproximadas.`,
	answered: (answered, skipped, total) =>
		skipped === 0
			? `Você respondeu a todas as ${int(total)} perguntas na escala.`
			: `Você respondeu a ${int(answered)} de ${int(total)} perguntas na escala e marcou ${int(skipped)} como “não se aplica”; ${plural(skipped, { one: 'essa não conta', other: 'essas não contam' })} pontos.`,
	chart: {
		caption: `A posição de cada dimensão, de ${roles.programmer} (à esquerda) a ${roles.engineer} (à direita)`,
		notEnough: 'respostas insuficientes'
	},
	dimensionsHeading: 'Suas dimensões',
	dimensionLine: (name, score, lean) =>
		score === null || lean === null
			? `${name}: respostas insuficientes`
			: `${name}: ${int(score)}, ${lean}`,
	leanWords: {
		programmer: `mais para ${roles.programmer}`,
		engineer: `mais para ${roles.engineer}`,
		balanced: 'no meio-termo'
	},
	notEnoughInDimension: (answered, needed, total) =>
		`Sem pontuação: ${answered === 0 ? 'nenhuma' : `só ${int(answered)}`} das ${int(total)} perguntas ${plural(answered, { one: 'foi respondida', other: 'foram respondidas' })} na escala, e são necessárias pelo menos ${int(needed)}.`,
	missingSide: (role) =>
		`Sem pontuação: nenhuma das perguntas que você respondeu aqui descreve um hábito de ${role}, então a tendência a concordar não pôde se anular.`,
	whatItMeasures: 'O que mede',
	inTheArticle: 'No artigo',
	yourAnswers: 'Suas respostas, das mais fortes às mais fracas',
	youAnswered: (answer) => `Você respondeu: ${answer}`,
	effect: (points) => `${format.effect(points)} pontos`,
	notCounted: 'não conta',
	change: 'Mudar',
	changeLabel: (step) => `Mudar sua resposta à pergunta ${int(step)}`,
	movedHeading: 'O que moveu sua posição',
	movedIntro:
		'Cada resposta que conta afasta um pouco sua posição de 50, em pontos na linha de 0 a 100. Estas foram as que mais a moveram.',
	toward: {
		engineer: `Na direção de ${roles.engineer}`,
		programmer: `Na direção de ${roles.programmer}`
	},
	noneToward: 'Nenhuma resposta puxou para este lado.',
	tiedBeyond: (count, points) =>
		`Mais ${word(count)} ${plural(count, { one: 'resposta a moveu', other: 'respostas a moveram' })} no mesmo valor, ${format.effect(points)}; cada dimensão mostra as suas.`,
	nextHeading: 'Próximos passos, nos dois sentidos',
	nextIntro: {
		engineer: (role) =>
			`Onde você puxa para o lado do ${role}, vale experimentar hábitos com que engenheiros de software contam:`,
		programmer: (role) =>
			`Onde você puxa para o lado do ${role}, vale adotar hábitos de foco, entrega e ofício com que programadores contam:`
	},
	nextNone:
		'Nenhuma das suas dimensões pende para um dos lados, então não há hábito a sugerir: você já se apoia nos dois papéis.',
	nextScore: (score) => `(${int(score)})`,
	caveatsHeading: 'Leia com cuidado',
	caveats: {
		'roles-overlap': () =>
			'Os dois papéis se sobrepõem bastante: todo engenheiro de software também escreve código, e bons programadores pensam no projeto como um todo.',
		'not-a-verdict': () =>
			'Nenhum dos extremos é melhor, e um resultado de programador não vale menos. Isto é uma ferramenta de reflexão baseada em um artigo, não um veredito de contratação, de carreira ou de competência.',
		'self-report': () =>
			'O resultado descreve como você vê seus hábitos hoje, o que nem sempre é como você trabalha.',
		'few-questions': (p) =>
			`Cada dimensão se apoia em ${word(p.questionsPerDimension)} perguntas, então refazer o teste pode movê-la em vários pontos: leia a pontuação de cada dimensão como uma estimativa, não como uma medição. Ainda não há dados de referência, então nada aqui compara você com outras pessoas.`,
		'many-skipped': (p) =>
			`Você marcou ${int(p.skipped)} de ${int(p.total)} perguntas como “não se aplica”, então sua posição se apoia em menos respostas.`,
		'dimensions-without-enough': (p) =>
			p.scored === 1
				? 'Sua posição geral deixa de fora as dimensões sem respostas suficientes: ela se apoia nas respostas da única que tem.'
				: `Sua posição geral deixa de fora as dimensões sem respostas suficientes: ela se apoia nas respostas das ${word(p.scored)} que têm.`
	},
	shareHeading: 'Compartilhe ou guarde seu resultado',
	shareExplain:
		'Este link guarda suas respostas, não o seu nome. Quem abrir vê este resultado, recalculado a partir das respostas.',
	shareTitle: (band) => (band === null ? 'Minhas respostas no teste' : `Meu resultado: ${band}`),
	buttons: {
		copy: 'Copiar link',
		share: 'Compartilhar…',
		print: 'Imprimir ou salvar em PDF',
		copied: 'Link copiado.',
		copyBlocked: 'O navegador bloqueou a cópia. Selecione o link acima e copie você mesmo.'
	},
	meta: {
		headline: (band, score) =>
			band === null || score === null
				? 'Minhas respostas no teste'
				: `Meu resultado: ${band} (${int(score)} de 100)`,
		description: (band, score) =>
			band === null || score === null
				? `Respostas a um teste sobre hábitos de trabalho, entre ${roles.programmer} e ${roles.engineer}. Faça o teste e veja onde você fica.`
				: `Descrição mais próxima: ${band}, com ${int(score)} numa linha que vai de ${roles.programmer} (0) a ${roles.engineer} (100), com os motivos. Faça o teste e veja onde você fica.`,
		imageAlt: (band) => `${SITE} ${band === null ? '' : `Descrição mais próxima: ${band}`}`.trim()
	},
	takeAgain: 'Fazer de novo',
	takeYourself: 'Faça o teste você também',
	methodLink: 'Como funciona a pontuação'
};

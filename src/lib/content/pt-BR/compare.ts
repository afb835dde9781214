import { SCALE_MAX } from '$lib/quiz/scale';
import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import { int, list, plural, quote, word } from './kit';

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimensão pontuada', other: 'dimensões pontuadas' })}`;
export const compare: CompareText = {
	export: {
		heading: 'Leve com você',
		intro:
			'Baixe este resultado com todas as perguntas e respostas, para suas anotações ou para uma planilha. O arquivo é gerado a partir do link, neste idioma; nada fica salvo.',
		json: 'Baixar em JSON',
		csv: 'Baixar em CSV (planilha)',
		notEnoughAnswers: 'respostas insuficientes',
		overallNotEnough: (scored, needed) =>
			`Sem posição geral: ${dimensions(scored)}, e são necessárias pelo menos ${int(needed)}.`,
		csvSeparator: ';',
		columns: {
			step: 'Etapa',
			questionId: 'ID da pergunta',
			question: 'Pergunta',
			dimension: 'Dimensão',
			pole: 'B (ou “Sempre”) aponta para',
			answerValue: `Valor da resposta (0–${SCALE_MAX})`,
			answer: 'Resposta',
			dimensionScore: 'Pontuação da dimensão (0–100)'
		},
		errors: {
			malformed: 'Isto não é um código de resultado. Confira se o link foi copiado inteiro.',
			damaged:
				'Este código de resultado está danificado: um caractere foi alterado ou se perdeu, então não dá para mostrar nenhum resultado.',
			'unknown-version':
				'Este código de resultado foi gerado por uma versão do teste que não está mais no ar.'
		},
		method: {
			heading: 'Baixar um resultado',
			intro:
				'Toda página de resultado oferece o resultado em dois arquivos: JSON para programas e CSV para planilhas. Os dois são gerados na hora a partir do link, no idioma da página, e trazem exatamente o que a página mostra; nada fica guardado no servidor.',
			jsonIntro: 'O arquivo JSON traz um objeto com estes campos:',
			jsonFields: {
				quizVersion: 'a versão do banco de perguntas com que o resultado foi gerado.',
				code: 'o código do resultado, o mesmo do link /result/CODE.',
				language: 'o idioma dos textos do arquivo.',
				overall:
					'a posição geral, de 0 (programador) a 100 (engenheiro de software); null quando poucas dimensões têm respostas suficientes, com o motivo em overallNote.',
				band: 'a descrição mais próxima: seu identificador e seu nome.',
				range:
					'o teste não dá intervalo nenhum (interval é sempre null): um punhado de perguntas por dimensão e nenhuma norma de referência não sustentam um. No lugar dele vem o que a página de resultado diz: a descrição ou descrições vizinhas mais próximas (nearestBands), quantas respostas, cada uma movida um passo, bastariam para chegar lá (steps), se a página a menciona (near) e a frase da página (text). É null sem posição geral.',
				dimensions:
					'uma entrada por dimensão: identificador, nome, pontuação de 0 a 100 (ou null com o status “not-enough-answers” e uma observação) e quantas perguntas foram respondidas na escala ou marcadas como não aplicáveis.',
				questions: `uma entrada por pergunta, na ordem do teste: etapa, identificador, texto, dimensão, polo (o papel para o qual a afirmação B aponta; nas versões 1 e 2, “Sempre”) e a resposta: o valor de 0 (afirmação A; Nunca) a ${SCALE_MAX} (afirmação B; Sempre), ou null com notApplicable true para uma resposta marcada como não aplicável, e o rótulo.`
			},
			csvIntro:
				'O arquivo CSV (UTF-8, separado por ponto e vírgula, uma linha de cabeçalho e depois uma linha por pergunta) tem estas colunas:',
			csvColumns: {
				step: 'a posição da pergunta no teste;',
				questionId: 'o identificador, o mesmo do JSON;',
				question: 'o texto;',
				dimension: 'a dimensão a que ela pertence;',
				pole: 'o papel para o qual a afirmação B aponta (“Sempre” nas versões 1 e 2);',
				answerValue: `de 0 (afirmação A; Nunca) a ${SCALE_MAX} (afirmação B; Sempre), vazio para uma resposta marcada como não aplicável;`,
				answer: 'a resposta como o teste mostrou;',
				dimensionScore: 'a pontuação da dimensão, ou “respostas insuficientes”.'
			},
			csvNotes:
				'A posição geral e a descrição mais próxima estão no JSON e na página de resultado; o CSV fica em uma linha por pergunta, para ordenar e filtrar sem complicação.'
		}
	},
	page: {
		title: 'Comparar resultados',
		description: `Coloque de ${word(MIN_COMPARED, 'm')} a ${word(MAX_COMPARED, 'm')} resultados do teste lado a lado: a posição geral de cada um, cada dimensão e o que um grupo cobre. Tudo vem dos links de resultado; nada fica guardado.`,
		heading: 'Resultados lado a lado',
		intro: (people) =>
			`${int(people)} resultados, cada um recalculado a partir do próprio link. Os nomes ficam só no endereço desta página; nada é guardado.`,
		emptyIntro: (min, max) =>
			`Coloque de ${word(min, 'm')} a ${word(max, 'm')} resultados lado a lado: o seu e o de um amigo, uma segunda tentativa e a primeira, ou os de um time inteiro. Cole os links de resultado aqui embaixo. Cada resultado é recalculado a partir do próprio link, e nada fica guardado.`,
		person: (position) => `Pessoa ${int(position)}`,
		overallHeading: 'Posição geral',
		spectrumLabel:
			'A posição geral de todo mundo numa mesma linha, de programador (0) a engenheiro de software (100). A lista abaixo traz a pontuação de cada pessoa.',
		peopleHeading: 'Quem está sendo comparado',
		noOverall: 'Sem posição geral: respostas insuficientes',
		scoreAndBand: (score, band) => `${int(score)} · ${band}`,
		fullResult: (name) => `${name}: resultado completo`,
		olderVersion: (version) => `feito com a versão ${int(version)} das perguntas`,
		dimensionsHeading: 'Dimensão por dimensão',
		chartCaption:
			'Cada marcador numerado é uma pessoa, com o mesmo número da lista acima, de programador (à esquerda) a engenheiro de software (à direita). A faixa sombreada do meio é “No meio-termo”.',
		notEnoughFor: (names) => `Respostas insuficientes: ${list(names)}`,
		tableCaption: 'Todas as pontuações, de 0 (programador) a 100 (engenheiro de software)',
		tablePerson: 'Pessoa',
		notEnough: 'respostas insuficientes',
		gapsHeading: 'Quão longe vocês estão',
		gap: (dimension, low, high) => `${dimension}: de ${low} a ${high}`,
		widest: (dimension, low, high) => `${dimension}: a maior distância, de ${low} a ${high}`,
		close: (dimension, low, high) =>
			low === high
				? `${dimension}: todo mundo em ${low}`
				: `${dimension}: bem próximos, de ${low} a ${high}`,
		onlyOne: (dimension, score, name) =>
			`${dimension}: só ${name} tem respostas suficientes (${score})`,
		noneScored: (dimension) => `${dimension}: ninguém tem respostas suficientes`,
		leftOut: (names) => `Fora da conta, por falta de respostas: ${list(names)}.`,
		gapsNote: (closeMax, perDimension, steps) =>
			`Uma distância de ${closeMax} pontos ou menos conta como próxima: numa dimensão de ${word(perDimension, 'f')} perguntas, isso é menos de ${word(steps, 'f')} respostas movidas um passo cada.`,
		groupHeading: 'O que o grupo cobre',
		groupIntro: (people, nearProgrammerMax, nearEngineerMin) =>
			`Uma leitura para estas ${word(people, 'f')} pessoas, a partir das distinções do artigo. Alguém está perto de uma ponta de uma dimensão quando a pontuação ali pende para esse lado: ${nearProgrammerMax} ou menos para programador, ${nearEngineerMin} ou mais para engenheiro de software.`,
		coveredHeading: 'Coberto',
		covered: (dimension, role, habits, names) =>
			`${dimension}, ponta “${role}”${habits.length ? ` (${list(habits.map(quote))})` : ''}: ${list(names)}`,
		missingHeading: 'Talvez falte',
		missing: (dimension, role, habits) =>
			`${dimension}: ninguém está perto da ponta “${role}”.${habits.length ? ` Nos termos do artigo, o que pode estar faltando: ${list(habits.map(quote))}.` : ''}`,
		noneMissing: 'Em cada dimensão, há alguém perto de cada ponta.',
		notRead: (dimensions) =>
			`Poucas pessoas com respostas suficientes para uma leitura: ${list(dimensions)}.`,
		caveat:
			'Isto serve para conversar, não para avaliar nem para contratar. Nenhuma ponta é melhor, uma mistura de hábitos não é nota do time, e cada resultado mostra como uma pessoa vê o próprio trabalho.',
		unreadableHeading: 'Não foi possível ler',
		unreadable: (name, code, reason) => `${name} (${code}): ${reason}`,
		tooFew: (readable, min) =>
			`Para comparar, são precisos pelo menos ${word(min, 'm')} resultados legíveis; ${readable === 0 ? 'aqui nenhum pode ser lido' : 'aqui só um pode ser lido'}. Confira os links abaixo ou adicione mais um.`,
		tooMany: (count, max) =>
			`Dá para comparar no máximo ${word(max, 'm')} resultados de uma vez, e este endereço tem ${int(count)}. Tire alguns aqui embaixo e compare de novo.`,
		form: {
			heading: 'Quem comparar',
			label: 'Links ou códigos de resultado, um por linha',
			help: (min, max) =>
				`Cole de ${word(min, 'm')} a ${word(max, 'm')} links de resultado, ou só os códigos, um por linha. Para dar um nome a alguém, escreva antes do link, seguido de dois-pontos, como no exemplo. Os nomes ficam só no endereço da comparação.`,
			example: 'João: https://…/result/3-…',
			submit: 'Comparar'
		},
		fromResult: {
			heading: 'Comparar com alguém',
			intro:
				'Coloque este resultado ao lado do de um amigo ou colega: cole o link ou o código do resultado da pessoa. Os nomes são opcionais e ficam só no endereço.',
			yourName: 'Nome para este resultado (opcional)',
			theirLink: 'Link ou código do resultado da outra pessoa',
			theirName: 'Nome da outra pessoa (opcional)',
			submit: 'Comparar'
		},
		method: {
			heading: 'Comparar resultados',
			paragraphs: (p) => [
				`A página de comparação coloca de ${word(p.min, 'm')} a ${word(p.max, 'm')} resultados lado a lado. O endereço dela lista todos, como r=CÓDIGO ou r=CÓDIGO~Nome, uma vez por pessoa; como um link de resultado, ele guarda respostas, nunca pontuações, e cada resultado é recalculado com a versão das perguntas em que foi feito. Os nomes são cortados em ${p.nameMax} caracteres, ficam só no endereço e nunca são guardados. Uma entrada que não pode ser lida aparece com o motivo, e as outras são comparadas mesmo assim.`,
				`Para cada dimensão, a página mostra a pontuação mais baixa e a mais alta. Quem não tem respostas suficientes numa dimensão fica fora da faixa dela e aparece assim, nunca como 50. Uma distância de ${p.closeMax} pontos ou menos é chamada de “bem próximos”; a maior distância é apontada como tal quando passa disso.`,
				`A partir de ${word(p.groupMin, 'f')} pessoas, a página acrescenta uma leitura do grupo. Alguém está perto de uma ponta de uma dimensão quando a pontuação ali pende para esse lado, como na página de resultado: ${p.nearProgrammerMax} ou menos para programador, ${p.nearEngineerMin} ou mais para engenheiro de software. Uma ponta da qual ninguém está perto é apontada como o que talvez falte ao grupo, com as distinções do artigo por trás dela. Uma dimensão em que menos de duas pessoas têm pontuação não é lida.`
			]
		}
	}
};

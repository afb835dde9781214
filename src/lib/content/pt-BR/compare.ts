import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import kit from './kit';

const { int, list, quote, word } = kit;

export const compare: CompareText = {
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
		olderNeedWiderGap:
			'Resultados de uma versão anterior têm menos perguntas por dimensão, então precisam de uma distância maior para que ela conte como diferença.',
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
				`Para cada dimensão, a página mostra a pontuação mais baixa e a mais alta. Quem não tem respostas suficientes numa dimensão fica fora da faixa dela e aparece assim, nunca como 50. Uma distância de ${p.closeMax} pontos ou menos é chamada de “bem próximos”; a maior distância é apontada como tal quando passa disso. Esse número vale para resultados desta versão: o limite vem do erro de medida das duas pessoas nas pontas da faixa, cada uma na versão do quiz que respondeu, então resultados de uma versão anterior, com menos perguntas por dimensão, precisam de uma distância maior.`,
				`A partir de ${word(p.groupMin, 'f')} pessoas, a página acrescenta uma leitura do grupo. Alguém está perto de uma ponta de uma dimensão quando a pontuação ali pende para esse lado, como na página de resultado: ${p.nearProgrammerMax} ou menos para programador, ${p.nearEngineerMin} ou mais para engenheiro de software. Uma ponta da qual ninguém está perto é apontada como o que talvez falte ao grupo, com as distinções do artigo por trás dela. Uma dimensão em que menos de duas pessoas têm pontuação não é lida.`
			]
		}
	}
};

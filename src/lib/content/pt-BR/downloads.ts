import { SCALE_MAX } from '$lib/quiz/scale';
import type { DownloadsText } from '../downloads-types';
import kit from './kit';

const { int, plural } = kit;

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimensão pontuada', other: 'dimensões pontuadas' })}`;

/** A result's JSON and CSV downloads: the offer on the result page, the files, their documentation. */
export const downloads: DownloadsText = {
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
};

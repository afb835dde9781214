import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { SCALE_MAX, SCALE_VALUES } from '$lib/quiz/scale';
import { LOCALES } from '$lib/i18n/locales';
import kit from './kit';
import type { ResearchText } from '../research-types';

const { either, fixed, fixedMinus, int, list, pct, plural } = kit;

export const research: ResearchText = {
	consent: {
		summary: 'Adicionar minhas respostas, de forma anônima, aos dados abertos de pesquisa',
		intro:
			'Nada é enviado a menos que você aperte o botão abaixo. Se apertar, suas respostas às perguntas, a versão do teste, o idioma desta página e o mês atual entram em um conjunto de dados público que qualquer pessoa pode baixar para conferir nossos números. Não entram seu nome, seu endereço, seu navegador nem este link. Você recebe um link privado para retirá-las quando quiser.',
		optional: 'Opcional; cada pergunta pode ficar em “Prefiro não dizer”:',
		labels: {
			role: 'Como você descreveria a sua função?',
			years: 'Há quantos anos você escreve código?',
			organisation: 'Quantas pessoas trabalham na sua organização?',
			contact: 'Com que frequência você lida com clientes ou usuários do que constrói?'
		},
		noAnswer: 'Prefiro não dizer',
		roles: {
			student: 'Estudante',
			programmer: 'Programador ou desenvolvedor',
			'software-engineer': 'Engenheiro de software',
			'architect-or-lead': 'Arquiteto ou líder técnico',
			operations: 'Operações ou SRE',
			data: 'Dados (análise, ciência ou engenharia de dados)',
			other: 'Outra'
		},
		codingYears: {
			'under-1': 'Menos de um ano',
			'1-2': '1 a 2 anos',
			'3-5': '3 a 5 anos',
			'6-10': '6 a 10 anos',
			'11-20': '11 a 20 anos',
			'over-20': 'Mais de 20 anos'
		},
		organisation: {
			'1': 'Só eu',
			'2-10': '2 a 10',
			'11-50': '11 a 50',
			'51-250': '51 a 250',
			'251-1000': '251 a 1.000',
			'over-1000': 'Mais de 1.000'
		},
		contact: {
			never: 'Nunca',
			yearly: 'Algumas vezes por ano',
			monthly: 'Todo mês',
			weekly: 'Toda semana'
		},
		submit: 'Adicionar minhas respostas',
		more: 'Sobre os dados de pesquisa'
	},
	joined: {
		title: 'Obrigado: suas respostas estão nos dados de pesquisa',
		added:
			'Elas ficam guardadas de forma anônima, com a versão do teste, o idioma e o mês, e vão aparecer nos dados abertos e nas estatísticas.',
		keepLink:
			'Para retirar suas respostas, abra este link e confirme. Ele só aparece desta vez e não guardamos nenhuma cópia, então salve-o nos favoritos ou em algum lugar agora.',
		duplicate:
			'Estas respostas já tinham sido adicionadas a partir deste navegador, então não foram adicionadas de novo. Seu link de exclusão anterior continua valendo.',
		backToResult: 'Voltar ao seu resultado'
	},
	refused: {
		'bad-form':
			'Não foi possível ler este formulário, então nada foi guardado. Envie-o de novo pela sua página de resultado.',
		'bad-code':
			'Não é possível ler esse código de resultado, então nada foi guardado. Envie o formulário pela sua página de resultado.',
		'too-many':
			'Muitos resultados foram adicionados pela sua conexão na última hora, então este não foi guardado. Tente de novo mais tarde.',
		'too-large': 'Isso era muito mais do que o formulário envia, então nada foi guardado.',
		unavailable:
			'O banco de dados de pesquisa está fora do ar agora, então nada foi guardado. Tente de novo em alguns minutos.'
	},
	deletion: {
		title: 'Retirar suas respostas',
		confirm:
			'Isto apaga de vez as respostas que você adicionou aos dados de pesquisa. Elas somem na hora dos dados abertos e das estatísticas.',
		button: 'Apagar minhas respostas',
		deleted: 'Apagadas. Suas respostas não estão mais nos dados de pesquisa.',
		gone: 'Este link não corresponde a nenhuma resposta: elas já foram apagadas, ou o link está incompleto.'
	},
	page: {
		title: 'Dados abertos de pesquisa',
		description:
			'Respostas anônimas que as pessoas escolheram compartilhar, livres para baixar, e a confiabilidade e as normas calculadas a partir delas em tempo real.',
		intro:
			'O teste em si não guarda nada. Quem quiser pode adicionar suas respostas, de forma anônima, pela página de resultado, e retirá-las com um link privado. Qualquer pessoa pode baixar essas respostas e conferir cada número abaixo. Envios concluídos rápido demais para que as perguntas tenham sido lidas, ou com quase a mesma resposta em tudo, são mantidos, mas marcados e deixados de fora de todos os números. Cada número só aparece quando há pessoas suficientes para que ele signifique algo.',
		counts: (n, flagged) =>
			`${int(n)} ${n === 1 ? 'pessoa compartilhou suas' : 'pessoas compartilharam suas'} respostas às perguntas atuais; ${int(flagged)} ${flagged === 1 ? 'envio foi marcado e deixado' : 'envios foram marcados e deixados'} de fora.`,
		downloads: 'Baixar',
		csv: 'Todas as respostas (CSV)',
		json: 'As estatísticas (JSON)',
		licence:
			'Os dados estão em domínio público (CC0 1.0): use-os para o que quiser, sem pedir permissão.',
		notEnough: (have, need) =>
			`Ainda não há o suficiente: ${int(have)} das ${int(need)} necessárias.`,
		headings: {
			reliability: 'Confiabilidade',
			retest: 'Teste-reteste',
			roles: 'Pontuações por função',
			norms: 'Normas',
			questions: 'Cada pergunta',
			dictionary: 'Dicionário de dados',
			stored: 'O que é guardado'
		},
		reliabilityIntro: `O quanto as perguntas de uma escala medem uma mesma coisa: α de Cronbach e ω de McDonald (um fator), entre quem respondeu na escala a todas as perguntas dela, com intervalos bootstrap de 95% (200 reamostragens). Abaixo de ${fixed(REPORT_MIN_RELIABILITY, 2)}, a página de resultado marca a dimensão como aproximada.`,
		scale: 'Escala',
		respondents: 'Pessoas',
		alpha: 'α',
		omega: 'ω',
		overall: 'Geral',
		estimate: (value, low, high) => `${fixed(value, 2)} (${fixed(low, 2)}–${fixed(high, 2)})`,
		retestIntro: (min, max) =>
			`Pessoas que refizeram o teste no mesmo navegador de ${int(min)} a ${int(max)} meses depois (só o mês é guardado, o que corresponde a cerca de 2 a 16 semanas): o quanto as duas pontuações gerais concordam, e o erro padrão de medida que resulta disso.`,
		retestResult: (pairs, r, sem) =>
			`${int(pairs)} pares: correlação teste-reteste ${fixed(r, 2)}; erro padrão de medida de ${fixed(sem, 1)} pontos em 100.`,
		rolesIntro:
			'Pontuação geral média (0 programador, 100 engenheiro de software) conforme a forma como cada pessoa descreveu a sua função, com intervalos de 95%.',
		role: 'Função',
		mean: 'Média',
		difference: (d, low, high) =>
			`Engenheiros de software menos programadores ou desenvolvedores: ${fixedMinus(d, 2)} desvios padrão (95%: de ${fixedMinus(low, 2)} a ${fixedMinus(high, 2)}). Um valor positivo quer dizer que quem se descreve como engenheiro de software pontua mais perto do polo de engenharia, como o teste afirma que deveria.`,
		differenceNotEnough: (engineers, programmers, need) =>
			`A diferença entre engenheiros de software e programadores precisa de ${int(need)} pessoas em cada grupo: há ${int(engineers)} e ${int(programmers)}.`,
		percentilesIntro:
			'Pontuações gerais abaixo das quais fica a parcela indicada das pessoas. Elas descrevem quem escolheu compartilhar, não todos os desenvolvedores.',
		percentile: (p) => `Percentil ${int(p)}`,
		questionsIntro: `Para cada pergunta: quantas pessoas deram de 0 a ${SCALE_MAX} pontos em direção a engenheiro de software (depois de inverter as que apontam para o outro lado), quantas disseram que não se aplica, e a correlação dela com o restante da sua dimensão.`,
		question: 'Pergunta',
		distribution: `Pontos ${SCALE_VALUES.join(' / ')}`,
		notApplicable: 'Não se aplica',
		itemRest: 'r item-resto',
		counts04: (counts) => counts.map((c) => int(c)).join(' / '),
		percent: pct,
		decimal: (value) => fixedMinus(value, 2),
		dictionaryIntro:
			'Uma linha por envio, do mais antigo ao mais recente, separada por vírgulas, em UTF-8. Vazio quer dizer sem resposta.',
		columns: {
			respondent:
				'um número para a pessoa, válido só dentro deste arquivo, para parear uma repetição (outra linha com o mesmo número); não é o identificador do cookie dela',
			bank: 'a versão do conjunto de perguntas',
			language: `o idioma da página: ${either(LOCALES)}`,
			month: 'o mês do envio, AAAA-MM (UTC); nunca o dia',
			role: `a função escolhida: ${list(['student', 'programmer', 'software-engineer', 'architect-or-lead', 'operations', 'data', 'other'])}`,
			coding_years: 'anos escrevendo código: under-1, 1-2, 3-5, 6-10, 11-20, over-20',
			organisation: 'pessoas na organização: 1, 2-10, 11-50, 51-250, 251-1000, over-1000',
			contact: 'com que frequência lida com clientes ou usuários: never, yearly, monthly, weekly',
			flagged:
				'vazio, ou o motivo de a linha ficar fora das estatísticas: too-fast (concluído em menos tempo do que leva ler as perguntas, ou sem tempo registrado) ou straight-lined (a mesma opção em quase todas as respostas)',
			questions: `depois, uma coluna por pergunta, com o identificador dela como nome (a página de metodologia lista todos): os pontos em direção a engenheiro de software, de 0 a ${SCALE_MAX}, já invertidos onde necessário; vazio para “Não se aplica a mim” ou para uma pergunta que não existe na versão daquela linha`
		}
	},
	norms: {
		percentile: (n, share) =>
			`Entre ${int(n)} pessoas que compartilharam suas respostas, ${pct(share)} ficaram mais perto de programador do que você. Elas escolheram participar, então podem não ser típicas.`,
		rough: (dimensions) =>
			`${plural(dimensions.length, { one: 'Aproximada', other: 'Aproximadas' })} por enquanto: ${list(dimensions)}. As respostas compartilhadas mostram que as perguntas ${plural(dimensions.length, { one: 'dela', other: 'delas' })} concordam menos do que gostaríamos (confiabilidade abaixo de ${fixed(REPORT_MIN_RELIABILITY, 2)}), então leia ${plural(dimensions.length, { one: 'essa pontuação', other: 'essas pontuações' })} com cautela.`
	},
	privacy: (cookie, keepDays) =>
		`Dados de pesquisa, só se você escolher dá-los: numa página de resultado, você pode adicionar suas respostas aos dados abertos de pesquisa. Nesse caso, é guardado no nosso banco de dados exatamente isto: suas respostas (como pontos em direção a engenheiro de software), a versão do teste, o idioma da página, o mês (não o dia nem a hora), as respostas opcionais que você escolheu (função, anos escrevendo código, tamanho da organização, contato com clientes ou usuários), se o envio parece pouco plausível, e um identificador aleatório que também fica num cookie, ${cookie}, no seu navegador (por ${int(keepDays)} dias), para que uma repetição possa ser pareada com a primeira vez. Nenhum endereço, nenhum dado do navegador, nenhum link de resultado, nenhum texto livre. É guardado um hash do seu link privado de exclusão, nunca o link; abri-lo e confirmar apaga a linha. O limite de quantas respostas uma conexão pode adicionar é contado só na memória do servidor, e um cookie guarda quando o seu último teste começou e terminou, para marcar respostas dadas rápido demais; nada disso é guardado.`
};

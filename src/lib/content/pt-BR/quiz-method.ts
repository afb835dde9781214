import type { QuizText } from '../quiz-types';
import { format, int, pct, word, Word } from './format';
import { roles } from './quiz-bank';

/** A página de metodologia: cada regra, enunciada a partir das constantes que o código usa. */
export const methodology: QuizText['methodology'] = {
	title: 'Como funciona a pontuação · Programador ou engenheiro de software?',
	description:
		'A fonte, as perguntas e por que cada uma aponta para onde aponta, as fórmulas exatas, o que tão poucas perguntas por dimensão conseguem sustentar e o compromisso de privacidade por trás do teste.',
	heading: 'Como funciona a pontuação',
	lead: 'Tudo o que o teste faz com as suas respostas está nesta página, nos mesmos termos do código que faz as contas. As tabelas e os números abaixo saem do próprio banco de perguntas e das regras de pontuação, então não têm como se descolar do que é pontuado.',
	contents: 'Nesta página',
	sections: {
		source: 'A fonte e suas distinções',
		dimensions: 'Dimensões e perguntas',
		scale: 'A escala de respostas e “Não se aplica a mim”',
		keying: 'Perguntas equilibradas entre os dois polos',
		formulas: 'As fórmulas e as regras da explicação',
		support: 'O que poucas perguntas por dimensão sustentam, e o que não sustentam',
		versions: 'Versões do teste e links de compartilhamento',
		privacy: 'Privacidade',
		limits: 'O que este teste não é'
	},
	source: (title, blog, minutes) =>
		`O teste se baseia em um único artigo curto, “${title}” (em português, “Quais são as diferenças entre um engenheiro de software e um programador?”), publicado no blog ${blog} (leitura de ${int(minutes)} ${minutes === 1 ? 'minuto' : 'minutos'}). Não o citamos literalmente: abaixo estão as distinções dele com nossas próprias palavras, cada uma com o lado da linha que ela marca.`,
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'os dois papéis' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`As distinções estão agrupadas em ${word(dimensions)} dimensões. Cada uma é uma linha que vai do hábito de um programador (0) ao hábito de um engenheiro de software (100). São ${int(questions)} perguntas, ${format.list(perDimension.map((n) => word(n)))} por dimensão, cada uma sobre um hábito que você consegue observar no seu próprio trabalho. O teste as embaralha, para que duas perguntas da mesma dimensão nunca venham uma depois da outra. Cada pergunta indica a distinção em que se apoia, e um teste automatizado confere que ela é uma das distinções da sua dimensão.`,
	dimensionEnds: (programmerEnd, engineerEnd) => `Em 0: ${programmerEnd}. Em 100: ${engineerEnd}.`,
	drawnFrom: (titles) => `Com base em: ${format.list(titles)}.`,
	table: {
		caption: (dimension) =>
			`Perguntas da dimensão ${dimension}, com o polo para onde cada uma aponta e por quê`,
		number: 'Nº',
		question: 'Pergunta',
		pointsToward: '“Sempre” aponta para',
		distinction: (title) => `Distinção: ${title}`,
		why: 'Por que aponta para lá'
	},
	scaleIntro: (size) =>
		`Cada pergunta quer saber com que frequência você faz algo no seu trabalho ou nos seus estudos atuais, numa mesma escala de ${word(size, 'm')} pontos com o meio identificado. Ao lado da escala, e separada dela, há mais uma opção:`,
	scaleTable: { answer: 'Resposta', value: 'Valor', notScored: 'não pontua' },
	scalePoints: (max) =>
		`Cada resposta na escala dá então pontos na direção do extremo de engenheiro de software: o próprio valor, quando a pergunta descreve um hábito de engenheiro, e ${int(max)} menos o valor, quando descreve um hábito de programador. Assim, “Sempre” para um hábito de programador não dá nenhum ponto, e “Nunca” dá ${int(max)}.`,
	notApplicable: (minShare, minDimensions) =>
		`“Não se aplica a mim” serve para um hábito que não tem lugar no seu trabalho: quem estuda e ainda não tem usuários, quem é freelancer e não tem um PM, quem não escreve mais código. Essa resposta não dá pontos e simplesmente fica de fora; não é um “Às vezes” disfarçado e não entra na conta das respostas sempre iguais. Uma dimensão só recebe pontuação quando pelo menos ${pct(minShare)} das suas perguntas foram respondidas na escala e pelo menos uma delas descreve o hábito de cada papel, para que a tendência a concordar continue se anulando. Caso contrário, o resultado mostra “respostas insuficientes” no lugar da pontuação. A posição geral precisa de pelo menos ${word(minDimensions)} dimensões pontuadas; com menos, o resultado avisa e oferece um caminho de volta às perguntas.`,
	keying:
		'Em cada dimensão, metade das perguntas descreve um hábito de programador e metade um hábito de engenheiro de software, e cada hábito de programador é escrito como a boa prática que ele é (foco, ofício, entrega, construir fielmente a partir de uma especificação), nunca como a falta de um hábito de engenharia. Isso importa porque as pessoas tendem a concordar com afirmações, digam elas o que disserem. Com perguntas equilibradas, essa tendência se anula em vez de empurrar todo mundo para um dos extremos. Uma consequência direta, verificada pelos nossos testes: escolher a mesma resposta em todas as perguntas dá exatamente 50, no geral e em cada dimensão.',
	formulas: {
		dimensionTerm: 'Pontuação da dimensão',
		dimension: (max) =>
			`100 × (pontos das suas perguntas respondidas na escala) ÷ (${int(max)} × número dessas perguntas)`,
		dimensionNote:
			'0 significa que todas as respostas na escala ficaram no extremo de programador; 100, no extremo de engenheiro de software. Mostrada arredondada para um número inteiro, com meios arredondados para cima.',
		enoughTerm: 'Respostas suficientes',
		enough: (minShare) =>
			`Pelo menos ${pct(minShare)} das perguntas da dimensão respondidas na escala, com pelo menos uma na direção de cada papel.`,
		overallTerm: 'Posição geral',
		overall: (minDimensions) =>
			`a média das pontuações não arredondadas das dimensões pontuadas, calculada quando pelo menos ${word(minDimensions)} são pontuadas`,
		overallNote:
			'Arredondada para um número inteiro, com meios para cima, em aritmética inteira exata. Todas as dimensões pontuadas têm o mesmo peso, seja qual for o número de respostas.',
		bandTerm: 'Descrição mais próxima',
		band: 'Um nome para o trecho da linha em que cai a posição arredondada. Ele descreve a posição; não é uma categoria a que você pertence:',
		bandRow: (band, min, max) => `${band}: de ${int(min)} a ${int(max)}`,
		bandNote:
			'As faixas são simétricas em torno de 50, e a faixa do meio é um resultado tão honesto quanto qualquer um dos extremos.',
		effectTerm: 'O que moveu sua posição',
		effect: (max, midpoint) =>
			`100 × (seus pontos − ${int(midpoint)}) ÷ (dimensões pontuadas × ${int(max)} × respostas na escala da sua dimensão)`,
		effectNote: (maxEffect) =>
			`O efeito de cada resposta que conta, em pontos: positivo na direção de engenheiro de software, negativo na direção de programador. Os efeitos somam exatamente a posição menos 50. Com todas as perguntas respondidas, uma resposta move a posição em no máximo ${maxEffect} pontos. Cada efeito aparece com uma casa decimal, e valores exatamente na metade são arredondados para longe do zero, para que efeitos iguais em direção a um ou outro papel apareçam iguais.`,
		stepsTerm: 'Distância até outra descrição',
		steps: (near) =>
			`Em vez de um intervalo, o resultado dá um número exato: o menor número de respostas que, movidas cada uma um passo na escala no mesmo sentido (digamos, de “Com frequência” para “Sempre”), levariam a posição para outra faixa. Respostas marcadas como “não se aplica” ficam como estão. Como cada passo soma um valor fixo à posição, começar pelos passos de maior efeito dá o menor número, e a página faz a conta exatamente assim. Quando a outra faixa mais próxima está a ${word(near, 'm')} passos ou menos, o resultado diz qual é.`,
		clearlyTerm: '“Claramente”',
		clearly: (share) =>
			`Dito do seu lado geral só quando pelo menos ${pct(share)} das suas respostas que contam teriam de se mover um passo cada para levar a posição à faixa do meio. Nenhuma dimensão é chamada de clara: o punhado de respostas dela não sustenta essa palavra.`,
		spreadTerm: 'Dispersão, em palavras',
		spread: (close, wide) =>
			`A distância entre a sua dimensão mais alta e a mais baixa entre as pontuadas: até ${int(close)} pontos, elas “estão bem alinhadas”; a partir de ${int(wide)} pontos, “variam bastante”; no meio disso, “variam moderadamente”. Quando algumas pendem para cada papel, o resultado diz isso. Quando todas têm a mesma pontuação, não há dispersão, e o resultado não diz nada sobre isso.`,
		straightTerm: 'Respostas sempre iguais',
		straight: (share) =>
			`Se uma mesma opção representa ${pct(share)} ou mais das suas respostas na escala, o resumo avisa: nesse caso, a posição diz mais sobre o jeito de responder do que sobre os seus hábitos. Respostas “Não se aplica” não entram nessa conta.`,
		explainTerm: 'Como a explicação é escolhida',
		explain: ({ namesPerSide, strongest, lowMax, highMin }) =>
			`Uma dimensão pende para o mesmo lado que a faixa da sua pontuação arredondada: para programador até ${int(lowMax)}, para engenheiro de software a partir de ${int(highMin)}, e para o meio-termo no resto. O resumo cita até ${word(namesPerSide)} dimensões de cada lado, das mais fortes para as mais fracas, e as que empatam com elas. “O que moveu sua posição” lista as ${word(strongest)} respostas de maior efeito na direção de cada papel, na ordem das perguntas em caso de empate, e diz quantas outras a moveram na mesma medida. Os próximos passos valem nos dois sentidos: para uma dimensão que pende para programador, hábitos de engenheiros de software; para uma que pende para engenheiro de software, hábitos de foco, entrega e ofício de programadores; a tendência mais forte primeiro.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension)} perguntas por dimensão bastam para dizer para que lado as suas próprias respostas naquela dimensão pendem, e para mostrar quais respostas fizeram pender: é por isso que cada dimensão se abre para mostrar suas respostas.`,
		`Não bastam para medir uma dimensão com precisão. Levar uma resposta de um extremo ao outro da escala move a dimensão dela em ${pct(1 / perDimension)} da linha, e as pessoas respondem à mesma pergunta de um jeito um pouco diferente de um dia para o outro; por isso, refazer o teste pode mudar uma dimensão em muitos pontos e fazer a posição geral cruzar o limite de uma faixa. É por isso que o resultado dá o número exato de passos de resposta até a outra descrição mais próxima, em vez de um intervalo, e que nenhuma dimensão é chamada de clara.`,
		'Ainda não temos dados de referência: nenhuma informação sobre como desenvolvedores em geral respondem. Por isso, nada no resultado compara você com outras pessoas, e nenhum número aqui é um percentil. Um intervalo em torno da pontuação exigiria esse tipo de dado (quanto as respostas de uma mesma pessoa variam de uma vez para outra), e não vamos traçar um até que dados reais o sustentem.',
		`Mantivemos ${word(perDimension)} perguntas por dimensão de propósito. Cada pergunta precisa descrever um hábito diferente, com base em um artigo de dois minutos de leitura; mais do que isso, nessas ${word(dimensions)} dimensões, seria perguntar a mesma coisa duas vezes.`
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Esta é a versão ${int(current)} do banco de perguntas. Um link de resultado guarda a versão e as suas respostas, compactadas num código curto com uma verificação de dois caracteres, e nunca as pontuações: a página recalcula o resultado toda vez que é aberta. Desde a versão ${int(notApplicableSince)}, cada resposta é um de ${word(digits, 'm')} dígitos (as ${word(scaleSize, 'f')} respostas da escala e “Não se aplica”). Um link cortado ou digitado errado falha na verificação e mostra uma página de “link quebrado”, em vez do resultado de outra pessoa. Todas as versões já servidas são mantidas: um link da versão ${format.list(older.map((v) => int(v)))} ainda mostra o seu resultado, pontuado com as perguntas com que foi respondido, e avisa que o teste mudou desde então.`,
	olderBanks: (version, count) => `As ${int(count)} perguntas da versão ${int(version)}`,
	privacy: (days, codesKept) =>
		`Cada resposta é enviada ao nosso servidor com o seu passo, porque é o servidor que monta a próxima página; ela não fica guardada lá. O que o teste guarda, guarda com você: um cookie no seu navegador mantém as respostas dadas até agora e os códigos dos seus ${word(codesKept, 'm')} últimos resultados concluídos (para que os links dos seus próprios resultados sejam reconhecidos como seus), e cada link de resultado guarda as respostas que mostra. O cookie dura ${int(days)} dias a partir da sua última resposta; “Recomeçar” apaga as respostas guardadas nele. Outras pessoas só veem o seu resultado se você passar o link. Não há contas, análise de uso, rastreamento nem requisições a qualquer outro site, nem mesmo para fontes. As páginas de resultado pedem aos navegadores que não repassem o endereço delas a outros sites, porque o endereço contém as suas respostas.`,
	limits:
		'É uma ferramenta de reflexão construída sobre as distinções de um artigo, não um teste psicológico validado, nem um veredito de contratação ou de carreira. Os papéis se sobrepõem, todo engenheiro de software também escreve código, e um resultado de programador não vale menos. Autoavaliações descrevem como vemos nossos próprios hábitos, o que nem sempre é como trabalhamos.',
	cta: 'Fazer o teste'
};

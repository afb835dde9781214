import { SCALE_MAX } from '$lib/quiz/scale';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';

const { fixed, format, int, pct, quote, word, Word } = kit;

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
		scale: 'A linha de respostas e “Não faz parte do meu trabalho”',
		keying: 'Perguntas equilibradas entre os dois polos',
		formulas: 'As fórmulas e as regras da explicação',
		support: 'O que poucas perguntas por dimensão sustentam, e o que não sustentam',
		versions: 'Versões do teste e links de compartilhamento',
		privacy: 'Privacidade',
		limits: 'O que este teste não é'
	},
	source: (title, blog, minutes) =>
		`O teste se baseia em um único artigo curto, ${quote(title)} (em português, “Quais são as diferenças entre um engenheiro de software e um programador?”), publicado no blog ${blog} (leitura de ${int(minutes)} ${minutes === 1 ? 'minuto' : 'minutos'}). Não o citamos literalmente: abaixo estão as distinções dele com nossas próprias palavras, cada uma com o lado da linha que ela marca.`,
	sourceLink: 'Leia o artigo original',
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
		pointsToward: '“B” aponta para',
		statementA: 'Afirmação A',
		statementB: 'Afirmação B',
		distinction: (title) => `Distinção: ${title}`,
		why: 'Por que aponta para lá'
	},
	pairIntro: (size) =>
		`Cada pergunta da versão atual põe lado a lado dois jeitos de trabalhar, a afirmação A e a afirmação B: uma do programador do artigo e outra do engenheiro de software, cada uma tão respeitável quanto a outra. Você se posiciona numa linha de ${word(size, 'm')} pontos entre elas: A, mais para A, as duas por igual, mais para B, ou B. Ao lado da linha, e separada dela, há mais uma opção, “Não faz parte do meu trabalho”, e cada pergunta diz quando ela é a resposta certa. Em metade das perguntas de cada dimensão, o jeito do programador é a afirmação A; na outra metade, a B. Dois avaliadores que não conheciam o teste nem sabiam nada da pontuação deram nota a quão desejável cada afirmação soa, e em nenhum par a diferença passa de um ponto numa escala de cinco.`,
	model: (p) => [
		`Todo número sobre a solidez de um resultado vem de um único modelo, explicitado aqui, até que respostas reais possam substituí-lo. Ele atribui aos pontos de cada resposta (de 0 a ${SCALE_MAX}) a mesma dispersão, um desvio padrão de ${fixed(p.itemSd, 2)} ponto; duas respostas da mesma dimensão têm correlação de ${fixed(p.within, 2)}, e duas de dimensões diferentes, de ${fixed(p.between, 2)}. São valores deliberadamente modestos, e continuam assim até que respostas reais mostrem o contrário: preferimos subestimar a solidez de um resultado a exagerá-la.`,
		`Só desses números decorrem a confiabilidade de qualquer pontuação (o α de Cronbach) e o seu erro padrão. Uma dimensão da versão atual, com todas as perguntas respondidas, tem α de ${fixed(p.dimensionReliability, 2)} e erro padrão de ${fixed(p.dimensionError, 1)} pontos; a posição geral, com todas as perguntas respondidas, tem α de ${fixed(p.overallReliability, 2)} e erro padrão de ${fixed(p.overallError, 1)} pontos. Os dois valores são recalculados para as respostas que você de fato deu, então respostas “Não faz parte do meu trabalho” os deixam um pouco menos seguros.`,
		`Uma dimensão só é apresentada separadamente quando tem pelo menos ${word(p.minQuestions)} perguntas e, pelo modelo, confiabilidade de pelo menos ${fixed(p.minReliability, 2)}. Duas dimensões só são chamadas de diferentes quando a distância entre elas é maior do que o erro do modelo permite (cerca de ${int(Math.round(p.dimensionGap))} pontos para duas dimensões completas); caso contrário, o resultado diz que elas são parecidas.`,
		'Um teste unitário sorteia milhares de pessoas simuladas a partir do mesmo modelo e confere se as respostas delas mostram essas correlações, essas confiabilidades e essas taxas de mesma descrição ao refazer o teste.'
	],
	scaleTable: { answer: 'Resposta', value: 'Valor', notScored: 'não pontua' },
	scalePoints: (max) =>
		`Cada resposta dá então pontos na direção do extremo de engenheiro de software: o próprio valor, quando a afirmação B é o jeito de trabalhar do engenheiro de software, e ${int(max)} menos o valor, quando B é o do programador. Assim, escolher sem ressalvas a afirmação do programador não dá nenhum ponto, “As duas por igual” dá ${int(max / 2)}, e escolher sem ressalvas a do engenheiro de software dá ${int(max)}.`,
	notApplicable: (minShare, minDimensions) =>
		`“Não faz parte do meu trabalho” serve para uma pergunta cujo assunto não tem lugar no seu trabalho, e cada pergunta diz quando é o caso: quem estuda e ainda não tem usuários, quem sempre trabalha sozinho. Essa resposta não dá pontos e simplesmente fica de fora; não é um “As duas por igual” disfarçado e não entra na conta das respostas sempre iguais. Uma dimensão só recebe pontuação quando pelo menos ${pct(minShare)} das suas perguntas foram respondidas na linha e, entre elas, a afirmação do programador é pelo menos uma vez a A e pelo menos uma vez a B, para que o hábito de escolher sempre o mesmo lado continue se anulando. Caso contrário, o resultado mostra “respostas insuficientes” no lugar da pontuação. A posição geral precisa de pelo menos ${word(minDimensions)} dimensões pontuadas; com menos, o resultado avisa e oferece um caminho de volta às perguntas.`,
	keying:
		'Em cada dimensão, o jeito de trabalhar do programador é a afirmação A em metade das perguntas e a afirmação B na outra metade, e as duas afirmações são escritas como o que são: jeitos respeitáveis de trabalhar. Isso importa porque as pessoas tendem a preferir um dos lados da página, ou a primeira afirmação que leem. Com perguntas equilibradas, essa tendência se anula em vez de empurrar todo mundo para um dos extremos. Uma consequência direta, verificada pelos nossos testes: a mesma posição em todas as perguntas (sempre A, sempre no meio, sempre B) dá exatamente 50, no geral e em cada dimensão.',
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
		overall: (minDimensions, max) =>
			`100 × (pontos de todas as respostas que contam) ÷ (${int(max)} × número de respostas que contam), calculada quando pelo menos ${word(minDimensions)} dimensões são pontuadas; as respostas que contam são as respostas na escala das dimensões pontuadas`,
		overallNote:
			'Arredondada para um número inteiro, com meios para cima, em aritmética inteira exata. Todas as respostas que contam têm o mesmo peso, seja qual for a dimensão delas.',
		bandTerm: 'Descrição mais próxima',
		band: 'Um nome para o trecho da linha em que cai a posição arredondada. Ele descreve a posição; não é uma categoria a que você pertence:',
		bandRow: (band, min, max) => `${band}: de ${int(min)} a ${int(max)}`,
		bandNote:
			'As faixas são simétricas em torno de 50, e a faixa do meio é um resultado tão honesto quanto qualquer um dos extremos.',
		effectTerm: 'O que moveu sua posição',
		effect: (max, midpoint) =>
			`100 × (pontos da resposta − ${int(midpoint)}) ÷ (${int(max)} × número de respostas que contam)`,
		effectNote: (maxEffect) =>
			`O efeito de cada resposta que conta, em pontos: positivo na direção de engenheiro de software, negativo na direção de programador. Os efeitos somam exatamente a posição menos 50. Com todas as perguntas respondidas, uma resposta move a posição em no máximo ${format.decimal(maxEffect)} pontos. Cada efeito aparece com uma casa decimal, e valores exatamente na metade são arredondados para longe do zero, para que efeitos iguais em direção a um ou outro papel apareçam iguais.`,
		stepsTerm: 'Distância até outra descrição',
		steps: (near) =>
			`Em vez de um intervalo, o resultado dá um número exato: o menor número de respostas que, movidas cada uma um passo na escala no mesmo sentido (digamos, de “Mais para B” para “B”), levariam a posição para outra faixa. Respostas marcadas como não aplicáveis ficam como estão. Cada passo soma o mesmo valor à posição, então a contagem é exata. Quando a outra faixa mais próxima está a ${word(near, 'm')} passos ou menos, o resultado diz qual é.`,
		retakeTerm: 'A mesma descrição ao refazer o teste',
		retake:
			'Pelo modelo, o resultado de alguém com a sua posição, ao refazer o teste, cai perto dela: um pouco puxado para o meio pela confiabilidade da pontuação e espalhado pelo erro padrão dela. A página diz em quantas de cada dez vezes refazer o teste daria a mesma descrição, arredondando, e, quando for o caso, que mover uma única resposta poderia mudar a descrição.',
		differTerm: 'Parecidas ou diferentes',
		differ: (z) =>
			`Duas pontuações só são chamadas de diferentes quando a distância entre elas passa de ${fixed(z, 2)} erros padrão dessa distância (o nível usual de 95%), calculados a partir das respostas em que cada uma se apoia; caso contrário, são parecidas. O resumo compara assim a sua dimensão mais alta e a mais baixa entre as apresentadas; a página de comparação compara pessoas do mesmo jeito.`,
		straightTerm: 'Respostas sempre iguais',
		straight: (share) =>
			`Se uma mesma opção representa ${pct(share)} ou mais das suas respostas na escala, o resumo avisa: nesse caso, a posição diz mais sobre o jeito de responder do que sobre os seus hábitos. Respostas “Não faz parte do meu trabalho” não entram nessa conta.`,
		explainTerm: 'Como a explicação é escolhida',
		explain: ({ strongest, lowMax, highMin }) =>
			`Uma dimensão pende para o mesmo lado que a faixa da sua pontuação arredondada: para programador até ${int(lowMax)}, para engenheiro de software a partir de ${int(highMin)}, e para o meio-termo no resto. “O que moveu sua posição” lista as ${word(strongest)} respostas de maior efeito na direção de cada papel, na ordem das perguntas em caso de empate, e diz quantas outras a moveram na mesma medida. Os próximos passos valem nos dois sentidos e vêm das próprias perguntas: para uma dimensão que pende para programador, as afirmações do engenheiro de software das quais você se colocou longe; para uma que pende para engenheiro de software, as do programador; a tendência mais forte primeiro. Assim, nenhum conselho descreve um jeito de trabalhar que pontua na direção do outro extremo.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension)} perguntas por dimensão, em ${word(dimensions)} dimensões, são o que o modelo exige para que uma dimensão seja sólida o bastante para ser apresentada: com menos, refazer o teste poderia mudar a maior parte do que o resultado diz sobre uma dimensão.`,
		'Mesmo assim, elas medem um jeito de trabalhar só de forma aproximada. Refazer o teste pode mover uma dimensão em vários pontos e levar a posição geral a cruzar o limite de uma faixa; por isso o resultado diz com que frequência refazer o teste dá a mesma descrição, avisa quando uma única resposta poderia mudar a descrição e só chama duas dimensões de diferentes quando a distância entre elas vai além do erro do modelo.',
		'Ainda não temos dados de referência: nenhuma informação sobre como desenvolvedores em geral respondem. Por isso, nada no resultado compara você com outras pessoas, e nenhum número aqui é um percentil.'
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Esta é a versão ${int(current)} do banco de perguntas. Um link de resultado guarda a versão e as suas respostas, compactadas num código curto com uma verificação de dois caracteres, e nunca as pontuações: a página recalcula o resultado toda vez que é aberta. Desde a versão ${int(notApplicableSince)}, cada resposta é um de ${word(digits, 'm')} dígitos (as ${word(scaleSize, 'f')} respostas da escala e “Não se aplica”). Um link cortado ou digitado errado falha na verificação e mostra uma página de “link quebrado”, em vez do resultado de outra pessoa. Todas as versões já servidas são mantidas: um link da versão ${format.list(older.map((v) => int(v)))} ainda mostra o seu resultado, pontuado com as perguntas com que foi respondido, e avisa que o teste mudou desde então.`,
	olderBanks: (version, count) => `As ${int(count)} perguntas da versão ${int(version)}`,
	privacy: (days) =>
		`Cada resposta é enviada ao nosso servidor com o seu passo, porque é o servidor que monta a próxima página; ela não fica guardada lá. O que o teste guarda, guarda com você: um cookie no seu navegador mantém as respostas dadas até agora, e cada link de resultado guarda as respostas que mostra. O cookie dura ${int(days)} dias a partir da sua última resposta; “Recomeçar” apaga as respostas guardadas nele. Outras pessoas só veem o seu resultado se você passar o link. Não há contas, análise de uso, rastreamento nem requisições a qualquer outro site, nem mesmo para fontes. As páginas de resultado pedem aos navegadores que não repassem o endereço delas a outros sites, porque o endereço contém as suas respostas.`,
	limits:
		'É uma ferramenta de reflexão construída sobre as distinções de um artigo, não um teste psicológico validado, nem um veredito de contratação ou de carreira. Os papéis se sobrepõem, todo engenheiro de software também escreve código, e um resultado de programador não vale menos. Autoavaliações descrevem como vemos nossos próprios hábitos, o que nem sempre é como trabalhamos.',
	cta: 'Fazer o teste'
};

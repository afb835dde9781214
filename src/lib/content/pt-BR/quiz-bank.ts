import type { QuizText } from '../quiz-types';

/**
 * As distinções do artigo, as dimensões e as perguntas, com nossas próprias palavras: o artigo é
 * parafraseado e citado, nunca transcrito.
 */

export const roles: QuizText['roles'] = {
	programmer: 'programador',
	engineer: 'engenheiro de software'
};
export const roleLabels: QuizText['roleLabels'] = {
	programmer: 'Programador',
	engineer: 'Engenheiro de software'
};

export const bands: QuizText['bands'] = {
	programmer: 'Programador',
	'leaning-programmer': 'Mais para programador',
	both: 'No meio-termo',
	'leaning-engineer': 'Mais para engenheiro de software',
	engineer: 'Engenheiro de software'
};

export const scale: QuizText['scale'] = {
	labels: { 0: 'Nunca', 1: 'Raramente', 2: 'Às vezes', 3: 'Com frequência', 4: 'Sempre' },
	notApplicable: 'Não se aplica a mim'
};

export const distinctions: QuizText['distinctions'] = {
	coding: {
		title: 'Codar é o ofício central',
		paraphrase:
			'Codar é digitar as linhas que formam um programa. Programar vai além: abrange o projeto como um todo, e não só um pedaço dele. Escrever código é o coração do trabalho de quem programa.'
	},
	'specialised-tasks': {
		title: 'Especialização em certas tarefas',
		paraphrase:
			'Em times grandes, programadores costumam se concentrar em alguns tipos de tarefa, e há empresas que contratam programadores só para codar.'
	},
	'follows-instructions': {
		title: 'Transformar instruções em programa',
		paraphrase:
			'No dia a dia típico, o programador recebe orientações de outras pessoas do time, como um designer, um engenheiro ou um programador líder, e a partir delas monta um programa completo, às vezes tendo só uma ideia geral como ponto de partida.'
	},
	'engineering-principles': {
		title: 'Princípios de engenharia como método',
		paraphrase:
			'O engenheiro de software leva princípios de engenharia para o software: um jeito próprio e deliberado de encarar um problema antes de resolvê-lo.'
	},
	'environment-first': {
		title: 'Estudar o ambiente primeiro',
		paraphrase:
			'Quem constrói uma ponte examina o terreno sob o rio antes de projetar a fundação. Da mesma forma, o engenheiro de software estuda primeiro as máquinas e os sistemas ao redor de um programa, para que o projeto combine com o lugar onde ele vai rodar.'
	},
	'talks-with-clients': {
		title: 'Conversar com os clientes',
		paraphrase:
			'Engenheiros de software conversam com os clientes, para que o que projetam funcione de verdade para quem pediu.'
	},
	'design-process': {
		title: 'Cuidar de todo o processo de design',
		paraphrase:
			'A engenharia de software vai bem além de programar: é um processo de design completo, de entender o problema até chegar a um programa que funciona.'
	},
	'real-conditions': {
		title: 'Feito para condições reais',
		paraphrase:
			'O objetivo é um software que rode com eficiência e confiabilidade onde é usado de fato: nas máquinas em que vai rodar, para as pessoas a quem se destina.'
	},
	'roles-overlap': {
		title: 'Os papéis se sobrepõem',
		paraphrase:
			'Um leitor pergunta, nos comentários do artigo, se os dois não são a mesma coisa. Na nossa leitura, eles se sobrepõem bastante: todo engenheiro de software também escreve código, e o próprio artigo diz que programar envolve o projeto inteiro.'
	}
};

export const dimensions: QuizText['dimensions'] = {
	scope: {
		name: 'Escopo',
		summary:
			'Quanto do sistema você abrange: uma parte, conhecida a fundo, ou o todo e como as peças se encaixam.',
		ends: {
			programmer: 'uma parte do sistema, conhecida a fundo',
			engineer: 'o sistema inteiro e como as partes se encaixam'
		},
		fromArticle:
			'Codar é digitar as linhas; programar já abrange o projeto inteiro, e em times grandes cada programador fica com alguns tipos de tarefa. A engenharia, como o artigo a descreve, é um processo de design para o todo.',
		habitsOf: {
			engineer: [
				'Antes da próxima tarefa, desenhe as partes que ela afeta e as que dependem delas.',
				'Leia o código ou a documentação do outro lado de uma interface que você usa.',
				'Participe de uma discussão de design sobre uma parte do sistema em que você não trabalha.'
			],
			programmer: [
				'Assuma uma parte pequena e cuide dela de ponta a ponta, até a última linha de código.',
				'Reserve uma tarde inteira, sem interrupções, para codar uma única tarefa.',
				'Termine por completo uma tarefa bem delimitada antes de ampliar a visão de novo.'
			]
		}
	},
	'starting-point': {
		name: 'Ponto de partida',
		summary:
			'De onde seu trabalho parte: de uma especificação ou um design que alguém entrega a você, ou do problema por trás deles.',
		ends: {
			programmer: 'uma especificação ou um design, bem executados',
			engineer: 'o problema por trás do pedido'
		},
		fromArticle:
			'Programadores costumam receber instruções de designers, engenheiros ou de um líder e transformá-las, às vezes uma ideia inteira, em um programa. Engenheiros trazem um jeito deliberado de olhar para o próprio problema.',
		habitsOf: {
			engineer: [
				'Na próxima tarefa, escreva em uma frase qual problema ela resolve antes de começar.',
				'Quando um pedido parecer estranho, pergunte quem precisa dele e por quê, e compare a resposta com o pedido.',
				'Ao entregar um trabalho, ofereça uma alternativa, mesmo que o plano original vença.'
			],
			programmer: [
				'Pegue uma especificação bem escrita e implemente exatamente o que ela diz, sem reabrir a discussão.',
				'Com o problema definido, feche um design e chegue rápido a um código que funciona.',
				'Faça par com alguém que implementa a partir de designs e repare no que a confiabilidade dessa pessoa facilita para o time.'
			]
		}
	},
	method: {
		name: 'Método',
		summary:
			'Como você chega a uma solução: pelo ofício no próprio código, ou por um método escrito, com opções, metas e prós e contras.',
		ends: {
			programmer: 'o ofício no próprio código',
			engineer: 'um método escrito, com opções, metas e prós e contras'
		},
		fromArticle:
			'O artigo coloca a escrita de código, o núcleo da programação, ao lado dos princípios de engenharia: um jeito específico e deliberado de abordar um problema.',
		habitsOf: {
			engineer: [
				'Antes de começar, escreva o que significa “pronto” e como você vai verificar isso.',
				'Para uma decisão de design, liste duas opções com seus custos e escolha no papel.',
				'Mantenha um registro curto de decisões: o que você escolheu, o que descartou e por quê.'
			],
			programmer: [
				'Refatore um trecho do seu próprio código até que alguém recém-chegado consiga lê-lo sem ajuda.',
				'Revise a mudança de um colega linha por linha, e não só o design.',
				'Aprenda uma ferramenta que você usa todo dia mais a fundo do que o trabalho atual exige.'
			]
		}
	},
	environment: {
		name: 'Ambiente',
		summary:
			'Se você estuda onde o software vai rodar antes de projetá-lo, ou conta com a plataforma e com os especialistas ao redor dela.',
		ends: {
			programmer: 'o código, numa plataforma cuidada por outras pessoas',
			engineer: 'as máquinas e os sistemas, estudados antes do design'
		},
		fromArticle:
			'Assim como o engenheiro civil estuda o leito do rio antes de projetar a fundação de uma ponte, o engenheiro de software estuda o hardware e o software em que um programa vai rodar antes de projetá-lo.',
		habitsOf: {
			engineer: [
				'Anote os limites de memória, rede e carga do lugar onde seu software roda.',
				'Rode seu software nas piores condições que ele vai enfrentar de verdade, como uma rede lenta ou uma carga pesada.',
				'Pergunte a quem opera seus sistemas o que falha com mais frequência e leve isso em conta no design.'
			],
			programmer: [
				'Deixe uma plataforma bem escolhida cuidar de uma preocupação por você e use o tempo ganho no código.',
				'Chame o especialista cedo numa questão de hospedagem ou segurança, em vez de resolver tudo sozinho.',
				'Conheça seu framework tão bem que você possa confiar nos padrões dele.'
			]
		}
	},
	people: {
		name: 'Pessoas',
		summary:
			'Como você descobre o que construir: por meio de um PM, de um líder ou de um professor, ou direto com as pessoas a quem o software se destina.',
		ends: {
			programmer: 'requisitos levantados por outras pessoas, e tempo para desenvolver',
			engineer: 'conversar com as pessoas a quem o software se destina'
		},
		fromArticle:
			'Programadores recebem as instruções de outras pessoas do time. Engenheiros de software conversam eles mesmos com os clientes, para projetar um software que funcione para eles.',
		habitsOf: {
			engineer: [
				'Acompanhe uma conversa com um cliente ou usuário do que você constrói.',
				'Explique uma escolha técnica a alguém de fora do time, em palavras simples, e ouça as perguntas.',
				'Observe alguém usando uma funcionalidade que você fez, sem ajudar, e anote onde a pessoa trava.'
			],
			programmer: [
				'Reserve algumas horas por semana sem reuniões, só para desenvolver.',
				'Deixe um PM ou líder levantar uma rodada de requisitos e desenvolva a partir do que vier dela.',
				'Com uma especificação combinada, desenvolva a partir dela sem reabrir cada detalhe com os usuários.'
			]
		}
	},
	quality: {
		name: 'Condições reais',
		summary:
			'O que significa “pronto”: a funcionalidade faz o que a especificação pede, ou roda com eficiência e confiabilidade no uso real.',
		ends: {
			programmer: 'uma funcionalidade que faz o que foi pedido',
			engineer: 'um software que roda de forma confiável no uso real'
		},
		fromArticle:
			'O artigo quer programas que funcionem com eficiência e confiabilidade nas condições reais: no hardware em que vão rodar, com os usuários a quem se destinam.',
		habitsOf: {
			engineer: [
				'Defina uma meta de velocidade ou confiabilidade que sua próxima funcionalidade precisa cumprir, e meça.',
				'Teste com dados realistas e em volumes realistas, não só o caminho feliz.',
				'Antes de colocar no ar, anote como a funcionalidade pode falhar em uso e o que aconteceria então.'
			],
			programmer: [
				'Entregue primeiro a menor versão funcional da próxima funcionalidade e melhore a partir dela.',
				'Antes de dar o próximo trabalho como pronto, confira-o com a especificação, ponto por ponto.',
				'Combine o que é “bom o bastante” para a próxima funcionalidade, e pare aí.'
			]
		}
	}
};

export const questions: QuizText['questions'] = {
	// Versão 2, o banco atual.
	'scope-one-area-in-depth':
		'Eu me aprofundo em uma parte de um sistema, como a interface, os dados ou um único serviço.',
	'starting-write-down-problem':
		'Antes de começar a desenvolver, escrevo qual problema uma tarefa deve resolver e como vamos saber que ele foi resolvido.',
	'method-refine-own-code':
		'Refatoro o código que escrevi até ele ficar fácil de ler, com bons nomes e uma estrutura simples.',
	'environment-where-it-runs':
		'Antes de projetar, descubro onde meu software vai rodar: máquinas, sistemas operacionais, serviços.',
	'people-requirements-gathered':
		'Desenvolvo a partir de requisitos que outra pessoa levantou, como um PM, um líder ou um professor.',
	'quality-realistic-testing':
		'Testo meu software com dados realistas, em volumes realistas, antes que outras pessoas dependam dele.',
	'scope-sketch-connections':
		'Antes de começar a desenvolver, esboço como as partes de um sistema vão se conectar, num diagrama ou num resumo curto.',
	'starting-given-design':
		'Transformo o design de outra pessoa, como um mockup ou a descrição de uma interface, em código que funciona.',
	'method-weigh-options':
		'Antes de escolher um design, escrevo duas ou mais opções e quanto cada uma custaria.',
	'environment-work-with-specialist':
		'Quando uma tarefa envolve hospedagem, redes ou segurança, trabalho junto com quem é especialista no assunto.',
	'people-ask-users':
		'Converso com as pessoas que vão usar ou pagar pelo software para descobrir do que elas precisam.',
	'quality-check-against-brief':
		'Antes de dar uma tarefa como pronta, confiro o que fiz com a especificação, ponto por ponto.',
	'scope-settled-coding-tasks': 'Assumo tarefas de código cujo design já foi definido.',
	'starting-propose-approach':
		'Proponho outra abordagem a quem me passou uma tarefa, quando acho que ela atende melhor ao que a pessoa precisa.',
	'method-read-code-closely':
		'Leio o código de outras pessoas linha por linha, numa revisão ou para entender como funciona.',
	'environment-find-limits-first':
		'Antes de projetar, descubro os limites com que meu software vai ter de conviver, como memória, carga ou custo.',
	'people-focus-on-building':
		'Eu me concentro em desenvolver enquanto um PM, um líder ou um professor mantém contato com os usuários.',
	'quality-watch-in-use':
		'Acompanho o software que desenvolvi enquanto ele está em uso, por alertas, logs ou plantão.',
	'scope-neighbouring-systems':
		'Antes de mexer na minha parte, descubro como se comportam e como falham os sistemas com que ela se conecta.',
	'starting-idea-to-program':
		'Transformo uma ideia que alguém me descreve em um programa completo e funcionando.',
	'method-measure-against-target':
		'Meço a velocidade ou a confiabilidade do meu software em relação a uma meta definida antes.',
	'environment-rely-on-platform':
		'Conto com um framework ou uma plataforma para cuidar de detalhes como memória, armazenamento ou escala.',
	'people-show-work-in-progress':
		'Mostro trabalho inacabado às pessoas a quem ele se destina e faço mudanças de acordo com o que elas dizem.',
	'quality-ship-early': 'Entrego cedo uma versão pequena que funciona e depois melhoro aos poucos.',

	// Versão 1, como foi servida (aposentada; mantida para que seus links ainda mostrem o resultado).
	'scope-whole-system':
		'Quando pego uma tarefa, primeiro vejo como ela se encaixa no sistema como um todo.',
	'direction-clear-brief':
		'Transformo uma tarefa clara, vinda de um designer ou do líder do time, em código que funciona.',
	'method-compare-options':
		'Antes de escolher um design, escrevo duas ou mais opções e comparo umas com as outras.',
	'environment-given-stack':
		'Desenvolvo com a plataforma e as ferramentas que meu líder ou meu time escolhe para mim.',
	'people-talk-to-users': 'Converso com as pessoas que vão usar o software antes de desenvolvê-lo.',
	'quality-feature-works': 'Considero uma tarefa pronta assim que a funcionalidade funciona.',
	'scope-own-part': 'Trabalho numa parte bem definida do código que cabe a mim construir.',
	'direction-real-problem':
		'Antes de desenvolver o que foi pedido, confiro qual problema aquilo deve resolver.',
	'method-try-in-code': 'Encontro a melhor solução testando ideias direto no código.',
	'environment-check-first':
		'Antes de escolher um design, olho os outros sistemas com que meu software precisa funcionar.',
	'people-through-lead':
		'Descubro do que uma funcionalidade precisa pelo meu líder ou pelo ticket escrito.',
	'quality-real-use':
		'Testo meu software em condições próximas do uso real: dados reais, dispositivos reais, muitos usuários.',
	'scope-plan-parts':
		'Planejo como as partes de um projeto vão se encaixar antes de o código ser escrito.',
	'direction-start-coding': 'Quando as instruções estão claras, começo a codar na hora.',
	'method-write-requirements':
		'Antes de começar a desenvolver, escrevo o que o software precisa fazer.',
	'environment-platform-team':
		'Deixo servidores, dispositivos e redes com as pessoas cujo trabalho é operá-los.',
	'people-explain-choices':
		'Explico escolhas técnicas a clientes ou usuários com palavras que eles entendem.',
	'quality-fix-when-reported': 'Cuido de lentidão ou travamentos quando alguém os relata.',
	'scope-coding-day':
		'A maior parte do meu dia de trabalho vai em escrever, ler e corrigir código.',
	'direction-shape-what-to-build':
		'Ajudo a decidir o que deve ser construído, e não só como construir.',
	'method-known-patterns':
		'Uso os padrões e as ferramentas que conheço bem para concluir uma tarefa rápido.',
	'environment-find-limits':
		'Descubro os limites do hardware em que meu software vai rodar, como memória ou aparelhos antigos.',
	'people-focused-coding': 'Deixo as conversas com os clientes para meu líder ou gestor.',
	'quality-measure-goals':
		'Meço o desempenho do meu software em relação a metas que definimos antes.'
};

export const reasons: QuizText['reasons'] = {
	'scope-one-area-in-depth':
		'O artigo observa que, em times grandes, cada programador acaba ficando com alguns tipos de tarefa, e conhecer uma parte a fundo é essa especialização bem feita.',
	'starting-write-down-problem':
		'O artigo descreve os princípios de engenharia como um jeito específico de olhar para um problema, e pôr por escrito o problema e o critério de sucesso antes de construir torna esse olhar visível.',
	'method-refine-own-code':
		'O artigo põe a escrita de código no centro do trabalho do programador, e refatorar até o código ficar legível é o ofício desse trabalho.',
	'environment-where-it-runs':
		'É o exemplo da ponte do artigo, em software: assim como o engenheiro civil estuda o leito do rio antes da fundação, o engenheiro de software estuda o hardware e o software em que um programa vai rodar antes de projetá-lo.',
	'people-requirements-gathered':
		'No artigo, programadores costumam construir a partir de instruções repassadas por outras pessoas do time, então requisitos que chegam já levantados apontam para a programação.',
	'quality-realistic-testing':
		'O artigo pede programas que funcionem de forma confiável nas condições que vão encontrar, e dados realistas em volumes realistas trazem essas condições para os testes.',
	'scope-sketch-connections':
		'O artigo chama a engenharia de software de um processo de design completo, e não de um programa montado peça por peça, e desenhar como as partes se conectam é onde esse processo começa.',
	'starting-given-design':
		'O artigo cita designers entre as pessoas cujas instruções os programadores transformam em programa, e construir fielmente a partir de um design recebido é exatamente isso.',
	'method-weigh-options':
		'Comparar opções escritas e seus custos antes de decidir é um caso claro do jeito deliberado de abordar um problema que o artigo chama de princípios de engenharia.',
	'environment-work-with-specialist':
		'O artigo diz que programadores em times grandes se especializam, o que funciona quando cada tipo de tarefa vai para quem mais entende dele.',
	'people-ask-users':
		'O artigo diz que engenheiros de software conversam com os clientes para que o que projetam funcione para eles, e perguntar aos usuários do que precisam é essa conversa.',
	'quality-check-against-brief':
		'No artigo, o programador transforma instruções em um programa completo, e conferir o trabalho com essas instruções é como se sabe que ele está completo.',
	'scope-settled-coding-tasks':
		'O artigo menciona empresas que contratam programadores só para tarefas de código, e assumir código cujo design já está definido é esse tipo de trabalho.',
	'starting-propose-approach':
		'No artigo, engenheiros participam do design do que será construído, em vez de só executar um pedido, e propor uma abordagem melhor é participar.',
	'method-read-code-closely':
		'No artigo, o código é a matéria-prima do programador, e lê-lo com atenção, linha por linha, faz parte de dominá-lo.',
	'environment-find-limits-first':
		'Conhecer os limites do terreno é o motivo de quem constrói a ponte, no artigo, estudá-lo primeiro, e memória, banda, carga e custo são o terreno em que um programa se apoia.',
	'people-focus-on-building':
		'Os programadores do artigo recebem o que construir por meio de outras pessoas enquanto se concentram em construir, então manter a atenção na construção aponta para a programação.',
	'quality-watch-in-use':
		'O artigo quer software que funcione com eficiência e confiabilidade para os usuários reais, o que só aparece quando ele está rodando, então acompanhá-lo em uso faz parte do trabalho do engenheiro.',
	'scope-neighbouring-systems':
		'Os engenheiros do artigo levam em conta os sistemas de software ao redor de um programa antes de projetá-lo, e os sistemas com que uma parte se conecta são o entorno mais próximo dela.',
	'starting-idea-to-program':
		'O artigo diz que programar abrange o projeto inteiro e pode significar transformar uma ideia inteira em um programa completo: aqui os dois papéis se sobrepõem, e o artigo coloca isso do lado do programador.',
	'method-measure-against-target':
		'Eficiência e confiabilidade são as medidas do artigo para um software bem projetado, e uma meta definida antes é como se sabe se um programa as atinge.',
	'environment-rely-on-platform':
		'O programador pode se concentrar no código porque as camadas abaixo dele são especialidade de outra pessoa, e contar com uma plataforma é essa divisão de trabalho.',
	'people-show-work-in-progress':
		'Projetar um software que funcione bem para os clientes, nos termos do artigo, significa validar com eles ao longo do caminho, e não só no começo.',
	'quality-ship-early':
		'O programador do artigo escreve código para criar um programa funcional, e colocar cedo uma versão que funciona nas mãos das pessoas põe esse objetivo em primeiro lugar.'
};

export const habits: QuizText['habits'] = {
	'scope-one-area-in-depth': 'Aprofundar-se em uma parte',
	'starting-write-down-problem': 'Escrever o problema primeiro',
	'method-refine-own-code': 'Refatorar até o código ficar legível',
	'environment-where-it-runs': 'Descobrir onde o software vai rodar',
	'people-requirements-gathered': 'Desenvolver a partir de requisitos de outros',
	'quality-realistic-testing': 'Testar com dados realistas',
	'scope-sketch-connections': 'Esboçar como as partes se conectam',
	'starting-given-design': 'Desenvolver a partir do design de outra pessoa',
	'method-weigh-options': 'Pesar opções por escrito',
	'environment-work-with-specialist': 'Trabalhar com especialistas em hospedagem e segurança',
	'people-ask-users': 'Perguntar aos usuários do que precisam',
	'quality-check-against-brief': 'Conferir o trabalho com a especificação',
	'scope-settled-coding-tasks': 'Assumir tarefas de código com design definido',
	'starting-propose-approach': 'Propor outra abordagem',
	'method-read-code-closely': 'Ler código linha por linha',
	'environment-find-limits-first': 'Descobrir os limites primeiro',
	'people-focus-on-building': 'Concentrar-se em desenvolver',
	'quality-watch-in-use': 'Acompanhar o software em uso',
	'scope-neighbouring-systems': 'Estudar os sistemas ligados a uma parte',
	'starting-idea-to-program': 'Transformar uma ideia em programa completo',
	'method-measure-against-target': 'Medir em relação a uma meta',
	'environment-rely-on-platform': 'Contar com a plataforma',
	'people-show-work-in-progress': 'Mostrar trabalho inacabado a quem vai usá-lo',
	'quality-ship-early': 'Entregar cedo uma versão pequena',

	'scope-whole-system': 'Olhar o sistema inteiro primeiro',
	'direction-clear-brief': 'Transformar uma tarefa clara em código',
	'method-compare-options': 'Comparar opções escritas',
	'environment-given-stack': 'Desenvolver com a plataforma escolhida',
	'people-talk-to-users': 'Conversar com usuários antes de desenvolver',
	'quality-feature-works': 'Pronto quando a funcionalidade funciona',
	'scope-own-part': 'Trabalhar na sua parte do código',
	'direction-real-problem': 'Conferir o problema por trás do pedido',
	'method-try-in-code': 'Testar ideias no código',
	'environment-check-first': 'Olhar os outros sistemas primeiro',
	'people-through-lead': 'Saber o que é preciso pelo líder ou pelo ticket',
	'quality-real-use': 'Testar perto do uso real',
	'scope-plan-parts': 'Planejar como as partes se encaixam',
	'direction-start-coding': 'Codar assim que a tarefa está clara',
	'method-write-requirements': 'Escrever o que o software precisa fazer',
	'environment-platform-team': 'Deixar a infraestrutura com o time responsável',
	'people-explain-choices': 'Explicar escolhas aos clientes',
	'quality-fix-when-reported': 'Corrigir problemas quando relatados',
	'scope-coding-day': 'Dias dedicados ao código',
	'direction-shape-what-to-build': 'Ajudar a decidir o que construir',
	'method-known-patterns': 'Usar padrões conhecidos',
	'environment-find-limits': 'Descobrir os limites do hardware',
	'people-focused-coding': 'Deixar as conversas com clientes para o líder',
	'quality-measure-goals': 'Medir em relação a metas'
};

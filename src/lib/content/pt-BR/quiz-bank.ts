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
	notApplicable: 'Não se aplica a mim',
	positions: { 0: 'A', 1: 'Mais para A', 2: 'As duas por igual', 3: 'Mais para B', 4: 'B' },
	notApplicableToWork: 'Não faz parte do meu trabalho',
	statements: { a: 'A', b: 'B' }
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
			'De onde seu trabalho parte: de um pedido ou um design que alguém entrega a você, ou do problema por trás deles.',
		ends: {
			programmer: 'um pedido ou um design, bem executados',
			engineer: 'o problema por trás do pedido'
		},
		fromArticle:
			'Programadores costumam receber instruções de designers, engenheiros ou de um líder técnico e transformá-las, às vezes uma ideia inteira, em um programa. Engenheiros trazem um jeito deliberado de olhar para o próprio problema.',
		habitsOf: {
			engineer: [
				'Na próxima tarefa, escreva em uma frase qual problema ela resolve antes de começar.',
				'Quando um pedido parecer estranho, pergunte quem precisa dele e por quê, e compare a resposta com o pedido.',
				'Ao entregar um trabalho, ofereça uma alternativa, mesmo que o plano original vença.'
			],
			programmer: [
				'Pegue um pedido bem escrito e implemente exatamente o que ele diz, sem reabrir a discussão.',
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
				'Reescreva um trecho do seu próprio código até que alguém recém-chegado consiga lê-lo sem ajuda.',
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
			'Como você descobre o que construir: por meio de um gerente de produto, de um líder técnico ou de um professor, ou direto com as pessoas a quem o software se destina.',
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
				'Deixe um gerente de produto ou um líder técnico levantar uma rodada de requisitos e desenvolva a partir do que vier dela.',
				'Com um pedido já combinado, desenvolva a partir dele sem reabrir cada detalhe com os usuários.'
			]
		}
	},
	quality: {
		name: 'Condições reais',
		summary:
			'O que significa “pronto”: a funcionalidade faz o que o pedido diz, ou roda com eficiência e confiabilidade no uso real.',
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
				'Antes de dar o próximo trabalho como pronto, confira-o com o pedido, ponto por ponto.',
				'Combine o que é “bom o bastante” para a próxima funcionalidade, e pare aí.'
			]
		}
	},
	breadth: {
		name: 'Parte ou todo',
		summary:
			'Se o seu trabalho se concentra no código de uma parte ou no projeto inteiro em torno dela.',
		ends: {
			programmer: 'uma parte, desenvolvida a fundo',
			engineer: 'o projeto inteiro e como tudo se encaixa'
		},
		fromArticle:
			'Codar é digitar as linhas de um programa, enquanto programar abrange o projeto inteiro; em times grandes, programadores se especializam em certas tarefas, e alguns são contratados só para codar.'
	},
	brief: {
		name: 'De onde vem o design',
		summary:
			'Se o que você constrói é pensado por outras pessoas e chega pronto até você, ou pensado por você junto com as pessoas a quem se destina.',
		ends: {
			programmer:
				'um design vindo de um líder técnico ou de um designer, construído com fidelidade',
			engineer: 'um design elaborado com clientes e usuários'
		},
		fromArticle:
			'Programadores costumam transformar instruções de designers, de engenheiros ou de um líder técnico em um programa completo; engenheiros de software conversam com os clientes para projetar um software que funcione para eles.'
	},
	approach: {
		name: 'Como você encara um problema',
		summary:
			'Se você resolve um problema no próprio código, ou por um método explícito que parte do ambiente em que a solução precisa se encaixar.',
		ends: {
			programmer: 'direto no código, guiado pela experiência',
			engineer: 'um método explícito, o ambiente primeiro'
		},
		fromArticle:
			'Engenheiros de software aplicam princípios de engenharia, um jeito próprio de olhar para um problema: como o engenheiro civil que estuda o leito do rio antes de fazer a ponte, eles estudam o hardware e o software em torno de um programa antes de projetá-lo.'
	},
	conditions: {
		name: 'Feito para quê',
		summary:
			'Se o seu trabalho está pronto quando a sua parte está certa, ou quando o todo funciona de forma confiável nas condições do uso real.',
		ends: {
			programmer: 'cada parte correta e completa',
			engineer: 'o todo, confiável no uso real'
		},
		fromArticle:
			'No artigo, a engenharia de software é um processo de design completo, que faz os programas funcionarem com eficiência e confiabilidade nas condições, no hardware e com os usuários a que se destinam.'
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

export const pairs: QuizText['pairs'] = {
	'breadth-time-in-code': {
		programmer: 'A maior parte do meu tempo de trabalho vai para escrever e aprimorar código.',
		engineer:
			'A maior parte do meu tempo de trabalho vai para o projeto em torno do código: planejá-lo, dar forma a ele e levá-lo até a entrega.',
		notApplicableWhen:
			'Você não faz nenhum trabalho prático com software, nem nos estudos nem no tempo livre.'
	},
	'brief-design-settled': {
		programmer:
			'O design do que eu construo já está definido quando chega até mim, e eu o transformo em um programa que funciona.',
		engineer: 'Sou eu quem elabora o design, junto com quem pediu o software.',
		notApplicableWhen: 'Ninguém pede software a você: você só desenvolve coisas para uso próprio.'
	},
	'approach-first-move': {
		programmer: 'Encaro um problema novo experimentando coisas no código e vendo o que funciona.',
		engineer:
			'Encaro um problema novo analisando-o passo a passo antes de escrever qualquer código.',
		notApplicableWhen: 'Você não resolve problemas técnicos por conta própria, e nunca resolveu.'
	},
	'conditions-design-timing': {
		programmer: 'Faço o design enquanto desenvolvo, uma funcionalidade de cada vez.',
		engineer: 'Faço o design do sistema como um todo antes que as partes dele sejam construídas.',
		notApplicableWhen: 'Você só faz pequenas alterações em software que já existe.'
	},
	'breadth-depth-or-range': {
		programmer:
			'Eu me aprofundo em uma área, como uma linguagem, uma camada ou um tipo de tarefa, e as pessoas me procuram por isso.',
		engineer: 'Trabalho em muitas áreas de um projeto, onde quer que ele precise de mim.',
		notApplicableWhen: 'Você está só começando e ainda não tem uma área de trabalho.'
	},
	'brief-needs-heard': {
		programmer:
			'As necessidades de clientes ou usuários chegam até mim por colegas que as levantam para o time.',
		engineer: 'Ouço as necessidades de clientes ou usuários diretamente deles.',
		notApplicableWhen:
			'O que você constrói não tem clientes nem usuários, como os exercícios de um curso.'
	},
	'approach-where-it-runs': {
		programmer:
			'Parto do próprio programa: onde ele vai rodar já está definido quando começo a construí-lo.',
		engineer:
			'Antes de fazer o design, descubro onde o software vai rodar: o hardware, os outros sistemas, a rede.',
		notApplicableWhen: 'Seu código só roda na sua própria máquina.'
	},
	'conditions-testing-against': {
		programmer: 'Testo se o meu código faz a coisa certa nos casos que ele deve tratar.',
		engineer:
			'Testo como o software se sai nas condições do uso real: dados reais, carga real, pessoas reais.',
		notApplicableWhen: 'Você não testa software de nenhuma forma.'
	},
	'breadth-piece-or-whole': {
		programmer: 'Pego uma parte bem delimitada de um projeto e a desenvolvo de forma minuciosa.',
		engineer: 'Mantenho o projeto inteiro em vista e resolvo como as partes dele se encaixam.',
		notApplicableWhen: 'Você não faz parte de nenhum projeto, nem fez recentemente.'
	},
	'brief-task-breakdown': {
		programmer: 'Outra pessoa divide o trabalho em tarefas, e eu as assumo e concluo.',
		engineer: 'Sou eu quem divide o trabalho em tarefas, para mim ou para outras pessoas.',
		notApplicableWhen: 'Seu trabalho já chega em partes pequenas demais para dividir.'
	},
	'approach-choosing': {
		programmer: 'Escolho uma solução pela experiência do que já funcionou bem antes.',
		engineer:
			'Escolho uma solução comparando opções com critérios explícitos, como custo, risco ou velocidade.',
		notApplicableWhen: 'As soluções são sempre escolhidas por outras pessoas, não por você.'
	},
	'conditions-planning-horizon': {
		programmer:
			'Planejo minhas próximas tarefas em detalhe, para que cada uma fique bem feita e dentro do prazo.',
		engineer:
			'Planejo pensando na vida inteira de um sistema, da primeira versão às mudanças que virão depois.',
		notApplicableWhen: 'Seu trabalho é todo planejado por outras pessoas.'
	},
	'breadth-team-role': {
		programmer:
			'Num time, tenho um papel especializado, como front-end, bancos de dados ou testes.',
		engineer: 'Num time, circulo entre papéis e conecto o que os especialistas constroem.',
		notApplicableWhen: 'Você nunca trabalha em time, só por conta própria.'
	},
	'brief-showing-work': {
		programmer: 'Mostro meu trabalho ao líder de time ou ao time que o pediu.',
		engineer:
			'Mostro meu trabalho às pessoas que vão usá-lo, para conferir se ele atende ao que elas precisam.',
		notApplicableWhen:
			'Ninguém vê seu trabalho antes de ele ficar pronto, como quando você estuda por conta própria.'
	},
	'approach-tools-fit': {
		programmer: 'Escolho as ferramentas e bibliotecas que conheço bem e que combinam com o código.',
		engineer:
			'Escolho ferramentas e bibliotecas pela forma como se encaixam nos sistemas ao lado dos quais vão rodar.',
		notApplicableWhen: 'Ferramentas e bibliotecas são sempre escolhidas por outras pessoas.'
	},
	'conditions-in-use': {
		programmer:
			'Quando meu software entra em uso, deixo o funcionamento dele a cargo do time de operações e me concentro no que vou construir em seguida.',
		engineer: 'Quando meu software entra em uso, também cuido de como ele roda.',
		notApplicableWhen: 'Nada do que você construiu está em uso.'
	},
	'breadth-done-when': {
		programmer:
			'Meu trabalho está pronto quando a minha parte está construída, testada e repassada.',
		engineer:
			'Meu trabalho está pronto quando o projeto inteiro é entregue e funciona como um todo.',
		notApplicableWhen: 'Seu trabalho não tem nada a entregar, como na pesquisa pura.'
	},
	'brief-unclear-request': {
		programmer:
			'Quando um pedido não está claro, pergunto a quem o escreveu e construo o que essa pessoa decidir.',
		engineer:
			'Quando um pedido não está claro, vou até as pessoas que precisam do software e decido com elas o que construir.',
		notApplicableWhen: 'Você define todo o seu trabalho: nada chega até você como pedido.'
	},
	'approach-reasoning-kept': {
		programmer: 'Conto com código limpo e bons nomes para tornar meus designs compreensíveis.',
		engineer: 'Conto com anotações de design por escrito para tornar meus designs compreensíveis.',
		notApplicableWhen: 'Você não faz o design de nada, nem de partes pequenas.'
	},
	'conditions-follow-through': {
		programmer:
			'Depois que minha parte é integrada, eu a repasso e dou toda a minha atenção à próxima tarefa.',
		engineer:
			'Depois que minha parte é integrada, eu a acompanho até o lançamento e durante o uso.',
		notApplicableWhen: 'Seu trabalho nunca é lançado, como nos trabalhos de um curso.'
	},
	'breadth-new-project': {
		programmer:
			'Num projeto novo, procuro a parte que combina com as minhas habilidades e a assumo.',
		engineer:
			'Num projeto novo, primeiro mapeio todas as partes dele e depois decido onde precisam de mim.',
		notApplicableWhen: 'Você nunca entrou em um projeto nem começou um.'
	},
	'brief-feedback-in-use': {
		programmer:
			'Quando o software está em uso, o feedback chega até mim como tickets ou relatos de bugs.',
		engineer:
			'Quando o software está em uso, converso com os clientes ou usuários sobre como ele funciona para eles.',
		notApplicableWhen: 'Nada do que você construiu está em uso.'
	},
	'approach-capacity': {
		programmer:
			'Ajusto o desempenho e a capacidade quando medições reais mostram onde isso importa.',
		engineer:
			'Estimo o desempenho e a capacidade de que o software vai precisar antes de começar a construí-lo.',
		notApplicableWhen:
			'Seu software não tem exigências de desempenho ou capacidade que mereçam esse nome, como pequenos scripts.'
	},
	'conditions-hardware-fit': {
		programmer: 'Escrevo código portável e claro, que não depende da máquina em que roda.',
		engineer: 'Adapto meu software ao hardware e às condições em que ele vai de fato rodar.',
		notApplicableWhen:
			'Você não escreve software nem dá forma a ele por conta própria, e nunca fez isso.'
	},
	'breadth-own-yardstick': {
		programmer: 'Avalio meu próprio trabalho principalmente pela qualidade do código que escrevi.',
		engineer: 'Avalio meu próprio trabalho principalmente por como ficou o sistema como um todo.',
		notApplicableWhen: 'Você ainda não concluiu nenhum trabalho que dê para avaliar.'
	},
	'brief-success-measure': {
		programmer:
			'Considero meu trabalho um sucesso quando ele faz o que foi pedido, por completo e corretamente.',
		engineer:
			'Considero meu trabalho um sucesso quando ele funciona para as pessoas para quem foi feito, mesmo que o pedido tenha precisado mudar no caminho.',
		notApplicableWhen: 'Seu trabalho não parte de nenhum tipo de pedido ou demanda.'
	},
	'approach-standards': {
		programmer: 'Sigo as convenções da base de código e do time em que trabalho.',
		engineer:
			'Sigo as normas de engenharia da área para a qual desenvolvo, como normas de segurança, de segurança da informação ou de acessibilidade.',
		notApplicableWhen:
			'Você trabalha por conta própria, sem base de código nem área cujas normas seguir.'
	},
	'conditions-whole-design': {
		programmer: 'Deixo cada parte que construo sólida e bem testada por si só.',
		engineer:
			'Faço o design de como as partes funcionam juntas, para que o todo possa continuar funcionando quando uma parte falha.',
		notApplicableWhen: 'Seu software é um único programa pequeno, praticamente sem partes.'
	},
	'breadth-learning-next': {
		programmer: 'Aprendo me aprofundando nas ferramentas e linguagens que já uso.',
		engineer:
			'Aprendo o que a próxima parte de um projeto exigir, mesmo que esteja longe do que conheço.',
		notApplicableWhen: 'Nada no seu trabalho exige aprender algo novo.'
	},
	'brief-trade-offs': {
		programmer:
			'Quando uma funcionalidade custaria mais do que o previsto, passo uma estimativa clara ao meu líder de time e construo o que essa pessoa decidir.',
		engineer:
			'Quando uma funcionalidade custaria mais do que o previsto, converso com o cliente e decidimos juntos o que construir.',
		notApplicableWhen: 'Ninguém além de você decide o que é construído.'
	},
	'approach-neighbour-systems': {
		programmer:
			'Programo com cuidado, seguindo as interfaces documentadas dos sistemas com que meu código se comunica.',
		engineer:
			'Descubro como os sistemas com que meu código se comunica se comportam na prática, e faço o design a partir do que encontro.',
		notApplicableWhen: 'Seu código não se comunica com nenhum outro sistema.'
	},
	'conditions-ready-when': {
		programmer:
			'Considero uma funcionalidade pronta quando ela atende aos critérios de aceitação e os testes passam.',
		engineer:
			'Considero uma funcionalidade pronta quando ela já foi posta à prova em condições parecidas com as do uso real.',
		notApplicableWhen:
			'Você não desenvolve funcionalidades, como quem trabalha só com manutenção ou operações.'
	}
};

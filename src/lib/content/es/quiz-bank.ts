import type { QuizText } from '../quiz-types';

/**
 * The article's distinctions, the dimensions and the questions, in our own words: the article is
 * paraphrased and cited, never quoted. Roles are named as Spain's job ads name them
 * (“programador”, “ingeniero de software”), in the generic masculine of site.ts.
 */

export const roles: QuizText['roles'] = {
	programmer: 'programador',
	engineer: 'ingeniero de software'
};
export const roleLabels: QuizText['roleLabels'] = {
	programmer: 'Programador',
	engineer: 'Ingeniero de software'
};

export const bands: QuizText['bands'] = {
	programmer: 'Programador',
	'leaning-programmer': 'Más bien programador',
	both: 'Entre los dos',
	'leaning-engineer': 'Más bien ingeniero de software',
	engineer: 'Ingeniero de software'
};

export const scale: QuizText['scale'] = {
	labels: { 0: 'Nunca', 1: 'Rara vez', 2: 'A veces', 3: 'A menudo', 4: 'Siempre' },
	notApplicable: 'No aplica en mi caso',
	positions: { 0: 'A', 1: 'Más bien A', 2: 'Las dos por igual', 3: 'Más bien B', 4: 'B' },
	notApplicableToWork: 'No forma parte de mi trabajo',
	statements: { a: 'A', b: 'B' }
};

export const distinctions: QuizText['distinctions'] = {
	coding: {
		title: 'Escribir código es el centro del oficio',
		paraphrase:
			'Codificar es teclear las líneas de las que está hecho un programa. Programar abarca más: se ocupa del proyecto entero y no de una sola pieza. Escribir código es el núcleo del trabajo de un programador.'
	},
	'specialised-tasks': {
		title: 'Especializarse en ciertas tareas',
		paraphrase:
			'En los equipos grandes, los programadores suelen centrarse en un tipo concreto de tarea, y hay empresas que los contratan solo para escribir código.'
	},
	'follows-instructions': {
		title: 'Convertir indicaciones en un programa',
		paraphrase:
			'En un puesto típico, el programador recibe indicaciones de otras personas del equipo (alguien de diseño, un ingeniero o un programador sénior) y con ellas construye un programa completo, a veces a partir de poco más que una idea.'
	},
	'engineering-principles': {
		title: 'Los principios de ingeniería como método',
		paraphrase:
			'Un ingeniero de software aplica al software principios de ingeniería: una forma concreta y meditada de analizar un problema antes de resolverlo.'
	},
	'environment-first': {
		title: 'Estudiar primero el entorno',
		paraphrase:
			'Quien construye un puente examina el terreno bajo el río antes de proyectar los cimientos. Del mismo modo, un ingeniero de software estudia primero el hardware y el software que rodearán al programa, para que el diseño encaje allí donde va a funcionar.'
	},
	'talks-with-clients': {
		title: 'Hablar con los clientes',
		paraphrase:
			'Los ingenieros de software hablan con los clientes para que lo que diseñan funcione de verdad para quienes lo han pedido.'
	},
	'design-process': {
		title: 'Asumir todo el proceso de diseño',
		paraphrase:
			'La ingeniería de software va mucho más allá de programar: es un proceso de diseño completo, desde entender el problema hasta tener un programa que funciona.'
	},
	'real-conditions': {
		title: 'Pensado para las condiciones reales',
		paraphrase:
			'El objetivo es un software que funcione de forma eficiente y fiable allí donde se usa de verdad: en las máquinas en las que va a correr y para las personas a las que va dirigido.'
	},
	'roles-overlap': {
		title: 'Los dos perfiles se solapan',
		paraphrase:
			'Un comentario bajo el artículo pregunta si no son lo mismo. Según lo leemos, se solapan mucho: todo ingeniero de software también escribe código, y el propio artículo dice que programar abarca el proyecto entero.'
	}
};

export const dimensions: QuizText['dimensions'] = {
	scope: {
		name: 'Alcance',
		summary:
			'Cuánto del sistema abarcas: una parte que conoces a fondo, o el conjunto y cómo encaja.',
		ends: {
			programmer: 'una parte del sistema, conocida a fondo',
			engineer: 'el sistema entero y cómo encajan sus partes'
		},
		fromArticle:
			'Codificar es teclear las líneas; programar ya abarca el proyecto entero, y en los equipos grandes los programadores se especializan en ciertas tareas. La ingeniería, tal como la describe el artículo, es un proceso de diseño del conjunto.',
		habitsOf: {
			engineer: [
				'Antes de tu próxima tarea, haz un esquema de las partes que toca y de las que dependen de ellas.',
				'Lee el código o la documentación del otro lado de una interfaz que uses.',
				'Participa en una conversación de diseño sobre una parte del sistema en la que no trabajas.'
			],
			programmer: [
				'Hazte cargo de una parte pequeña de principio a fin, hasta la última línea de su código.',
				'Resérvate una tarde para programar sin interrupciones en una sola tarea.',
				'Termina del todo una tarea bien acotada antes de volver a ampliar la mirada.'
			]
		}
	},
	'starting-point': {
		name: 'Punto de partida',
		summary:
			'Dónde empieza tu trabajo: en un encargo o un diseño que te pasan, o en el problema que hay detrás.',
		ends: {
			programmer: 'un encargo o un diseño, bien ejecutado',
			engineer: 'el problema que hay detrás del encargo'
		},
		fromArticle:
			'Los programadores suelen recibir indicaciones de diseñadores, ingenieros o de quien lidera el equipo, y las convierten (a veces una idea entera) en un programa. Los ingenieros aportan una forma meditada de mirar el propio problema.',
		habitsOf: {
			engineer: [
				'En tu próxima tarea, escribe antes de empezar una frase sobre el problema que resuelve.',
				'Cuando un encargo te parezca raro, pregunta quién lo necesita y para qué, y contrasta la respuesta con lo que se pidió.',
				'Al entregar un trabajo, propón una alternativa, aunque al final gane el plan original.'
			],
			programmer: [
				'Coge un encargo bien escrito y constrúyelo tal cual, sin volver a abrirlo.',
				'Cuando el problema esté claro, decídete por un diseño y llega pronto a código que funcione.',
				'Trabaja en pareja con alguien que construye a partir de diseños y fíjate en lo que su fiabilidad le facilita al equipo.'
			]
		}
	},
	method: {
		name: 'Método',
		summary:
			'Cómo llegas a una solución: con oficio en el propio código, o con un método escrito de opciones, objetivos y compromisos.',
		ends: {
			programmer: 'el oficio en el propio código',
			engineer: 'un método escrito de opciones, objetivos y compromisos'
		},
		fromArticle:
			'El artículo pone a un lado escribir código, el núcleo de la programación, y al otro los principios de ingeniería: una manera concreta y meditada de abordar un problema.',
		habitsOf: {
			engineer: [
				'Antes de empezar, escribe qué significa «terminado» y cómo lo vas a comprobar.',
				'En una decisión de diseño, apunta dos opciones con sus costes y elige sobre el papel.',
				'Lleva un registro breve de decisiones: qué elegiste, qué descartaste y por qué.'
			],
			programmer: [
				'Pule un fragmento de tu propio código hasta que alguien recién llegado pueda leerlo sin ayuda.',
				'Revisa el cambio de un compañero línea a línea, no solo su diseño.',
				'Aprende a fondo una herramienta que uses a diario, más de lo que te exige tu trabajo actual.'
			]
		}
	},
	environment: {
		name: 'Entorno',
		summary:
			'Si estudias dónde va a funcionar tu software antes de diseñarlo, o te apoyas en la plataforma y en los especialistas que la conocen.',
		ends: {
			programmer: 'el código, sobre una plataforma que cuidan otros',
			engineer: 'las máquinas y los sistemas, estudiados antes de diseñar'
		},
		fromArticle:
			'Igual que un ingeniero civil estudia el lecho del río antes de proyectar los cimientos de un puente, un ingeniero de software estudia el hardware y el software en los que funcionará un programa antes de diseñarlo.',
		habitsOf: {
			engineer: [
				'Apunta los límites de memoria, red y carga del entorno donde corre tu software.',
				'Prueba tu software en las peores condiciones que se vaya a encontrar de verdad, como una red lenta o mucha carga.',
				'Pregunta a quienes operan tus sistemas qué es lo que más falla, y diseña teniéndolo en cuenta.'
			],
			programmer: [
				'Deja que una plataforma bien elegida se ocupe de un asunto por ti y dedica al código el tiempo que ganas.',
				'Ante una duda de alojamiento o de seguridad, recurre pronto a quien se especializa en ello en lugar de resolverlo todo por tu cuenta.',
				'Conoce tu framework tan bien que puedas fiarte de sus valores por defecto.'
			]
		}
	},
	people: {
		name: 'Personas',
		summary:
			'Cómo te enteras de qué hay que construir: por un product manager, quien lidera el equipo o un profesor, o por las personas a las que va destinado.',
		ends: {
			programmer: 'requisitos que reúnen otros, y tiempo para construir',
			engineer: 'hablar con las personas a las que va destinado el software'
		},
		fromArticle:
			'Los programadores reciben sus indicaciones de otras personas del equipo. Los ingenieros de software hablan ellos mismos con los clientes, para diseñar un software que les funcione.',
		habitsOf: {
			engineer: [
				'Asiste a una conversación con un cliente o con alguien que usa lo que construyes.',
				'Explica una decisión técnica a alguien de fuera del equipo, con palabras sencillas, y escucha sus preguntas.',
				'Observa a alguien usar una funcionalidad que has hecho, sin ayudarle, y apunta dónde se atasca.'
			],
			programmer: [
				'Protege unas cuantas horas a la semana sin reuniones, solo para construir.',
				'Deja que un product manager o quien lidera el equipo reúna una ronda de requisitos, y construye a partir de lo que traiga.',
				'Cuando un encargo esté acordado, constrúyelo sin volver a discutir cada detalle con sus usuarios.'
			]
		}
	},
	quality: {
		name: 'Condiciones reales',
		summary:
			'Qué significa «terminado»: que la funcionalidad haga lo que pide el encargo, o que funcione de forma eficiente y fiable en el uso real.',
		ends: {
			programmer: 'una funcionalidad que hace lo que se pidió',
			engineer: 'un software que funciona con fiabilidad en el uso real'
		},
		fromArticle:
			'El artículo busca programas que funcionen de forma eficiente y fiable en las condiciones reales: en el hardware en el que van a correr y con los usuarios a los que van dirigidos.',
		habitsOf: {
			engineer: [
				'Fija un objetivo de velocidad o de fiabilidad que deba cumplir tu próxima funcionalidad, y mídelo.',
				'Prueba con datos realistas y en cantidades realistas, no solo el caso ideal.',
				'Antes de publicar, apunta cómo podría fallar la funcionalidad en el uso real y qué pasaría entonces.'
			],
			programmer: [
				'Publica primero la versión más pequeña que funcione de tu próxima funcionalidad y mejórala a partir de ahí.',
				'Antes de dar por terminado tu próximo trabajo, repásalo punto por punto frente a su encargo.',
				'Acuerda qué significa «suficientemente bueno» para tu próxima funcionalidad, y quédate ahí.'
			]
		}
	},
	breadth: {
		name: 'Parte o conjunto',
		summary:
			'Si tu trabajo se centra en el código de una parte o en todo el proyecto que la rodea.',
		ends: {
			programmer: 'una parte, construida a fondo',
			engineer: 'el proyecto entero y cómo encaja'
		},
		fromArticle:
			'Codificar es teclear las líneas de un programa, mientras que programar abarca el proyecto entero; en los equipos grandes, los programadores se especializan en ciertas tareas, y a algunos se les contrata solo para escribir código.'
	},
	brief: {
		name: 'Origen del diseño',
		summary:
			'Si lo que construyes lo definen otras personas y te llega ya decidido, o lo defines tú junto con las personas a las que va destinado.',
		ends: {
			programmer:
				'un diseño de quien lidera el equipo o de alguien de diseño, construido fielmente',
			engineer: 'un diseño elaborado con clientes y usuarios'
		},
		fromArticle:
			'Los programadores suelen convertir en un programa completo las indicaciones de diseñadores, ingenieros o de quien lidera el equipo; los ingenieros de software hablan con los clientes para diseñar un software que les funcione.'
	},
	approach: {
		name: 'Forma de abordar los problemas',
		summary:
			'Si resuelves un problema en el propio código, o con un método explícito que parte del entorno en el que tiene que encajar.',
		ends: {
			programmer: 'directo al código, con la experiencia como guía',
			engineer: 'un método explícito, empezando por el entorno'
		},
		fromArticle:
			'Los ingenieros de software aplican principios de ingeniería, una forma concreta de mirar un problema: igual que un ingeniero civil estudia el lecho del río antes de proyectar el puente, estudian el hardware y el software que rodean a un programa antes de diseñarlo.'
	},
	conditions: {
		name: 'Para qué se construye',
		summary:
			'Si tu trabajo está terminado cuando tu parte es correcta, o cuando el conjunto funciona con fiabilidad en las condiciones del uso real.',
		ends: {
			programmer: 'cada parte, correcta y completa',
			engineer: 'el conjunto, fiable en el uso real'
		},
		fromArticle:
			'En el artículo, la ingeniería de software es un proceso de diseño completo que hace que los programas funcionen de forma eficiente y fiable en las condiciones, en el hardware y con los usuarios para los que están pensados.'
	}
};

export const questions: QuizText['questions'] = {
	// Version 2, the current bank.
	'scope-one-area-in-depth':
		'Profundizo en una parte de un sistema, como su interfaz, sus datos o un único servicio.',
	'starting-write-down-problem':
		'Antes de construir, escribo qué problema debe resolver una tarea y cómo sabremos que está resuelto.',
	'method-refine-own-code':
		'Pulo el código que he escrito hasta que se lee con claridad, con buenos nombres y una estructura sencilla.',
	'environment-where-it-runs':
		'Antes de diseñar, averiguo dónde va a funcionar mi software: máquinas, sistemas operativos, servicios.',
	'people-requirements-gathered':
		'Construyo a partir de requisitos que ha reunido otra persona, como un product manager, quien lidera el equipo o un profesor.',
	'quality-realistic-testing':
		'Pruebo mi software con datos realistas, en cantidades realistas, antes de que otros dependan de él.',
	'scope-sketch-connections':
		'Antes de construir, esbozo cómo se conectarán las partes de un sistema, en un diagrama o un esquema breve.',
	'starting-given-design':
		'Convierto en código que funciona el diseño de otra persona, como una maqueta o la descripción de una interfaz.',
	'method-weigh-options':
		'Antes de elegir un diseño, escribo dos o más opciones y lo que costaría cada una.',
	'environment-work-with-specialist':
		'Cuando una tarea toca alojamiento, redes o seguridad, trabajo con la persona especializada en ello.',
	'people-ask-users':
		'Hablo con quienes van a usar el software o a pagar por él para saber qué necesitan.',
	'quality-check-against-brief':
		'Antes de dar una tarea por terminada, la repaso punto por punto frente a su encargo.',
	'scope-settled-coding-tasks':
		'Me encargo de tareas de programación cuyo diseño ya está decidido.',
	'starting-propose-approach':
		'Propongo otro enfoque a quien me encargó una tarea cuando creo que le vendría mejor.',
	'method-read-code-closely':
		'Leo el código de otras personas línea a línea, en una revisión o para entender cómo funciona.',
	'environment-find-limits-first':
		'Antes de diseñar, averiguo con qué límites tendrá que funcionar mi software, como memoria, carga o coste.',
	'people-focus-on-building':
		'Me concentro en construir mientras un product manager, quien lidera el equipo o un profesor mantiene el contacto con los usuarios.',
	'quality-watch-in-use':
		'Vigilo el software que he construido mientras está en uso, con alertas, logs o guardias.',
	'scope-neighbouring-systems':
		'Antes de cambiar mi parte, averiguo cómo se comportan y cómo fallan los sistemas con los que conecta.',
	'starting-idea-to-program':
		'Convierto una idea que alguien me describe en un programa completo que funciona.',
	'method-measure-against-target':
		'Mido la velocidad o la fiabilidad de mi software frente a un objetivo fijado de antemano.',
	'environment-rely-on-platform':
		'Me apoyo en un framework o una plataforma para que se ocupe de detalles como la memoria, el almacenamiento o el escalado.',
	'people-show-work-in-progress':
		'Enseño el trabajo sin terminar a las personas a las que va destinado y lo cambio según lo que me dicen.',
	'quality-ship-early':
		'Publico pronto una versión pequeña que funciona y luego la mejoro paso a paso.',

	// Version 1, as it was served (retired; kept so that its links still show their result).
	'scope-whole-system': 'Cuando cojo una tarea, primero miro cómo encaja en el sistema completo.',
	'direction-clear-brief':
		'Convierto en código que funciona una tarea clara que me pasa alguien de diseño o quien lidera el equipo.',
	'method-compare-options': 'Antes de elegir un diseño, escribo dos o más opciones y las comparo.',
	'environment-given-stack':
		'Construyo sobre la plataforma y las herramientas que eligen para mí mi equipo o quien lo lidera.',
	'people-talk-to-users': 'Hablo con las personas que usarán el software antes de construirlo.',
	'quality-feature-works': 'Doy una tarea por terminada en cuanto la funcionalidad funciona.',
	'scope-own-part': 'Trabajo en una parte clara del código que me toca construir a mí.',
	'direction-real-problem':
		'Antes de construir lo que me han pedido, compruebo qué problema tiene que resolver.',
	'method-try-in-code': 'Encuentro la mejor solución probando ideas directamente en el código.',
	'environment-check-first':
		'Antes de elegir un diseño, miro los otros sistemas con los que tiene que funcionar mi software.',
	'people-through-lead':
		'Me entero de lo que necesita una funcionalidad por quien lidera el equipo o por el ticket escrito.',
	'quality-real-use':
		'Pruebo mi software en condiciones parecidas al uso real: datos reales, dispositivos reales, muchos usuarios.',
	'scope-plan-parts':
		'Planifico cómo encajarán las partes de un proyecto antes de que se escriba el código.',
	'direction-start-coding': 'Cuando las indicaciones están claras, me pongo a programar enseguida.',
	'method-write-requirements': 'Antes de construir, escribo lo que tiene que hacer el software.',
	'environment-platform-team':
		'Dejo los servidores, los dispositivos y las redes a las personas cuyo trabajo es gestionarlos.',
	'people-explain-choices':
		'Explico las decisiones técnicas a clientes o usuarios con palabras que entienden.',
	'quality-fix-when-reported':
		'Me ocupo de la lentitud o de los cuelgues cuando alguien los notifica.',
	'scope-coding-day': 'Dedico la mayor parte de mi jornada a escribir, leer y corregir código.',
	'direction-shape-what-to-build':
		'Ayudo a decidir qué se debe construir, no solo cómo construirlo.',
	'method-known-patterns':
		'Uso los patrones y las herramientas que conozco bien para sacar rápido una tarea adelante.',
	'environment-find-limits':
		'Averiguo los límites del hardware en el que funcionará mi software, como la memoria o los dispositivos antiguos.',
	'people-focused-coding':
		'Dejo las conversaciones con clientes a quien lidera el equipo o a mi responsable.',
	'quality-measure-goals':
		'Mido el rendimiento de mi software frente a objetivos que fijamos de antemano.'
};

export const habits: QuizText['habits'] = {
	'scope-one-area-in-depth': 'Profundizar en una parte',
	'starting-write-down-problem': 'Escribir primero el problema',
	'method-refine-own-code': 'Pulir el código hasta que se lea con claridad',
	'environment-where-it-runs': 'Averiguar dónde va a funcionar',
	'people-requirements-gathered': 'Construir con requisitos que reúnen otros',
	'quality-realistic-testing': 'Probar con datos realistas',
	'scope-sketch-connections': 'Esbozar cómo se conectan las partes',
	'starting-given-design': 'Construir a partir del diseño de otra persona',
	'method-weigh-options': 'Sopesar opciones por escrito',
	'environment-work-with-specialist': 'Trabajar con especialistas en alojamiento y seguridad',
	'people-ask-users': 'Preguntar a los usuarios qué necesitan',
	'quality-check-against-brief': 'Repasar el trabajo frente a su encargo',
	'scope-settled-coding-tasks': 'Programar tareas con el diseño ya decidido',
	'starting-propose-approach': 'Proponer otro enfoque',
	'method-read-code-closely': 'Leer código línea a línea',
	'environment-find-limits-first': 'Averiguar primero los límites',
	'people-focus-on-building': 'Concentrarse en construir',
	'quality-watch-in-use': 'Vigilar el software en uso',
	'scope-neighbouring-systems': 'Estudiar los sistemas con los que conecta una parte',
	'starting-idea-to-program': 'Convertir una idea en un programa completo',
	'method-measure-against-target': 'Medir frente a un objetivo',
	'environment-rely-on-platform': 'Apoyarse en la plataforma',
	'people-show-work-in-progress': 'Enseñar el trabajo sin terminar a sus usuarios',
	'quality-ship-early': 'Publicar pronto una versión pequeña',

	'scope-whole-system': 'Mirar primero el sistema completo',
	'direction-clear-brief': 'Convertir una tarea clara en código',
	'method-compare-options': 'Comparar opciones por escrito',
	'environment-given-stack': 'Construir sobre la plataforma elegida',
	'people-talk-to-users': 'Hablar con los usuarios antes de construir',
	'quality-feature-works': 'Terminado cuando la funcionalidad funciona',
	'scope-own-part': 'Trabajar en tu propia parte del código',
	'direction-real-problem': 'Comprobar el problema detrás de un encargo',
	'method-try-in-code': 'Probar ideas en el código',
	'environment-check-first': 'Mirar primero los otros sistemas',
	'people-through-lead': 'Saber qué hace falta por quien lidera o por el ticket',
	'quality-real-use': 'Probar en condiciones cercanas al uso real',
	'scope-plan-parts': 'Planificar cómo encajan las partes',
	'direction-start-coding': 'Programar en cuanto el encargo está claro',
	'method-write-requirements': 'Escribir lo que debe hacer el software',
	'environment-platform-team': 'Dejar la infraestructura a su equipo',
	'people-explain-choices': 'Explicar las decisiones a los clientes',
	'quality-fix-when-reported': 'Corregir problemas cuando se notifican',
	'scope-coding-day': 'Jornadas dedicadas al código',
	'direction-shape-what-to-build': 'Ayudar a decidir qué construir',
	'method-known-patterns': 'Usar patrones conocidos',
	'environment-find-limits': 'Averiguar los límites del hardware',
	'people-focused-coding': 'Dejar las conversaciones con clientes a otros',
	'quality-measure-goals': 'Medir frente a objetivos'
};

export const pairs: QuizText['pairs'] = {
	'breadth-time-in-code': {
		programmer: 'La mayor parte de mi tiempo de trabajo se va en escribir y pulir código.',
		engineer:
			'La mayor parte de mi tiempo de trabajo se va en el proyecto que rodea al código: planificarlo, darle forma y llevarlo hasta su entrega.',
		notApplicableWhen:
			'No haces ningún trabajo práctico con software, ni siquiera en tus estudios o en tu tiempo libre.'
	},
	'brief-design-settled': {
		programmer:
			'El diseño de lo que construyo ya está decidido cuando me llega, y yo lo convierto en un programa que funciona.',
		engineer: 'El diseño lo elaboro yo, junto con quien ha pedido el software.',
		notApplicableWhen: 'Nadie te pide software: solo construyes cosas para ti.'
	},
	'approach-first-move': {
		programmer: 'Abordo un problema nuevo probando cosas en el código y viendo qué funciona.',
		engineer: 'Abordo un problema nuevo analizándolo paso a paso antes de escribir código.',
		notApplicableWhen: 'No resuelves problemas técnicos tú mismo, ni lo has hecho nunca.'
	},
	'conditions-design-timing': {
		programmer: 'Diseño a medida que construyo, una funcionalidad cada vez.',
		engineer: 'Diseño el sistema en su conjunto antes de que se construyan sus partes.',
		notApplicableWhen: 'Solo haces pequeños cambios en software que ya existe.'
	},
	'breadth-depth-or-range': {
		programmer:
			'Profundizo en un área, como un lenguaje, una capa o un tipo de tarea, y la gente acude a mí por ello.',
		engineer: 'Trabajo en muchas áreas de un proyecto, allí donde se me necesite.',
		notApplicableWhen: 'Acabas de empezar y todavía no tienes un área de trabajo.'
	},
	'brief-needs-heard': {
		programmer:
			'Lo que necesitan los clientes o los usuarios me llega a través de compañeros que lo recogen para el equipo.',
		engineer:
			'Lo que necesitan los clientes o los usuarios lo escucho de ellos mismos, directamente.',
		notApplicableWhen:
			'Lo que construyes no tiene clientes ni usuarios, como los ejercicios de un curso.'
	},
	'approach-where-it-runs': {
		programmer:
			'Parto del propio programa: dónde va a funcionar ya está decidido cuando lo construyo.',
		engineer:
			'Antes de diseñar, averiguo dónde va a funcionar el software: el hardware, los otros sistemas, la red.',
		notApplicableWhen: 'Tu código nunca se ejecuta fuera de tu propia máquina.'
	},
	'conditions-testing-against': {
		programmer: 'Pruebo que mi código hace lo correcto en los casos que debe cubrir.',
		engineer:
			'Pruebo cómo responde el software a las condiciones del uso real: datos reales, carga real, personas reales.',
		notApplicableWhen: 'No pruebas software de ninguna forma.'
	},
	'breadth-piece-or-whole': {
		programmer: 'Me encargo de una parte bien delimitada de un proyecto y la construyo a fondo.',
		engineer: 'Tengo presente el proyecto entero y determino cómo encajan sus partes.',
		notApplicableWhen: 'No formas parte de ningún proyecto, ni lo has hecho últimamente.'
	},
	'brief-task-breakdown': {
		programmer: 'Otra persona divide el trabajo en tareas, y yo las asumo y las completo.',
		engineer: 'El trabajo lo divido yo en tareas, para mí o para otras personas.',
		notApplicableWhen: 'Tu trabajo te llega en partes demasiado pequeñas para dividirlas.'
	},
	'approach-choosing': {
		programmer: 'Elijo una solución por experiencia, según lo que ha funcionado bien otras veces.',
		engineer:
			'Elijo una solución comparando opciones con criterios explícitos, como el coste, el riesgo o la velocidad.',
		notApplicableWhen: 'Las soluciones siempre las eligen otros por ti.'
	},
	'conditions-planning-horizon': {
		programmer:
			'Planifico al detalle mis próximas tareas, para que cada una quede bien hecha y a tiempo.',
		engineer:
			'Planifico pensando en toda la vida de un sistema, desde su primera versión hasta los cambios posteriores.',
		notApplicableWhen: 'Tu trabajo lo planifican por completo otras personas.'
	},
	'breadth-team-role': {
		programmer:
			'En un equipo, tengo un rol especializado, como el frontend, las bases de datos o las pruebas.',
		engineer: 'En un equipo, paso de un rol a otro y conecto lo que construyen los especialistas.',
		notApplicableWhen: 'Siempre trabajas sin equipo.'
	},
	'brief-showing-work': {
		programmer:
			'Enseño mi trabajo a quien me lo encargó, sea quien lidera mi equipo o el propio equipo.',
		engineer: 'Enseño mi trabajo a las personas que lo van a usar, para comprobar que les sirve.',
		notApplicableWhen:
			'Nadie ve tu trabajo antes de que esté terminado, como cuando estudias por tu cuenta.'
	},
	'approach-tools-fit': {
		programmer: 'Elijo herramientas y bibliotecas que conozco bien y que encajan con el código.',
		engineer:
			'Elijo herramientas y bibliotecas según lo bien que encajen con los sistemas junto a los que van a funcionar.',
		notApplicableWhen: 'Las herramientas y las bibliotecas siempre las eligen otros por ti.'
	},
	'conditions-in-use': {
		programmer:
			'Cuando mi software ya está en uso, dejo su funcionamiento en manos del equipo de operaciones y me centro en construir lo siguiente.',
		engineer: 'Cuando mi software ya está en uso, también me ocupo de cómo funciona.',
		notApplicableWhen: 'Nada de lo que has construido está en uso.'
	},
	'breadth-done-when': {
		programmer: 'Mi trabajo está terminado cuando mi parte está construida, probada y entregada.',
		engineer:
			'Mi trabajo está terminado cuando el proyecto entero está entregado y funciona como un todo.',
		notApplicableWhen: 'Tu trabajo no tiene nada que entregar, como en la investigación pura.'
	},
	'brief-unclear-request': {
		programmer:
			'Cuando un encargo no está claro, pregunto a quien lo redactó y construyo lo que esa persona decida.',
		engineer:
			'Cuando un encargo no está claro, acudo a las personas que necesitan el software y decido con ellas qué construir.',
		notApplicableWhen: 'Todo tu trabajo lo decides tú: nada te llega como encargo.'
	},
	'approach-reasoning-kept': {
		programmer: 'Confío en un código limpio y en buenos nombres para que mis diseños se entiendan.',
		engineer: 'Confío en notas de diseño escritas para que mis diseños se entiendan.',
		notApplicableWhen: 'No diseñas nada, ni siquiera partes pequeñas.'
	},
	'conditions-follow-through': {
		programmer:
			'Cuando se integra mi parte, la entrego y dedico toda mi atención a la siguiente tarea.',
		engineer: 'Cuando se integra mi parte, la sigo hasta su publicación y durante su uso.',
		notApplicableWhen: 'Tu trabajo nunca se publica, como los trabajos de un curso.'
	},
	'breadth-new-project': {
		programmer:
			'En un proyecto nuevo, busco la parte que encaja con mis habilidades y me hago cargo de ella.',
		engineer:
			'En un proyecto nuevo, primero trazo un mapa de todas sus partes y luego decido dónde se me necesita.',
		notApplicableWhen: 'Nunca te has incorporado a un proyecto ni has empezado uno.'
	},
	'brief-feedback-in-use': {
		programmer:
			'Cuando el software ya está en uso, los comentarios me llegan como tickets o informes de errores.',
		engineer:
			'Cuando el software ya está en uso, hablo con sus clientes o usuarios sobre cómo les funciona.',
		notApplicableWhen: 'Nada de lo que has construido está en uso.'
	},
	'approach-capacity': {
		programmer:
			'Ajusto el rendimiento y la capacidad cuando las mediciones reales muestran dónde importa.',
		engineer:
			'Estimo el rendimiento y la capacidad que necesitará el software antes de empezar a construirlo.',
		notApplicableWhen:
			'Tu software no tiene necesidades de rendimiento o de capacidad dignas de ese nombre, como un script pequeño.'
	},
	'conditions-hardware-fit': {
		programmer:
			'Escribo código claro y portable, que no depende de la máquina en la que se ejecuta.',
		engineer:
			'Adapto mi software al hardware y a las condiciones en las que de verdad va a funcionar.',
		notApplicableWhen: 'No escribes software ni le das forma, ni lo has hecho nunca.'
	},
	'breadth-own-yardstick': {
		programmer: 'Juzgo mi propio trabajo sobre todo por la calidad del código que he escrito.',
		engineer:
			'Juzgo mi propio trabajo sobre todo por lo bien que ha salido el sistema en su conjunto.',
		notApplicableWhen: 'Todavía no has terminado ningún trabajo que puedas juzgar.'
	},
	'brief-success-measure': {
		programmer:
			'Considero un éxito mi trabajo cuando hace lo que se pidió, de forma completa y correcta.',
		engineer:
			'Considero un éxito mi trabajo cuando les sirve a las personas para las que se hizo, aunque el encargo haya tenido que cambiar por el camino.',
		notApplicableWhen: 'Tu trabajo no parte de ningún encargo ni de ninguna petición.'
	},
	'approach-standards': {
		programmer: 'Sigo las convenciones de la base de código y del equipo en los que trabajo.',
		engineer:
			'Sigo las normas de ingeniería del ámbito para el que construyo, como las de seguridad funcional, ciberseguridad o accesibilidad.',
		notApplicableWhen:
			'Trabajas por tu cuenta, sin una base de código ni un ámbito cuyas normas seguir.'
	},
	'conditions-whole-design': {
		programmer: 'Hago que cada parte que construyo sea sólida y esté bien probada por sí misma.',
		engineer:
			'Diseño cómo funcionan las partes en conjunto, para que el conjunto pueda seguir funcionando cuando falla una de ellas.',
		notApplicableWhen:
			'Tu software es un único programa pequeño, sin partes que merezcan ese nombre.'
	},
	'breadth-learning-next': {
		programmer: 'Aprendo profundizando en las herramientas y los lenguajes que ya uso.',
		engineer:
			'Aprendo lo que necesite la siguiente parte de un proyecto, aunque quede lejos de lo que conozco.',
		notApplicableWhen: 'Nada en tu trabajo te exige aprender algo nuevo.'
	},
	'brief-trade-offs': {
		programmer:
			'Cuando una funcionalidad va a costar más de lo previsto, doy una estimación clara a quien lidera mi equipo y construyo lo que decida.',
		engineer:
			'Cuando una funcionalidad va a costar más de lo previsto, lo hablo con el cliente y decidimos juntos qué construir.',
		notApplicableWhen: 'Nadie más que tú decide qué se construye.'
	},
	'approach-neighbour-systems': {
		programmer:
			'Programo con cuidado, basándome en las interfaces documentadas de los sistemas con los que se comunica mi código.',
		engineer:
			'Averiguo cómo se comportan en la práctica los sistemas con los que se comunica mi código, y diseño teniendo en cuenta lo que encuentro.',
		notApplicableWhen: 'Tu código no se comunica con ningún otro sistema.'
	},
	'conditions-ready-when': {
		programmer:
			'Doy una funcionalidad por lista cuando cumple sus criterios de aceptación y pasa sus pruebas.',
		engineer:
			'Doy una funcionalidad por lista cuando se ha probado en condiciones parecidas al uso real.',
		notApplicableWhen:
			'No construyes funcionalidades, como cuando te dedicas solo al mantenimiento o a operaciones.'
	}
};

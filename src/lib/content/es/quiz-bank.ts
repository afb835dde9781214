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
	notApplicable: 'No aplica en mi caso'
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

export const reasons: QuizText['reasons'] = {
	'scope-one-area-in-depth':
		'El artículo señala que, en los equipos grandes, los programadores tienden a especializarse en ciertas tareas, y conocer a fondo una parte es esa especialización bien hecha.',
	'starting-write-down-problem':
		'El artículo describe los principios de ingeniería como una forma concreta de mirar un problema, y poner por escrito, antes de construir, el problema y cómo se sabrá que está resuelto hace visible esa mirada.',
	'method-refine-own-code':
		'El artículo sitúa la escritura de código en el centro del trabajo de un programador, y pulirlo hasta que se lea bien es el oficio de ese trabajo.',
	'environment-where-it-runs':
		'Es el ejemplo del puente llevado al software: igual que un ingeniero civil estudia el lecho del río antes de los cimientos, un ingeniero de software estudia el hardware y el software en los que funcionará un programa antes de diseñarlo.',
	'people-requirements-gathered':
		'En el artículo, los programadores suelen construir a partir de indicaciones que les pasan otras personas del equipo, así que unos requisitos que te llegan ya reunidos apuntan hacia la programación.',
	'quality-realistic-testing':
		'El artículo pide programas que funcionen con fiabilidad en las condiciones que se van a encontrar, y probar con datos realistas en cantidades realistas lleva esas condiciones a las pruebas.',
	'scope-sketch-connections':
		'El artículo presenta la ingeniería de software como un proceso de diseño completo y no como un programa hecho pieza a pieza, y trazar cómo se conectan las partes es donde empieza ese proceso.',
	'starting-given-design':
		'El artículo cita a los diseñadores entre quienes dan las indicaciones que los programadores convierten en un programa, y construir fielmente a partir de un diseño dado es exactamente eso.',
	'method-weigh-options':
		'Comparar por escrito las opciones y sus costes antes de comprometerse es un caso claro de esa forma meditada de abordar un problema que el artículo llama principios de ingeniería.',
	'environment-work-with-specialist':
		'El artículo dice que los programadores de equipos grandes se especializan, y eso funciona cuando cada tipo de tarea va a quien mejor la conoce.',
	'people-ask-users':
		'Según el artículo, los ingenieros de software hablan con los clientes para que lo que diseñan les funcione, y preguntar a los usuarios qué necesitan es esa conversación.',
	'quality-check-against-brief':
		'En el artículo, un programador convierte unas indicaciones en un programa completo, y repasar el trabajo frente a esas indicaciones es la manera de saber que está completo.',
	'scope-settled-coding-tasks':
		'El artículo menciona empresas que contratan programadores solo para escribir código, y encargarse de código cuyo diseño ya está decidido es ese tipo de trabajo.',
	'starting-propose-approach':
		'En el artículo, los ingenieros participan en el diseño de lo que se construye en lugar de limitarse a ejecutar un encargo, y proponer un enfoque mejor es participar.',
	'method-read-code-closely':
		'En el artículo, el código es el material del programador, y leerlo con atención, línea a línea, forma parte de dominarlo.',
	'environment-find-limits-first':
		'Conocer los límites del terreno es la razón por la que quien construye el puente del artículo lo estudia primero, y la memoria, el ancho de banda, la carga y el coste son el terreno sobre el que se asienta un programa.',
	'people-focus-on-building':
		'Los programadores del artículo reciben a través de otros lo que hay que construir mientras se concentran en construirlo, así que centrar tu atención en construir apunta hacia la programación.',
	'quality-watch-in-use':
		'El artículo quiere un software que funcione de forma eficiente y fiable para sus usuarios reales, algo que solo se ve cuando está en marcha, así que vigilarlo en uso forma parte del trabajo del ingeniero.',
	'scope-neighbouring-systems':
		'Los ingenieros del artículo tienen en cuenta los sistemas de software que rodean a un programa antes de diseñarlo, y los sistemas con los que conecta una parte son su entorno más cercano.',
	'starting-idea-to-program':
		'El artículo dice que programar abarca el proyecto entero y puede consistir en convertir toda una idea en un programa completo: aquí los dos perfiles se solapan, y el artículo lo pone del lado del programador.',
	'method-measure-against-target':
		'La eficiencia y la fiabilidad son, en el artículo, la vara de medir del software hecho con ingeniería, y un objetivo fijado de antemano es la forma de saber si un programa está a la altura.',
	'environment-rely-on-platform':
		'Un programador puede concentrarse en el código porque las capas que hay debajo son la especialidad de otras personas, y apoyarse en una plataforma es ese reparto del trabajo.',
	'people-show-work-in-progress':
		'Diseñar un software que funcione bien para sus clientes, en los términos del artículo, significa contrastarlo con ellos por el camino, no solo al principio.',
	'quality-ship-early':
		'El programador del artículo escribe código para crear un programa que funcione, y poner pronto una versión funcional delante de la gente antepone ese objetivo.'
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

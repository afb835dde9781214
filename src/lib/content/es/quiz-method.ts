import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles, scale } from './quiz-bank';

const { fixed, format, int, pct, plural, quote, word, Word } = kit;

/** The methodology page: every rule, stated from the constants the code uses. */

const notApplicable = quote(scale.notApplicable);
const notApplicableToWork = quote(scale.notApplicableToWork);
const [ZERO, MIDDLE, TOP] = [int(0), int(50), int(100)];

export const methodology: QuizText['methodology'] = {
	title: 'Cómo se calcula la puntuación · ¿Programador o ingeniero de software?',
	description:
		'La fuente, las preguntas y por qué cada una apunta hacia donde apunta, las fórmulas exactas, lo que pueden sostener tan pocas preguntas por dimensión y la promesa de privacidad que hay detrás del test.',
	heading: 'Cómo se calcula la puntuación',
	lead: 'Todo lo que el test hace con tus respuestas está en esta página, en los mismos términos que el código que lo calcula. Las tablas y las cifras de abajo salen del propio banco de preguntas y de las reglas de puntuación, así que no pueden desviarse de lo que se puntúa.',
	contents: 'En esta página',
	sections: {
		source: 'La fuente y sus distinciones',
		dimensions: 'Dimensiones y preguntas',
		scale: `La línea de respuesta y ${notApplicableToWork}`,
		keying: 'Preguntas equilibradas',
		formulas: 'Las fórmulas y las reglas de la explicación',
		support: 'Lo que pueden sostener unas pocas preguntas por dimensión, y lo que no',
		versions: 'Versiones del test y enlaces compartidos',
		privacy: 'Privacidad',
		limits: 'Lo que este test no es'
	},
	source: (title, blog, minutes) =>
		`El test se basa en un único artículo breve, ${quote(title)} (en español, «¿En qué se diferencian un ingeniero de software y un programador?»), publicado en el blog ${blog} (se lee en ${word(minutes, 'm')} minutos). No lo citamos literalmente: estas son sus distinciones con nuestras propias palabras, cada una con el extremo de la línea que marca.`,
	sourceLink: 'Lee el artículo original',
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'los dos perfiles' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`Las distinciones se agrupan en ${word(dimensions, 'f')} dimensiones. Cada una es una línea que va de un hábito de programador (${ZERO}) a un hábito de ingeniero de software (${TOP}). Hay ${int(questions)} preguntas, ${format.list(perDimension.map((n) => word(n, 'f')))} por dimensión, y cada una trata de un hábito que puedes observar en tu propio trabajo. El test las mezcla para que dos preguntas de la misma dimensión nunca vayan seguidas. Cada pregunta indica la distinción en la que se basa, y una prueba automática comprueba que sea una de las de su dimensión.`,
	dimensionEnds: (programmerEnd, engineerEnd) =>
		`En ${ZERO}: ${programmerEnd}. En ${TOP}: ${engineerEnd}.`,
	drawnFrom: (titles) => `Se basa en: ${format.list(titles)}.`,
	table: {
		caption: (dimension) =>
			`Preguntas de la dimensión ${dimension}, con el polo al que apunta cada una y por qué`,
		number: 'N.º',
		question: 'Pregunta',
		pointsToward: `${quote(scale.statements.b)} apunta hacia`,
		statementA: 'Afirmación A',
		statementB: 'Afirmación B',
		distinction: (title) => `Distinción: ${title}`,
		why: 'Por qué apunta ahí'
	},
	pairIntro: (size) =>
		`Cada pregunta de la versión actual pone frente a frente dos formas de trabajar: la afirmación A y la afirmación B, una del programador del artículo y otra de su ingeniero de software, igual de respetables las dos. Te sitúas en una línea de ${word(size, 'm')} puntos entre ellas: A, más bien A, las dos por igual, más bien B, o B. Junto a la línea, y fuera de ella, hay una opción más, ${notApplicableToWork}, y cada pregunta indica cuándo es la adecuada. En la mitad de las preguntas de cada dimensión la forma de trabajar del programador es la A, y en la otra mitad, la B. Dos personas ajenas al test, que no sabían nada de la puntuación, valoraron lo deseable que suena cada afirmación, y en ningún par la diferencia supera un punto en una escala de cinco.`,
	model: (p) => [
		`Toda cifra sobre lo fiable que es un resultado sale de un único modelo, expuesto aquí, hasta que puedan sustituirlo respuestas reales. El modelo da a los puntos de cada respuesta (de ${ZERO} a ${int(4)}) la misma dispersión, una desviación estándar de ${fixed(p.itemSd, 2)} puntos; dos respuestas de una misma dimensión tienen una correlación de ${fixed(p.within, 2)}, y dos de dimensiones distintas, de ${fixed(p.between, 2)}. Son valores deliberadamente modestos, y lo seguirán siendo hasta que las respuestas reales muestren lo contrario: preferimos quedarnos cortos al decir lo fiable que es un resultado.`,
		`Solo de estas cifras se derivan la fiabilidad de cualquier puntuación (el α de Cronbach) y su error estándar. Una dimensión de la versión actual, con todas sus preguntas respondidas, tiene un α de ${fixed(p.dimensionReliability, 2)} y un error estándar de ${fixed(p.dimensionError, 1)} puntos; la posición global, con todas las preguntas respondidas, tiene un α de ${fixed(p.overallReliability, 2)} y un error estándar de ${fixed(p.overallError, 1)} puntos. Las dos cifras se recalculan para las respuestas que has dado realmente, así que cada respuesta ${notApplicableToWork} resta algo de precisión.`,
		`Una dimensión solo se muestra por separado cuando tiene al menos ${word(p.minQuestions, 'f')} preguntas y, según el modelo, una fiabilidad de al menos ${fixed(p.minReliability, 2)}. Dos dimensiones solo se consideran distintas cuando la diferencia entre ellas supera lo que permite el error del modelo (unos ${int(Math.round(p.dimensionGap))} puntos para dos dimensiones completas); si no, el resultado dice que se parecen.`,
		'Una prueba unitaria genera miles de personas simuladas a partir del mismo modelo y comprueba que sus respuestas muestran esas correlaciones y fiabilidades, y la frecuencia con la que se repite la descripción al volver a hacer el test.'
	],
	scaleTable: { answer: 'Respuesta', value: 'Valor', notScored: 'no puntúa' },
	scalePoints: (max) =>
		`Después, cada respuesta suma puntos hacia el extremo de ${roles.engineer}: el propio valor cuando la afirmación B es la forma de trabajar del ingeniero de software, y ${int(max)} menos el valor cuando B es la del programador. Así, quedarse del todo con la afirmación del programador da ${ZERO} puntos, ${quote(scale.positions[2])} da ${int(max / 2)}, y quedarse del todo con la del ingeniero de software da ${int(max)}.`,
	notApplicable: (minShare, minDimensions) =>
		`${notApplicableToWork} es para una pregunta cuyo tema no tiene cabida en tu trabajo, y cada pregunta indica cuándo es así: alguien que estudia y aún no tiene usuarios, alguien que siempre trabaja solo. No da puntos y simplemente se deja fuera; no es un ${quote(scale.positions[2])} disfrazado y no cuenta para detectar respuestas siempre iguales. Una dimensión solo se puntúa cuando al menos el ${pct(minShare)} de sus preguntas se han respondido en la línea y, entre ellas, la afirmación del programador es al menos una vez la A y al menos una vez la B, para que la costumbre de elegir un mismo lado se siga compensando. Si no, el resultado indica «faltan respuestas» en lugar de una puntuación. La posición global necesita al menos ${word(minDimensions, 'f')} dimensiones puntuadas; con menos, el resultado lo dice y ofrece volver a las preguntas.`,
	keying: `En cada dimensión, la forma de trabajar del programador es la afirmación A en la mitad de las preguntas y la afirmación B en la otra mitad, y las dos afirmaciones están escritas como lo que son: formas de trabajar respetables. Esto importa porque la gente tiende a inclinarse por un lado de la página, o por la primera afirmación que lee. Con preguntas equilibradas, esa tendencia se compensa en lugar de empujar a todo el mundo hacia un extremo. Una consecuencia directa, que comprueban nuestras pruebas automáticas: la misma posición en todas las preguntas (siempre A, siempre en el centro, siempre B) da exactamente ${MIDDLE}, en la posición global y en cada dimensión.`,
	formulas: {
		dimensionTerm: 'Puntuación de una dimensión',
		dimension: (max) =>
			`${TOP} × (puntos de sus preguntas respondidas en la escala) ÷ (${int(max)} × número de esas preguntas)`,
		dimensionNote: `${ZERO} significa que todas las respuestas de la escala quedaron en el extremo de ${roles.programmer}, y ${TOP}, en el de ${roles.engineer}. Se muestra redondeada a un número entero, con las mitades hacia arriba.`,
		enoughTerm: 'Respuestas suficientes',
		enough: (minShare) =>
			`Al menos el ${pct(minShare)} de las preguntas de la dimensión respondidas en la escala, con al menos una hacia cada perfil.`,
		overallTerm: 'Posición global',
		overall: (minDimensions, max) =>
			`${TOP} × (puntos de todas las respuestas que cuentan) ÷ (${int(max)} × respuestas que cuentan), que se da cuando hay al menos ${word(minDimensions, 'f')} dimensiones puntuadas; las respuestas que cuentan son las respuestas en la escala de las dimensiones puntuadas`,
		overallNote:
			'Redondeada a un número entero, con las mitades hacia arriba, en aritmética entera exacta. Todas las respuestas que cuentan pesan lo mismo, estén donde estén.',
		bandTerm: 'Descripción más cercana',
		band: 'Un nombre para el tramo de la línea en el que cae la posición redondeada. Describe la posición; no es una categoría a la que pertenezcas:',
		bandRow: (band, min, max) => `${band}: de ${int(min)} a ${int(max)}`,
		bandNote: `Los tramos son simétricos en torno al ${MIDDLE}, y la franja central es un resultado tan honesto como cualquiera de los extremos.`,
		effectTerm: 'Qué ha movido tu posición',
		effect: (max, midpoint) =>
			`${TOP} × (sus puntos − ${int(midpoint)}) ÷ (${int(max)} × respuestas que cuentan)`,
		effectNote: (maxEffect) =>
			`El efecto de cada respuesta que cuenta, en puntos: positivo hacia ${roles.engineer}, negativo hacia ${roles.programmer}. Los efectos suman exactamente la posición menos ${MIDDLE}. Con todas las preguntas respondidas, una respuesta mueve la posición como mucho ${format.decimal(maxEffect)} puntos. Cada efecto se muestra con un decimal, y los valores justo en la mitad se redondean alejándose de cero, para que efectos iguales hacia uno u otro rol se lean igual.`,
		stepsTerm: 'Distancia a otra descripción',
		steps: (near) =>
			`En lugar de un intervalo, el resultado da una cifra exacta: el menor número de respuestas que, movidas cada una un paso en la escala en el mismo sentido (por ejemplo, de ${quote(scale.positions[3])} a ${quote(scale.positions[4])}), llevarían la posición a otro tramo. Las respuestas marcadas como no aplicables se quedan como están. Cada paso suma la misma cantidad a la posición, así que el recuento es exacto. Cuando el tramo más cercano está a ${word(near, 'm')} pasos o menos, el resultado lo nombra.`,
		retakeTerm: 'La misma descripción al repetir el test',
		retake:
			'Según el modelo, si alguien con tu posición repite el test, obtiene una posición cercana, algo desplazada hacia el centro por la fiabilidad de la puntuación y dispersa según su error estándar. La página indica cuántas repeticiones de cada diez darían la misma descripción, redondeando, y, cuando es el caso, que mover una sola respuesta podría cambiar la descripción.',
		differTerm: 'Parecidas o distintas',
		differ: (z) =>
			`Dos puntuaciones solo se consideran distintas cuando su diferencia supera ${fixed(z, 2)} errores estándar de esa diferencia (el nivel habitual del ${pct(0.95)}), calculados a partir de las respuestas en las que se basa cada una; si no, se consideran parecidas. El resumen compara así tu dimensión mostrada más alta con la más baja, y la página de comparación compara así a las personas.`,
		straightTerm: 'Respuestas siempre iguales',
		straight: (share) =>
			`Si una misma opción supone el ${pct(share)} o más de tus respuestas en la escala, el resumen lo dice: entonces la posición dice más de cómo has respondido que de tus hábitos. Las respuestas ${notApplicableToWork} no cuentan aquí.`,
		explainTerm: 'Cómo se elige la explicación',
		explain: ({ strongest, lowMax, highMin }) =>
			`Una dimensión se inclina hacia donde lo hace el tramo de su puntuación redondeada: hacia ${roles.programmer} hasta ${int(lowMax)}, hacia ${roles.engineer} desde ${int(highMin)}, y entre los dos en el resto de casos. «Qué ha movido tu posición» muestra las ${word(strongest, 'f')} respuestas de mayor efecto hacia cada perfil, en el orden de las preguntas si hay empate, y dice cuántas más la han movido exactamente igual. Los próximos pasos van en los dos sentidos y salen de las propias preguntas: para una dimensión que se inclina hacia ${roles.programmer}, las afirmaciones del ingeniero de software de las que te has alejado; para una que se inclina hacia ${roles.engineer}, las del programador; primero la inclinación más marcada. Así, ningún consejo describe nunca una forma de trabajar que puntúe hacia el otro extremo.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension, 'f')} preguntas por dimensión, en ${word(dimensions, 'f')} dimensiones, es lo que necesita el modelo para que una dimensión sea lo bastante fiable como para mostrarla: con menos, repetir el test podría cambiar la mayor parte de lo que el resultado dice de una dimensión.`,
		'Aun así, miden una forma de trabajar de manera aproximada. Repetir el test puede mover una dimensión varios puntos y llevar la posición global de un tramo a otro; por eso el resultado dice con qué frecuencia una repetición da la misma descripción, señala cuándo una sola respuesta podría cambiar la descripción y solo considera distintas dos dimensiones cuando su diferencia supera el error del modelo.',
		'Todavía no tenemos baremos: ningún dato sobre cómo responde en general la gente que desarrolla software. Así que nada del resultado te compara con otras personas, y ninguna cifra de aquí es un percentil.'
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Esta es la versión ${int(current)} del banco de preguntas. Un enlace de resultado guarda la versión y tus respuestas, empaquetadas en un código corto con una comprobación de dos caracteres, y nunca las puntuaciones: la página recalcula el resultado cada vez que se abre. Desde la versión ${int(notApplicableSince)}, cada respuesta es una de ${word(digits, 'f')} cifras (las ${word(scaleSize, 'f')} respuestas de la escala y ${notApplicable}). Un enlace cortado o mal escrito no pasa la comprobación y muestra una página de «enlace dañado» en lugar del resultado de otra persona. Se conservan todas las versiones que se han servido: un enlace de la ${plural(older.length, { one: 'versión', other: 'versiones' })} ${format.list(older.map(int))} sigue mostrando su resultado, puntuado con las preguntas con las que se respondió, y avisa de que el test ha cambiado desde entonces.`,
	olderBanks: (version, count) => `Las ${int(count)} preguntas de la versión ${int(version)}`,
	privacy: (days) =>
		`Cada respuesta se envía a nuestro servidor con su paso, porque es el servidor el que calcula la página siguiente; no se guarda allí. Lo que el test conserva, lo conserva contigo: una cookie en tu navegador guarda tus respuestas hasta el momento, y cada enlace de resultado contiene las respuestas que muestra. La cookie dura ${int(days)} días desde tu última respuesta; «Empezar de nuevo» borra las respuestas que contiene. Nadie más ve tu resultado salvo que le des su enlace. No hay cuentas, ni analítica, ni seguimiento, ni peticiones a ningún otro sitio, ni siquiera para las fuentes. Las páginas de resultado piden a los navegadores que no pasen su dirección a otros sitios, porque la dirección contiene tus respuestas.`,
	limits:
		'Es una ayuda para reflexionar basada en las distinciones de un artículo, no un test psicológico validado, ni un veredicto sobre contratación o carrera. Los perfiles se solapan, todo ingeniero de software también escribe código, y un resultado de programador no vale menos. Lo que declaramos de nosotros mismos describe cómo vemos nuestros hábitos, que no siempre coincide con cómo trabajamos.',
	cta: 'Hacer el test'
};

import type { BandId } from '$lib/quiz/scoring';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles, scale } from './quiz-bank';

const { format, int, plural, quote, word } = kit;

/** The result page. Each sentence appears once on it. */

const SITE = '¿Programador o ingeniero de software?';

const notApplicable = quote(scale.notApplicable);
const [ZERO, MIDDLE, TOP] = [int(0), int(50), int(100)];
const outOf = (score: number) => `${int(score)} sobre ${TOP}`;

/** “en la dimensión Método”, “en las dimensiones Alcance y Método”. */
function inDimensions(names: readonly string[]): string {
	return names.length === 1
		? `en la dimensión ${names[0]}`
		: `en las dimensiones ${format.list(names)}`;
}

/** Where the position sits, as what “tus respuestas” do: “se inclinan hacia el perfil de…”. */
function position(band: BandId): string {
	switch (band) {
		case 'both':
			return 'te sitúan en la franja central';
		case 'leaning-engineer':
			return `se inclinan hacia el perfil de ${roles.engineer}`;
		case 'leaning-programmer':
			return `se inclinan hacia el perfil de ${roles.programmer}`;
		case 'engineer':
			return `te sitúan en el extremo de ${roles.engineer}`;
		case 'programmer':
			return `te sitúan en el extremo de ${roles.programmer}`;
	}
}

/** “una respuesta movida un paso”, “tres respuestas movidas un paso cada una”. */
function answersMoved(steps: number): string {
	return plural(steps, {
		one: 'una respuesta un paso',
		other: `${word(steps, 'f')} respuestas un paso cada una`
	});
}

export const result: QuizText['result'] = {
	title: (band, score) =>
		band === null || score === null
			? `No hay respuestas suficientes para un resultado · ${SITE}`
			: `${band}: ${outOf(score)} · ${SITE}`,
	kicker: { own: 'Tu resultado', shared: 'Un resultado compartido' },
	printSuffix: `en el test ${quote(SITE)}`,
	headline: (band) => `Descripción más cercana: ${band}`,
	headlineNotEnough: 'No hay respuestas suficientes para una posición global',
	sharedNotice:
		'Alguien ha compartido contigo estas respuestas; el texto se dirige a la persona que las dio.',
	olderVersion: (version) =>
		`Hecho con la versión ${int(version)} del test, cuyas preguntas han cambiado desde entonces; se muestra con las preguntas que se respondieron.`,
	takeCurrent: 'Hacer la versión actual',
	position: {
		label: `Posición entre ${roles.programmer} (${ZERO}) e ${roles.engineer} (${TOP})`,
		value: (score) => outOf(score)
	},
	summary: (s) => {
		const at = `Con ${outOf(s.score)}, tus respuestas ${position(s.band)}`;
		switch (s.kind) {
			case 'differ':
				return `${at}. Se inclinan más hacia el perfil de ${s.roles.engineer} ${inDimensions(s.higher)} que ${inDimensions(s.lower)}: una diferencia mayor de la que cabría esperar si repitieras el test.`;
			case 'alike':
				return `${at}. Tus dimensiones se parecen: las diferencias entre ellas están dentro de lo que podría cambiar si repitieras el test.`;
			case 'overall-only':
				return `${at}.`;
			case 'straight-lined': {
				const l = s.straightLining!;
				return `${at}, pero ${l.count === l.of ? `tus ${int(l.of)} respuestas` : `${int(l.count)} de tus ${int(l.of)} respuestas`} han sido ${quote(l.answer)}, así que esto dice más de cómo has respondido que de cómo trabajas.`;
			}
			case 'not-enough':
				return '';
		}
	},
	notEnough: (scored, total, needed) => {
		const enough =
			scored === 0
				? `Ninguna de tus ${word(total, 'f')} dimensiones tiene`
				: `Solo ${word(scored, 'f')} de tus ${word(total, 'f')} dimensiones ${plural(scored, { one: 'tiene', other: 'tienen' })}`;
		return `${enough} respuestas suficientes para puntuar, y una posición global necesita al menos ${word(needed, 'f')}.`;
	},
	revisit: 'Volver a las preguntas',
	closeness: {
		near: (steps, toward, band) =>
			`Si movieras ${answersMoved(steps)} hacia el perfil de ${toward}, la descripción más cercana pasaría a ser ${quote(band)}.`,
		nearBoth: (steps, towardEngineer, towardProgrammer) =>
			`Si movieras ${answersMoved(steps)}, cambiaría la descripción más cercana: hacia ${roles.engineer} pasaría a ser ${quote(towardEngineer)}, y hacia ${roles.programmer}, ${quote(towardProgrammer)}.`,
		oneAnswer:
			'Una sola respuesta, movida lo suficiente a lo largo de su línea, podría cambiar esta descripción.'
	},
	changedAnswer: ({ before, after, bandBefore, bandAfter }) => {
		const figures =
			before === null || after === null
				? ''
				: before === after
					? ` La posición global se mantiene en ${int(after)}.`
					: ` Posición global: ${int(before)} → ${int(after)}.`;
		const bands =
			bandBefore !== null && bandAfter !== null && bandBefore !== bandAfter
				? ` Descripción más cercana: ${quote(bandBefore)} → ${quote(bandAfter)}.`
				: '';
		return `Se ha guardado tu respuesta modificada.${figures}${bands}`;
	},
	retake: (inTen, band) =>
		`Según el modelo descrito en la página sobre cómo se calcula la puntuación, quienes responden como tú vuelven a obtener ${quote(band)} al repetir el test aproximadamente ${int(inTen)} de cada ${int(10)} veces.`,
	roughDimensions: (perDimension) =>
		`Esta versión solo tenía ${word(perDimension, 'f')} preguntas por dimensión: demasiado pocas para una puntuación fiable de cada una. Toma las dimensiones de abajo como lecturas aproximadas.`,
	answered: (answered, skipped, total) =>
		skipped === 0
			? `Has respondido en la escala las ${int(total)} preguntas.`
			: `Has respondido en la escala ${int(answered)} de ${int(total)} preguntas y has marcado ${int(skipped)} como ${notApplicable}; ${plural(skipped, { one: 'esa no puntúa', other: 'esas no puntúan' })}.`,
	chart: {
		caption: `Posición de cada dimensión, de ${roles.programmer} (izquierda) a ${roles.engineer} (derecha)`,
		notEnough: 'faltan respuestas'
	},
	dimensionsHeading: 'Tus dimensiones',
	dimensionLine: (name, score, lean) =>
		score === null || lean === null
			? `${name}: faltan respuestas`
			: `${name}: ${int(score)}, ${lean}`,
	leanWords: {
		programmer: `más bien ${roles.programmer}`,
		engineer: `más bien ${roles.engineer}`,
		balanced: 'entre los dos'
	},
	notEnoughInDimension: (answered, needed, total) =>
		`Sin puntuar: ${plural(answered, { one: 'se ha respondido', other: 'se han respondido' })} en la escala ${int(answered)} de sus ${int(total)} preguntas, y necesita al menos ${int(needed)}.`,
	missingSide: (role) =>
		`Sin puntuar: ninguna de las preguntas que has respondido aquí describe un hábito propio de un ${role}, así que la tendencia a decir que sí no podría compensarse.`,
	whatItMeasures: 'Qué mide',
	inTheArticle: 'En el artículo',
	yourAnswers: 'Tus respuestas, de mayor a menor efecto',
	youAnswered: (answer) => `Tu respuesta: ${answer}`,
	effect: (points) => `${format.effect(points)} puntos`,
	notCounted: 'no cuenta',
	change: 'Cambiar',
	changeLabel: (step) => `Cambiar tu respuesta a la pregunta ${int(step)}`,
	movedHeading: 'Qué ha movido tu posición',
	movedIntro: `Cada respuesta que cuenta aleja un poco tu posición del ${MIDDLE}, en puntos sobre la línea de ${ZERO} a ${TOP}. Estas son las que más la han movido.`,
	toward: { engineer: `Hacia ${roles.engineer}`, programmer: `Hacia ${roles.programmer}` },
	noneToward: 'Ninguna respuesta ha empujado en este sentido.',
	tiedBeyond: (count, points) =>
		`${plural(count, { one: 'Otra respuesta la ha movido', other: `Otras ${word(count, 'f')} respuestas la han movido` })} lo mismo, ${format.effect(points)}; cada dimensión muestra las suyas.`,
	nextHeading: 'Próximos pasos, en los dos sentidos',
	nextIntro: {
		engineer: (role) =>
			`Donde te inclinas hacia el perfil de ${role}, hábitos en los que se apoyan los ingenieros de software y que vale la pena probar:`,
		programmer: (role) =>
			`Donde te inclinas hacia el perfil de ${role}, hábitos de concentración, entrega y oficio en los que se apoyan los programadores y que vale la pena adoptar:`
	},
	nextNone:
		'Ninguna de tus dimensiones se inclina hacia un lado, así que no hay hábitos que sugerir: ya aprovechas los dos perfiles.',
	nextScore: (score) => `(${int(score)})`,
	caveatsHeading: 'Léelo con cautela',
	caveats: {
		'roles-overlap': () =>
			'Los dos perfiles se solapan mucho: todo ingeniero de software también escribe código, y los buenos programadores piensan en el proyecto entero.',
		'not-a-verdict': () =>
			'Ningún extremo es mejor, y un resultado de programador no vale menos. Es una ayuda para reflexionar basada en un solo artículo, no un veredicto sobre contratación, carrera o habilidades.',
		'self-report': () =>
			'Describe cómo ves hoy tus hábitos, que no siempre coincide con cómo trabajas.',
		'few-questions': (p) =>
			`Cada dimensión se basa en ${word(p.questionsPerDimension, 'f')} preguntas, así que repetir el test puede moverla varios puntos: toma la puntuación de cada dimensión como una estimación, no como una medición. Todavía no hay baremos, así que nada de esto te compara con otras personas.`,
		'many-skipped': (p) =>
			`Has marcado ${int(p.skipped)} de ${int(p.total)} preguntas como ${notApplicable}, así que tu posición se basa en menos respuestas.`,
		'dimensions-without-enough': (p) =>
			`Tu posición global deja fuera las dimensiones sin respuestas suficientes: ${plural(p.scored, { one: 'se basa en las respuestas de la única que sí las tiene', other: `se basa en las respuestas de las ${word(p.scored, 'f')} que sí las tienen` })}.`
	},
	shareHeading: 'Comparte o guarda tu resultado',
	shareExplain:
		'Este enlace contiene tus respuestas, no tu nombre. Quien lo abra verá este resultado, recalculado a partir de esas respuestas.',
	shareTitle: (band) => (band === null ? 'Mis respuestas al test' : `Mi resultado: ${band}`),
	buttons: {
		copy: 'Copiar enlace',
		share: 'Compartir…',
		print: 'Imprimir o guardar en PDF',
		copied: 'Enlace copiado.',
		copyBlocked:
			'El navegador ha bloqueado la copia. Selecciona el enlace de arriba y cópialo a mano.'
	},
	meta: {
		headline: (band, score) =>
			band === null || score === null
				? 'Mis respuestas al test'
				: `Mi resultado: ${band} (${outOf(score)})`,
		description: (band, score) =>
			band === null || score === null
				? `Respuestas a un test sobre hábitos de trabajo, entre ${roles.programmer} e ${roles.engineer}. Haz el test y descubre dónde te sitúas tú.`
				: `Descripción más cercana: ${band}, con ${int(score)} en una línea que va de ${roles.programmer} (${ZERO}) a ${roles.engineer} (${TOP}), y por qué. Haz el test y descubre dónde te sitúas tú.`,
		imageAlt: (band) => `${SITE} ${band === null ? '' : `Descripción más cercana: ${band}`}`.trim()
	},
	takeAgain: 'Repetir el test',
	takeYourself: 'Haz tú el test',
	methodLink: 'Cómo se calcula la puntuación'
};

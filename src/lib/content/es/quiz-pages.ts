import type { QuizText } from '../quiz-types';
import kit from './kit';
import { scale } from './quiz-bank';

const { int, plural, quote, word } = kit;

/** The landing page, the question steps and the messages about broken links. */

const notApplicable = quote(scale.notApplicable);
const notApplicableToWork = quote(scale.notApplicableToWork);

export const landing: QuizText['landing'] = {
	title: '¿Programador o ingeniero de software? Una autoevaluación breve y honesta',
	description: (n) =>
		`Responde ${int(n)} preguntas sobre cómo trabajas y descubre dónde te sitúas entre programador e ingeniero de software, y por qué. No se guarda nada en el servidor.`,
	heading: '¿Programador o ingeniero de software?',
	lead: (n) =>
		`Responde ${int(n)} preguntas breves sobre cómo trabajas de verdad. Verás dónde te sitúan tus hábitos entre programador e ingeniero de software, y por qué.`,
	resumeHeading: 'Hola de nuevo',
	inProgress: (answered, total) =>
		`Has respondido ${int(answered)} de ${int(total)} preguntas. Sigue donde lo dejaste o vuelve a empezar desde la primera.`,
	continueFrom: (step) => `Seguir desde la pregunta ${int(step)}`,
	startOver: (answered) =>
		`Empezar de nuevo y borrar ${plural(answered, { one: 'la respuesta', other: `${int(answered)} respuestas` })}`,
	finishedBefore: 'Ya has hecho el test en este dispositivo.',
	seeLastResult: 'Ver tu último resultado',
	takeAgain: 'Repetir el test',
	facts: {
		length: (n, minutes) =>
			`${int(n)} preguntas, unos ${int(minutes)} minutos. Una pregunta por página; puedes volver atrás y cambiar cualquier respuesta, o indicar que alguna no se aplica a tu caso.`,
		private:
			'Privado. Cada respuesta se envía a nuestro servidor solo para mostrar el paso siguiente, y se guarda en una cookie de tu navegador y en el enlace de tu resultado. No se guarda nada en el servidor, salvo que decidas ceder tus respuestas a la investigación, y no hay ningún tipo de seguimiento.',
		anywhere:
			'Funciona en cualquier dispositivo, con o sin JavaScript, con teclado, lector de pantalla o pantalla táctil.'
	},
	measuresHeading: 'Qué mide',
	measures: (title, blog) =>
		`El test sigue las distinciones que hace el artículo ${quote(title)} (en español, «¿En qué se diferencian un ingeniero de software y un programador?») del blog ${blog}. Un programador convierte indicaciones en código que funciona y a menudo se especializa en una parte del proyecto. Un ingeniero de software aplica principios de ingeniería: estudia primero el entorno, habla con las personas para las que es el software y diseña el sistema completo para que funcione con fiabilidad en condiciones reales. Los dos perfiles se solapan mucho, y todo ingeniero también escribe código, así que el resultado es una posición en una línea, no un veredicto.`,
	dimensionsIntro: (count) => `Tus respuestas se sitúan en ${word(count, 'f')} dimensiones:`,
	closing:
		'Ningún extremo es mejor que el otro. El resultado es un espejo para reflexionar, no un veredicto sobre tu contratación ni sobre tu carrera.',
	methodLink: 'Lee con detalle cómo se calcula la puntuación'
};

export const step: QuizText['step'] = {
	title: (n, total, hasError) =>
		`${hasError ? 'Error: ' : ''}Pregunta ${int(n)} de ${int(total)} · ¿Programador o ingeniero de software?`,
	description: (n, total) =>
		`Pregunta ${int(n)} de ${int(total)} de un test breve y privado sobre tus hábitos de trabajo: ¿eres más programador o ingeniero de software?`,
	progress: (n, total) => `Pregunta ${int(n)} de ${int(total)}`,
	hint: `¿Con qué frecuencia, en tu trabajo o tus estudios actuales? ${notApplicable} no puntúa.`,
	back: 'Atrás',
	returnWithoutChange: 'Volver al resultado',
	changingNotice:
		'Estás cambiando una respuesta. Al elegir una, vuelves a tu resultado, ya recalculado.',
	shortcut: (size) => `Consejo: pulsa del ${int(1)} al ${int(size)} para responder.`,
	pairQuestion: '¿Cuál se parece más a tu forma de trabajar?',
	pairHint:
		'Piensa en tu trabajo o tus estudios actuales, o en la última vez que escribiste código. Ninguna respuesta es mejor que la otra: las dos son formas de trabajar de muy buenos profesionales.',
	// “Solo si no haces…”: the condition reads on as the rest of the sentence.
	notApplicableWhen: (condition) =>
		`Solo si ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`,
	errors: {
		'missing-answer': (size) =>
			`Para seguir, elige una de las ${word(size, 'f')} respuestas o ${notApplicableToWork}.`,
		'invalid-answer': (size) =>
			`Esa respuesta no es ninguna de las opciones. Elige una de las ${word(size, 'f')} respuestas o ${notApplicableToWork}.`,
		'wrong-question': () =>
			'Esta página estaba desactualizada, así que no se ha guardado nada. Vuelve a elegir tu respuesta a esta pregunta.',
		'unexpected-field': () =>
			'El formulario ha llegado con campos que no le corresponden, así que no se ha guardado nada. Vuelve a elegir tu respuesta.'
	},
	unsaved:
		'Todavía no se han podido guardar tus últimas respuestas. Comprueba tu conexión: se vuelven a enviar con tu siguiente respuesta y se conservan mientras esta página siga abierta.',
	skippedAhead:
		'Esta pregunta aún no tiene respuesta. Respóndela para seguir; el resto de tus respuestas se conservan.'
};

export const links: QuizText['links'] = {
	noSuchQuestion: 'Esa pregunta no existe.',
	damaged:
		'Este enlace de resultado está dañado o incompleto, así que no puede mostrar ningún resultado. Puede que se cortara al copiarlo.'
};

import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { SCALE_MAX, SCALE_VALUES } from '$lib/quiz/scale';
import { LOCALES } from '$lib/i18n/locales';
import kit from './kit';
import type { ResearchText } from '../research-types';

const { either, fixed, fixedMinus, int, list, pct, plural } = kit;

export const research: ResearchText = {
	consent: {
		summary: 'Añadir mis respuestas, de forma anónima, a los datos abiertos de investigación',
		intro:
			'No se envía nada a menos que pulses el botón de abajo. Si lo haces, tus respuestas a las preguntas, la versión del test, el idioma de esta página y el mes actual se añaden a un conjunto de datos público que cualquiera puede descargar para comprobar nuestras cifras. Ni tu nombre, ni tu dirección, ni tu navegador, ni este enlace. Recibes un enlace privado para retirarlas cuando quieras.',
		optional: 'Opcional; cada pregunta puede quedarse en «Prefiero no decirlo»:',
		labels: {
			role: '¿Cómo describirías tu puesto?',
			years: '¿Cuántos años llevas escribiendo código?',
			organisation: '¿Cuántas personas trabajan en tu organización?',
			contact: '¿Con qué frecuencia tratas con clientes o usuarios de lo que construyes?'
		},
		noAnswer: 'Prefiero no decirlo',
		roles: {
			student: 'Estudiante',
			programmer: 'Programador o desarrollador',
			'software-engineer': 'Ingeniero de software',
			'architect-or-lead': 'Arquitecto o líder técnico',
			operations: 'Operaciones o SRE',
			data: 'Datos (análisis, ciencia o ingeniería de datos)',
			other: 'Otro'
		},
		codingYears: {
			'under-1': 'Menos de un año',
			'1-2': 'De 1 a 2 años',
			'3-5': 'De 3 a 5 años',
			'6-10': 'De 6 a 10 años',
			'11-20': 'De 11 a 20 años',
			'over-20': 'Más de 20 años'
		},
		organisation: {
			'1': 'Solo yo',
			'2-10': 'De 2 a 10',
			'11-50': 'De 11 a 50',
			'51-250': 'De 51 a 250',
			'251-1000': 'De 251 a 1000',
			'over-1000': 'Más de 1000'
		},
		contact: {
			never: 'Nunca',
			yearly: 'Unas pocas veces al año',
			monthly: 'Cada mes',
			weekly: 'Cada semana'
		},
		submit: 'Añadir mis respuestas',
		more: 'Sobre los datos de investigación'
	},
	joined: {
		title: 'Gracias: tus respuestas ya están en los datos de investigación',
		added:
			'Se guardan de forma anónima, con la versión del test, el idioma y el mes, y aparecerán en los datos abiertos y en las estadísticas.',
		keepLink:
			'Para retirar tus respuestas, abre este enlace y confirma. Solo se muestra esta vez y no guardamos ninguna copia, así que añádelo a marcadores o guárdalo ahora.',
		duplicate:
			'Estas respuestas ya se habían añadido desde este navegador, así que no se han añadido otra vez. Tu enlace de borrado anterior sigue sirviendo.',
		backToResult: 'Volver a tu resultado'
	},
	refused: {
		'bad-form':
			'No se ha podido leer este formulario, así que no se ha guardado nada. Vuelve a enviarlo desde tu página de resultado.',
		'bad-code':
			'No se puede leer ese código de resultado, así que no se ha guardado nada. Envía el formulario desde tu página de resultado.',
		'too-many':
			'Desde tu conexión se han añadido demasiados resultados en la última hora, así que este no se ha guardado. Inténtalo más tarde.',
		'too-large': 'Eso era mucho más de lo que envía el formulario, así que no se ha guardado nada.',
		unavailable:
			'Ahora mismo no se puede acceder a la base de datos de investigación, así que no se ha guardado nada. Inténtalo dentro de unos minutos.'
	},
	deletion: {
		title: 'Retirar tus respuestas',
		confirm:
			'Así borras para siempre las respuestas que añadiste a los datos de investigación. Desaparecen al instante de los datos abiertos y de las estadísticas.',
		button: 'Borrar mis respuestas',
		deleted: 'Borradas. Tus respuestas ya no están en los datos de investigación.',
		gone: 'Este enlace no corresponde a ninguna respuesta: ya se borraron o el enlace está incompleto.'
	},
	page: {
		title: 'Datos abiertos de investigación',
		description:
			'Respuestas anónimas que la gente decidió compartir, libres para descargar, y la fiabilidad y las normas que se calculan a partir de ellas en tiempo real.',
		intro:
			'El test en sí no guarda nada. Quien quiera puede añadir sus respuestas, de forma anónima, desde su página de resultado, y retirarlas con un enlace privado. Cualquiera puede descargar esas respuestas y comprobar cada cifra de abajo. Los envíos terminados demasiado rápido para haber leído las preguntas, o con casi la misma respuesta en todo, se conservan pero se marcan y quedan fuera de todas las cifras. Cada cifra aparece solo cuando hay suficientes personas para que signifique algo.',
		counts: (n, flagged) =>
			`${int(n)} ${n === 1 ? 'persona ha compartido sus' : 'personas han compartido sus'} respuestas a las preguntas actuales; ${int(flagged)} ${flagged === 1 ? 'envío se ha marcado y ha quedado' : 'envíos se han marcado y han quedado'} fuera.`,
		downloads: 'Descargar',
		csv: 'Todas las respuestas (CSV)',
		json: 'Las estadísticas (JSON)',
		licence:
			'Los datos son de dominio público (CC0 1.0): úsalos para lo que quieras, sin pedir permiso.',
		notEnough: (have, need) =>
			`Aún no hay suficientes: ${int(have)} de las ${int(need)} necesarias.`,
		headings: {
			reliability: 'Fiabilidad',
			retest: 'Test-retest',
			roles: 'Puntuaciones por puesto',
			norms: 'Normas',
			questions: 'Cada pregunta',
			dictionary: 'Diccionario de datos',
			stored: 'Qué se guarda'
		},
		reliabilityIntro: `Hasta qué punto las preguntas de una escala miden una misma cosa: α de Cronbach y ω de McDonald (un factor), entre quienes respondieron en la escala a todas sus preguntas, con intervalos bootstrap del 95 % (200 remuestreos). Por debajo de ${fixed(REPORT_MIN_RELIABILITY, 2)}, la página de resultado marca una dimensión como aproximada.`,
		scale: 'Escala',
		respondents: 'Personas',
		alpha: 'α',
		omega: 'ω',
		overall: 'Global',
		estimate: (value, low, high) => `${fixed(value, 2)} (${fixed(low, 2)}–${fixed(high, 2)})`,
		retestIntro: (min, max) =>
			`Personas que repitieron el test en el mismo navegador entre ${int(min)} y ${int(max)} meses después (solo se guarda el mes, así que equivale a unas 2 a 16 semanas): cuánto coinciden sus dos puntuaciones globales y el error típico de medida que se deriva.`,
		retestResult: (pairs, r, sem) =>
			`${int(pairs)} pares: correlación test-retest ${fixed(r, 2)}; error típico de medida de ${fixed(sem, 1)} puntos sobre 100.`,
		rolesIntro:
			'Puntuación global media (0 programador, 100 ingeniero de software) según cómo describió cada persona su puesto, con intervalos del 95 %.',
		role: 'Puesto',
		mean: 'Media',
		difference: (d, low, high) =>
			`Ingenieros de software menos programadores o desarrolladores: ${fixedMinus(d, 2)} desviaciones típicas (95 %: de ${fixedMinus(low, 2)} a ${fixedMinus(high, 2)}). Un valor positivo significa que quienes se describen como ingenieros de software puntúan más cerca del extremo de ingeniería, como el test sostiene que deberían.`,
		differenceNotEnough: (engineers, programmers, need) =>
			`La diferencia entre ingenieros de software y programadores necesita ${int(need)} de cada grupo: hay ${int(engineers)} y ${int(programmers)}.`,
		percentilesIntro:
			'Puntuaciones globales por debajo de las cuales queda la proporción indicada de personas. Describen a quienes decidieron compartir, no a todos los desarrolladores.',
		percentile: (p) => `Percentil ${int(p)}`,
		questionsIntro: `Para cada pregunta: cuántas personas dieron de 0 a ${SCALE_MAX} puntos hacia ingeniero de software (tras invertir las que apuntan al otro lado), cuántas dijeron que no se aplica y su correlación con el resto de su dimensión.`,
		question: 'Pregunta',
		distribution: `Puntos ${SCALE_VALUES.join(' / ')}`,
		notApplicable: 'No se aplica',
		itemRest: 'r ítem-resto',
		counts04: (counts) => counts.map((c) => int(c)).join(' / '),
		percent: pct,
		decimal: (value) => fixedMinus(value, 2),
		dictionaryIntro:
			'Una fila por envío, del más antiguo al más reciente, separada por comas, en UTF-8. Vacío significa sin respuesta.',
		columns: {
			respondent:
				'un número para la persona, válido solo dentro de este archivo, para emparejar una repetición (otra fila con el mismo número); no es el identificador de su cookie',
			bank: 'la versión del conjunto de preguntas',
			language: `el idioma de la página: ${either(LOCALES)}`,
			month: 'el mes del envío, AAAA-MM (UTC); nunca el día',
			role: `el puesto elegido: ${list(['student', 'programmer', 'software-engineer', 'architect-or-lead', 'operations', 'data', 'other'])}`,
			coding_years: 'años escribiendo código: under-1, 1-2, 3-5, 6-10, 11-20, over-20',
			organisation: 'personas en su organización: 1, 2-10, 11-50, 51-250, 251-1000, over-1000',
			contact: 'con qué frecuencia trata con clientes o usuarios: never, yearly, monthly, weekly',
			flagged:
				'vacío, o por qué la fila queda fuera de las estadísticas: too-fast (terminado en menos tiempo del que lleva leer las preguntas, o sin tiempo registrado) o straight-lined (la misma opción en casi todas las respuestas)',
			questions: `después, una columna por pregunta, con su identificador como nombre (la página de metodología los enumera): los puntos hacia ingeniero de software, de 0 a ${SCALE_MAX}, ya invertidos donde toca; vacío para «No se aplica a mí» o para una pregunta que no existe en la versión de esa fila`
		}
	},
	norms: {
		percentile: (n, share) =>
			`Entre ${int(n)} personas que compartieron sus respuestas, el ${pct(share)} quedó más cerca de programador que tú. Decidieron participar por su cuenta, así que puede que no sean representativas.`,
		rough: (dimensions) =>
			`${plural(dimensions.length, { one: 'Aproximada', other: 'Aproximadas' })} por ahora: ${list(dimensions)}. Las respuestas compartidas muestran que sus preguntas coinciden menos de lo que querríamos (fiabilidad por debajo de ${fixed(REPORT_MIN_RELIABILITY, 2)}), así que toma ${plural(dimensions.length, { one: 'esa puntuación', other: 'esas puntuaciones' })} con cautela.`
	},
	privacy: (cookie, keepDays) =>
		`Datos de investigación, solo si decides darlos: desde una página de resultado puedes añadir tus respuestas a los datos abiertos de investigación. En ese caso se guarda en nuestra base de datos exactamente esto: tus respuestas (como puntos hacia ingeniero de software), la versión del test, el idioma de la página, el mes (no el día ni la hora), las respuestas opcionales que elegiste (puesto, años escribiendo código, tamaño de la organización, trato con clientes o usuarios), si el envío parece poco plausible y un identificador aleatorio que también se guarda en una cookie, ${cookie}, en tu navegador (durante ${int(keepDays)} días), para poder emparejar una repetición con la primera vez. Ninguna dirección, ningún dato del navegador, ningún enlace de resultado, ningún texto libre. Se guarda un hash de tu enlace privado de borrado, nunca el enlace; abrirlo y confirmar borra la fila. El límite de cuántas respuestas puede añadir una conexión se cuenta solo en la memoria del servidor, y una cookie guarda cuándo empezó y terminó tu último test, para poder marcar las respuestas dadas demasiado rápido; ninguna de las dos cosas se guarda.`
};

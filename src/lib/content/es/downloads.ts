import { SCALE_MAX } from '$lib/quiz/scale';
import type { DownloadsText } from '../downloads-types';
import kit from './kit';

const { int, plural } = kit;

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimensión puntuada', other: 'dimensiones puntuadas' })}`;

/** A result's JSON and CSV downloads: the offer on the result page, the files, their documentation. */
export const downloads: DownloadsText = {
	heading: 'Llévatelo',
	intro:
		'Descarga este resultado con todas las preguntas y respuestas, para tus notas o para una hoja de cálculo. El archivo se genera a partir del enlace, en este idioma; no se guarda nada.',
	json: 'Descargar en JSON',
	csv: 'Descargar en CSV (hoja de cálculo)',
	notEnoughAnswers: 'no hay respuestas suficientes',
	overallNotEnough: (scored, needed) =>
		`Sin posición global: ${dimensions(scored)}, y hacen falta al menos ${int(needed)}.`,
	csvSeparator: ';',
	columns: {
		step: 'Paso',
		questionId: 'ID de la pregunta',
		question: 'Pregunta',
		dimension: 'Dimensión',
		pole: 'B (o «Siempre») apunta hacia',
		answerValue: `Valor de la respuesta (0–${SCALE_MAX})`,
		answer: 'Respuesta',
		dimensionScore: 'Puntuación de la dimensión (0–100)'
	},
	errors: {
		malformed: 'Esto no es un código de resultado. Comprueba que se copió el enlace entero.',
		damaged:
			'Este código de resultado está dañado: se cambió o se perdió un carácter, así que no se puede mostrar ningún resultado.',
		'unknown-version':
			'Este código de resultado lo generó una versión del test que ya no está disponible.'
	},
	method: {
		heading: 'Descargar un resultado',
		intro:
			'Cada página de resultado ofrece su resultado en dos archivos: JSON para programas y CSV para hojas de cálculo. Los dos se generan a partir del enlace en el momento, en el idioma de la página, y contienen exactamente lo que muestra la página; en el servidor no se guarda nada.',
		jsonIntro: 'El archivo JSON contiene un objeto con estos campos:',
		jsonFields: {
			quizVersion: 'la versión del banco de preguntas con la que se obtuvo el resultado.',
			code: 'el código del resultado, el mismo del enlace /result/CODE.',
			language: 'el idioma de los textos del archivo.',
			overall:
				'la posición global, de 0 (programador) a 100 (ingeniero de software); null cuando hay demasiadas pocas dimensiones con respuestas suficientes, y el motivo va en overallNote.',
			band: 'la descripción más cercana: su identificador y su nombre.',
			range:
				'el test no da ningún intervalo (interval siempre es null): un puñado de preguntas por dimensión y sin normas de referencia no dan para tanto. En su lugar recoge lo que dice la página de resultado: la descripción o descripciones más cercanas (nearestBands), cuántas respuestas, movidas un paso cada una, bastarían para llegar a ella (steps), si la página la menciona (near) y la frase de la página (text). Es null si no hay posición global.',
			dimensions:
				'una entrada por dimensión: identificador, nombre, puntuación de 0 a 100 (o null con el estado «not-enough-answers» y una nota) y cuántas preguntas se respondieron en la escala o se marcaron como no aplicables.',
			questions: `una entrada por pregunta, en el orden del test: paso, identificador, texto, dimensión, polo (el rol hacia el que apunta la afirmación B; en las versiones 1 y 2, «Siempre») y la respuesta: su valor de 0 (afirmación A; Nunca) a ${SCALE_MAX} (afirmación B; Siempre), o null con notApplicable a true para una respuesta marcada como no aplicable, y su etiqueta.`
		},
		csvIntro:
			'El archivo CSV (UTF-8, separado por punto y coma, una fila de cabecera y luego una fila por pregunta) tiene estas columnas:',
		csvColumns: {
			step: 'la posición de la pregunta en el test;',
			questionId: 'su identificador, el mismo que en el JSON;',
			question: 'su texto;',
			dimension: 'la dimensión a la que pertenece;',
			pole: 'el rol hacia el que apunta la afirmación B («Siempre» en las versiones 1 y 2);',
			answerValue: `de 0 (afirmación A; Nunca) a ${SCALE_MAX} (afirmación B; Siempre), vacío para una respuesta marcada como no aplicable;`,
			answer: 'la respuesta tal como la mostraba el test;',
			dimensionScore: 'la puntuación de la dimensión, o «no hay respuestas suficientes».'
		},
		csvNotes:
			'La posición global y la descripción más cercana están en el JSON y en la página de resultado; el CSV se limita a una fila por pregunta para que se pueda ordenar y filtrar sin problemas.'
	}
};

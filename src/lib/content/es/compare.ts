import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import kit from './kit';

const { int, list, quote, word } = kit;

export const compare: CompareText = {
	page: {
		title: 'Comparar resultados',
		description: `Pon de ${word(MIN_COMPARED, 'm')} a ${word(MAX_COMPARED, 'm')} resultados del test uno al lado del otro: la posición global de cada uno, cada dimensión y lo que cubre un grupo. Todo sale de los enlaces de resultado; no se guarda nada.`,
		heading: 'Resultados lado a lado',
		intro: (people) =>
			`${int(people)} resultados, cada uno calculado de nuevo a partir de su enlace. Los nombres solo están en la dirección de esta página; no se guarda nada.`,
		emptyIntro: (min, max) =>
			`Pon de ${word(min, 'm')} a ${word(max, 'm')} resultados lado a lado: el tuyo y el de un amigo, un segundo intento y el primero, o los de todo un equipo. Pega abajo los enlaces de resultado. Cada resultado se calcula de nuevo a partir de su enlace y no se guarda nada.`,
		person: (position) => `Persona ${int(position)}`,
		overallHeading: 'Posición global',
		spectrumLabel:
			'La posición global de todos en una sola línea, de programador (0) a ingeniero de software (100). La lista de abajo da la puntuación de cada persona.',
		peopleHeading: 'A quién se compara',
		noOverall: 'Sin posición global: no hay suficientes respuestas',
		scoreAndBand: (score, band) => `${int(score)} · ${band}`,
		fullResult: (name) => `${name}: resultado completo`,
		olderVersion: (version) => `hecho con la versión ${int(version)} de las preguntas`,
		dimensionsHeading: 'Dimensión por dimensión',
		chartCaption:
			'Cada marca numerada es una persona, con el mismo número que en la lista de arriba, de programador (izquierda) a ingeniero de software (derecha). La franja sombreada del centro es «Entre los dos».',
		notEnoughFor: (names) => `Sin suficientes respuestas: ${list(names)}`,
		tableCaption: 'Todas las puntuaciones, de 0 (programador) a 100 (ingeniero de software)',
		tablePerson: 'Persona',
		notEnough: 'sin suficientes respuestas',
		gapsHeading: 'Cuánto os separa',
		gap: (dimension, low, high) => `${dimension}: de ${low} a ${high}`,
		widest: (dimension, low, high) => `${dimension}: la mayor diferencia, de ${low} a ${high}`,
		close: (dimension, low, high) =>
			low === high
				? `${dimension}: todos en ${low}`
				: `${dimension}: muy cerca, de ${low} a ${high}`,
		onlyOne: (dimension, score, name) =>
			`${dimension}: solo ${name} tiene suficientes respuestas (${score})`,
		noneScored: (dimension) => `${dimension}: nadie tiene suficientes respuestas`,
		leftOut: (names) => `Sin contar, por falta de respuestas: ${list(names)}.`,
		gapsNote: (closeMax, perDimension, steps) =>
			`Una diferencia de ${closeMax} puntos o menos se considera cercana: en una dimensión de ${word(perDimension, 'f')} preguntas, son menos de ${word(steps, 'f')} respuestas movidas un paso cada una.`,
		olderNeedWiderGap:
			'Los resultados de una versión anterior tienen menos preguntas por dimensión, así que necesitan una diferencia mayor para que cuente como tal.',
		groupHeading: 'Lo que cubre el grupo',
		groupIntro: (people, nearProgrammerMax, nearEngineerMin) =>
			`Una lectura para estas ${word(people, 'f')} personas, a partir de las distinciones del artículo. Alguien está cerca de un extremo de una dimensión cuando su puntuación en ella se inclina hacia ese lado: ${nearProgrammerMax} o menos hacia programador, ${nearEngineerMin} o más hacia ingeniero de software.`,
		coveredHeading: 'Cubierto',
		covered: (dimension, role, habits, names) =>
			`${dimension}, extremo «${role}»${habits.length ? ` (${list(habits.map(quote))})` : ''}: ${list(names)}`,
		missingHeading: 'Puede que falte',
		missing: (dimension, role, habits) =>
			`${dimension}: nadie está cerca del extremo «${role}».${habits.length ? ` En los términos del artículo, lo que puede faltar: ${list(habits.map(quote))}.` : ''}`,
		noneMissing: 'En cada dimensión hay alguien cerca de cada extremo.',
		notRead: (dimensions) =>
			`Muy pocas personas con suficientes respuestas para una lectura: ${list(dimensions)}.`,
		caveat:
			'Esto sirve para conversar, no para evaluar ni para contratar. Ningún extremo es mejor, una mezcla de hábitos no es una nota del equipo y cada resultado refleja cómo ve una persona su propio trabajo.',
		unreadableHeading: 'No se pudo leer',
		unreadable: (name, code, reason) => `${name} (${code}): ${reason}`,
		tooFew: (readable, min) =>
			`Para comparar hacen falta al menos ${word(min, 'm')} resultados que se puedan leer; ${readable === 0 ? 'aquí no se puede leer ninguno' : 'aquí solo se puede leer uno'}. Revisa los enlaces de abajo o añade otro.`,
		tooMany: (count, max) =>
			`Se pueden comparar como mucho ${word(max, 'm')} resultados a la vez, y esta dirección tiene ${int(count)}. Quita algunos abajo y vuelve a comparar.`,
		form: {
			heading: 'A quién comparar',
			label: 'Enlaces o códigos de resultado, uno por línea',
			help: (min, max) =>
				`Pega de ${word(min, 'm')} a ${word(max, 'm')} enlaces de resultado, o solo sus códigos, uno por línea. Para ponerle nombre a alguien, escríbelo antes de su enlace seguido de dos puntos, como en el ejemplo. Los nombres solo quedan en la dirección de la comparación.`,
			example: 'Lucía: https://…/result/3-…',
			submit: 'Comparar'
		},
		fromResult: {
			heading: 'Comparar con alguien',
			intro:
				'Pon este resultado al lado del de un amigo o un compañero: pega su enlace o código de resultado. Los nombres son opcionales y solo quedan en la dirección.',
			yourName: 'Nombre para este resultado (opcional)',
			theirLink: 'Su enlace o código de resultado',
			theirName: 'Su nombre (opcional)',
			submit: 'Comparar'
		},
		method: {
			heading: 'Comparar resultados',
			paragraphs: (p) => [
				`La página de comparación pone de ${word(p.min, 'm')} a ${word(p.max, 'm')} resultados lado a lado. Su dirección los enumera, como r=CÓDIGO o r=CÓDIGO~Nombre, una vez por persona; como un enlace de resultado, contiene respuestas, nunca puntuaciones, y cada resultado se calcula de nuevo con la versión de las preguntas con la que se hizo. Los nombres se recortan a ${p.nameMax} caracteres, solo viven en la dirección y nunca se guardan. Una entrada que no se puede leer aparece con el motivo, y las demás se comparan igualmente.`,
				`Para cada dimensión, la página da la puntuación más baja y la más alta. Quien no tiene suficientes respuestas en una dimensión queda fuera de su rango y se muestra así, nunca como 50. Una diferencia de ${p.closeMax} puntos o menos se llama «muy cerca»; la mayor diferencia se señala como tal cuando supera esa cifra. Esa cifra vale para los resultados de esta versión: el límite sale del error de medida de las dos personas en los extremos del rango, cada una en la versión del test que hizo, así que los resultados de una versión anterior, con menos preguntas por dimensión, necesitan una diferencia mayor.`,
				`A partir de ${word(p.groupMin, 'f')} personas, la página añade una lectura del grupo. Alguien está cerca de un extremo de una dimensión cuando su puntuación en ella se inclina hacia ese lado, como en la página de resultado: ${p.nearProgrammerMax} o menos hacia programador, ${p.nearEngineerMin} o más hacia ingeniero de software. Un extremo al que nadie está cerca se nombra como lo que puede faltarle al grupo, con las distinciones del artículo que hay detrás. Una dimensión en la que menos de dos personas tienen puntuación no se lee.`
			]
		}
	}
};

import kit from './kit';
import type { HistoryText } from '../history-types';

const { date, int, signed } = kit;

export const history: HistoryText = {
	heading: 'Tus resultados anteriores',
	intro: (limit) =>
		`Se guardan solo en este navegador, en una cookie: hasta ${int(limit)} códigos de resultado, cada uno con el día en que se obtuvo, y nada más. «Olvidar todos» la borra.`,
	date,
	entry: (date, band, score) => `${date}: ${band}, ${int(score)} de 100`,
	entryWithoutOverall: (date) => `${date}: sin posición global`,
	unreadable: (date, reason) =>
		reason === 'unknown-version'
			? `${date}: lo generó una versión del test que ya no está disponible`
			: `${date}: este código ya no se puede leer`,
	thisResult: (entry) => `${entry} (este resultado)`,
	remove: 'Quitar',
	removeLabel: (date) => `Quitar el resultado del ${date}`,
	forgetAll: 'Olvidar todos',
	notice: (done, left) =>
		done === 'forgotten'
			? 'Olvidados. Este navegador ya no guarda ningún resultado anterior: la lista y su cookie se han borrado.'
			: left === 0
				? 'Quitado. Este navegador ya no guarda ningún resultado anterior.'
				: 'Quitado de la lista.',
	changeSince: ({ date, overall: { from, to }, biggest }) => {
		const overall =
			from !== null && to !== null
				? from === to
					? `global sin cambios, en ${int(to)}`
					: `global ${int(from)} → ${int(to)} (${signed(to - from)})`
				: from !== null
					? `global ${int(from)} entonces, sin posición global ahora`
					: to !== null
						? `sin posición global entonces, ${int(to)} ahora`
						: 'sin posición global ninguna de las dos veces';
		if (biggest === null) return `Desde tu resultado del ${date}: ${overall}.`;
		const moved =
			biggest.delta === 0
				? 'ninguna dimensión se ha movido'
				: `mayor cambio: ${biggest.dimension}, ${signed(biggest.delta)}`;
		return `Desde tu resultado del ${date}: ${overall}; ${moved}.`;
	},
	compareLink: 'Comparar los dos lado a lado',
	privacy: (cookie, limit, keepDays) =>
		`Una segunda cookie, ${cookie}, recuerda tus resultados anteriores para que la página de inicio y las de resultado puedan mostrarlos y reconocerlos como tuyos: hasta ${int(limit)} códigos de resultado (el mismo código que en el enlace de cada resultado), cada uno con el día en que se obtuvo, y nada más. Un resultado solo se añade cuando terminas el test tú, nunca cuando abres un enlace que alguien ha compartido. La cookie se queda en tu navegador, solo se envía a este sitio y dura ${int(keepDays)} días desde su último cambio; «Quitar» borra una entrada y «Olvidar todos», la cookie entera.`
};

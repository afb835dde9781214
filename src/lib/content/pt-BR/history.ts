import kit from './kit';
import type { HistoryText } from '../history-types';

const { date, int, signed } = kit;

export const history: HistoryText = {
	heading: 'Seus resultados anteriores',
	intro: (limit) =>
		`Ficam só neste navegador, num cookie: até ${int(limit)} códigos de resultado, cada um com o dia em que foi gerado, e mais nada. “Esquecer todos” apaga o cookie.`,
	date,
	entry: (date, band, score) => `${date}: ${band}, ${int(score)} de 100`,
	entryWithoutOverall: (date) => `${date}: sem posição geral`,
	unreadable: (date, reason) =>
		reason === 'unknown-version'
			? `${date}: gerado por uma versão do teste que não está mais no ar`
			: `${date}: este código não pode mais ser lido`,
	thisResult: (entry) => `${entry} (este resultado)`,
	remove: 'Remover',
	removeLabel: (date) => `Remover o resultado de ${date}`,
	forgetAll: 'Esquecer todos',
	notice: (done, left) =>
		done === 'forgotten'
			? 'Esquecidos. Este navegador não guarda mais nenhum resultado anterior: a lista e o cookie dela foram apagados.'
			: left === 0
				? 'Removido. Este navegador não guarda mais nenhum resultado anterior.'
				: 'Removido da lista.',
	changeSince: ({ date, overall: { from, to }, biggest }) => {
		const overall =
			from !== null && to !== null
				? from === to
					? `geral sem mudança, em ${int(to)}`
					: `geral ${int(from)} → ${int(to)} (${signed(to - from)})`
				: from !== null
					? `geral ${int(from)} antes, sem posição geral agora`
					: to !== null
						? `sem posição geral antes, ${int(to)} agora`
						: 'sem posição geral nas duas vezes';
		if (biggest === null) return `Desde o seu resultado de ${date}: ${overall}.`;
		const moved =
			biggest.delta === 0
				? 'nenhuma dimensão mudou'
				: `maior mudança: ${biggest.dimension}, ${signed(biggest.delta)}`;
		return `Desde o seu resultado de ${date}: ${overall}; ${moved}.`;
	},
	compareLink: 'Comparar os dois lado a lado',
	privacy: (cookie, limit, keepDays) =>
		`Um segundo cookie, ${cookie}, guarda os seus resultados anteriores para que a página inicial e as páginas de resultado possam listá-los e reconhecê-los como seus: até ${int(limit)} códigos de resultado (cada um igual ao do link do resultado), cada um com o dia em que foi gerado, e mais nada. Um resultado só entra quando você termina o teste por conta própria, nunca quando abre um link que alguém compartilhou. O cookie fica no seu navegador, só é enviado a este site e dura ${int(keepDays)} dias a partir da última mudança; “Remover” apaga um item e “Esquecer todos”, o cookie inteiro.`
};

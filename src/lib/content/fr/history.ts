import kit from './kit';
import type { HistoryText } from '../history-types';

const { date, int, signed } = kit;

// Typographie française : espace insécable (U+00A0) avant les deux-points et dans « », espace
// fine insécable (U+202F) avant le point-virgule.

export const history: HistoryText = {
	heading: 'Vos résultats précédents',
	intro: (limit) =>
		`Conservés uniquement dans ce navigateur, dans un cookie\u00a0: jusqu’à ${int(limit)} codes de résultat, chacun avec le jour où il a été obtenu, et rien d’autre. «\u00a0Tout oublier\u00a0» le supprime.`,
	// The first of the month is an ordinal in French (« 1er décembre »), which Intl does not write.
	date: (isoDay) => date(isoDay).replace(/^1(?=\s)/, '1er'),
	entry: (date, band, score) => `${date}\u00a0: ${band}, ${int(score)} sur 100`,
	entryWithoutOverall: (date) => `${date}\u00a0: pas de position globale`,
	unreadable: (date, reason) =>
		reason === 'unknown-version'
			? `${date}\u00a0: produit par une version du quiz qui n’est plus en service`
			: `${date}\u00a0: ce code n’est plus lisible`,
	thisResult: (entry) => `${entry} (ce résultat)`,
	remove: 'Retirer',
	removeLabel: (date) => `Retirer le résultat du ${date}`,
	forgetAll: 'Tout oublier',
	notice: (done, left) =>
		done === 'forgotten'
			? `Oubliés. Ce navigateur ne conserve plus aucun résultat précédent\u00a0: la liste et son cookie sont effacés.`
			: left === 0
				? 'Retiré. Ce navigateur ne conserve plus aucun résultat précédent.'
				: 'Retiré de la liste.',
	changeSince: ({ date, overall: { from, to }, biggest }) => {
		const overall =
			from !== null && to !== null
				? from === to
					? `global inchangé, à ${int(to)}`
					: `global ${int(from)} → ${int(to)} (${signed(to - from)})`
				: from !== null
					? `global ${int(from)} alors, pas de position globale aujourd’hui`
					: to !== null
						? `pas de position globale alors, ${int(to)} aujourd’hui`
						: 'pas de position globale, ni alors ni aujourd’hui';
		if (biggest === null) return `Depuis votre résultat du ${date}\u00a0: ${overall}.`;
		const moved =
			biggest.delta === 0
				? 'aucune dimension n’a bougé'
				: `plus grand changement\u00a0: ${biggest.dimension}, ${signed(biggest.delta)}`;
		return `Depuis votre résultat du ${date}\u00a0: ${overall}\u202f; ${moved}.`;
	},
	compareLink: 'Comparer les deux côte à côte',
	privacy: (cookie, limit, keepDays) =>
		`Un deuxième cookie, ${cookie}, garde vos résultats précédents pour que la page d’accueil et les pages de résultat puissent les lister et les reconnaître comme les vôtres\u00a0: jusqu’à ${int(limit)} codes de résultat (chacun le même que dans le lien de son résultat), chacun avec le jour où il a été obtenu, et rien d’autre. Un résultat n’y est ajouté que lorsque vous terminez le quiz vous-même, jamais lorsque vous ouvrez un lien partagé. Ce cookie reste dans votre navigateur, n’est envoyé qu’à ce site et dure ${int(keepDays)} jours après sa dernière modification\u202f; «\u00a0Retirer\u00a0» supprime une entrée et «\u00a0Tout oublier\u00a0» le cookie entier.`
};

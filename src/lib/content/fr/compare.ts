import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import kit from './kit';

const { int, list, quote, word } = kit;

// French typography: a no-break space (U+00A0) before a colon and inside « », a narrow
// no-break space (U+202F) before ? ! ;.
export const compare: CompareText = {
	page: {
		title: 'Comparer des résultats',
		description: `Mettez de ${word(MIN_COMPARED)} à ${word(MAX_COMPARED)} résultats du quiz côte à côte\u00a0: la position globale de chacun, chaque dimension et ce qu’un groupe couvre. Tout vient des liens de résultat\u00a0; rien n’est conservé.`,
		heading: 'Résultats côte à côte',
		intro: (people) =>
			`${int(people)} résultats, chacun recalculé à partir de son lien. Les noms ne figurent que dans l’adresse de cette page\u202f; rien n’est conservé.`,
		emptyIntro: (min, max) =>
			`Mettez de ${word(min)} à ${word(max)} résultats côte à côte\u00a0: le vôtre et celui d’un ami, un second passage et le premier, ou ceux de toute une équipe. Collez les liens de résultat ci-dessous. Chaque résultat est recalculé à partir de son lien, et rien n’est conservé.`,
		person: (position) => `Personne ${int(position)}`,
		overallHeading: 'Position globale',
		spectrumLabel:
			'La position globale de chacun sur une même ligne, de programmeur (0) à ingénieur logiciel (100). La liste ci-dessous donne le score de chaque personne.',
		peopleHeading: 'Qui est comparé',
		noOverall: 'Pas de position globale\u00a0: pas assez de réponses',
		scoreAndBand: (score, band) => `${int(score)} · ${band}`,
		fullResult: (name) => `${name}\u00a0: résultat complet`,
		olderVersion: (version) => `obtenu avec la version ${int(version)} des questions`,
		dimensionsHeading: 'Dimension par dimension',
		chartCaption:
			'Chaque repère numéroté est une personne, avec le même numéro que dans la liste ci-dessus, de programmeur (à gauche) à ingénieur logiciel (à droite). La bande grisée du milieu correspond à «\u00a0Entre les deux\u00a0».',
		notEnoughFor: (names) => `Pas assez de réponses\u00a0: ${list(names)}`,
		tableCaption: 'Tous les scores, de 0 (programmeur) à 100 (ingénieur logiciel)',
		tablePerson: 'Personne',
		notEnough: 'pas assez de réponses',
		gapsHeading: 'Ce qui vous sépare',
		gap: (dimension, low, high) => `${dimension}\u00a0: de ${low} à ${high}`,
		widest: (dimension, low, high) =>
			`${dimension}\u00a0: le plus grand écart, de ${low} à ${high}`,
		close: (dimension, low, high) =>
			low === high
				? `${dimension}\u00a0: tout le monde à ${low}`
				: `${dimension}\u00a0: proches, de ${low} à ${high}`,
		onlyOne: (dimension, score, name) =>
			`${dimension}\u00a0: ${name} est la seule personne à avoir assez de réponses (${score})`,
		noneScored: (dimension) => `${dimension}\u00a0: personne n’a assez de réponses`,
		leftOut: (names) => `Non comptés, faute de réponses\u00a0: ${list(names)}.`,
		gapsNote: (closeMax, perDimension, steps) =>
			`Un écart de ${closeMax} points ou moins est dit proche\u00a0: sur une dimension de ${word(perDimension, 'f')} questions, cela fait moins de ${word(steps, 'f')} réponses déplacées d’un cran chacune.`,
		olderNeedWiderGap:
			'Les résultats d’une version antérieure ont moins de questions par dimension\u00a0: il leur faut un écart plus grand pour qu’il compte comme une différence.',
		groupHeading: 'Ce que le groupe couvre',
		groupIntro: (people, nearProgrammerMax, nearEngineerMin) =>
			`Une lecture pour ces ${word(people, 'f')} personnes, à partir des distinctions de l’article. Une personne est proche d’un bout d’une dimension quand son score y penche de ce côté\u00a0: ${nearProgrammerMax} ou moins côté programmeur, ${nearEngineerMin} ou plus côté ingénieur logiciel.`,
		coveredHeading: 'Couvert',
		covered: (dimension, role, habits, names) =>
			`${dimension}, côté «\u00a0${role}\u00a0»${habits.length ? ` (${list(habits.map(quote))})` : ''}\u00a0: ${list(names)}`,
		missingHeading: 'Peut-être absent',
		missing: (dimension, role, habits) =>
			`${dimension}\u00a0: personne n’est proche du côté «\u00a0${role}\u00a0».${habits.length ? ` Dans les termes de l’article, ce qui peut manquer\u00a0: ${list(habits.map(quote))}.` : ''}`,
		noneMissing: 'Sur chaque dimension, quelqu’un est proche de chaque bout.',
		notRead: (dimensions) =>
			`Trop peu de personnes avec assez de réponses pour une lecture\u00a0: ${list(dimensions)}.`,
		caveat:
			'C’est un point de départ pour en parler, pas une évaluation ni un outil de recrutement. Aucun bout n’est meilleur, un mélange d’habitudes n’est pas une note d’équipe, et chaque résultat dit comment une personne voit son propre travail.',
		unreadableHeading: 'Illisible',
		unreadable: (name, code, reason) => `${name} (${code})\u00a0: ${reason}`,
		tooFew: (readable, min) =>
			`Pour comparer, il faut au moins ${word(min)} résultats lisibles\u202f; ${readable === 0 ? 'aucun ne l’est ici' : 'un seul l’est ici'}. Vérifiez les liens ci-dessous ou ajoutez-en un.`,
		tooMany: (count, max) =>
			`On peut comparer au plus ${word(max)} résultats à la fois, et cette adresse en contient ${int(count)}. Retirez-en quelques-uns ci-dessous et comparez à nouveau.`,
		form: {
			heading: 'Qui comparer\u202f?',
			label: 'Liens ou codes de résultat, un par ligne',
			help: (min, max) =>
				`Collez de ${word(min)} à ${word(max)} liens de résultat, ou seulement leurs codes, un par ligne. Pour donner un nom à quelqu’un, écrivez-le avant son lien, suivi de deux-points, comme dans l’exemple. Les noms ne figurent que dans l’adresse de la comparaison.`,
			example: 'Camille\u00a0: https://…/result/3-…',
			submit: 'Comparer'
		},
		fromResult: {
			heading: 'Comparer avec quelqu’un',
			intro:
				'Mettez ce résultat à côté de celui d’un ami ou d’un collègue\u00a0: collez son lien ou son code de résultat. Les noms sont facultatifs et ne figurent que dans l’adresse.',
			yourName: 'Nom pour ce résultat (facultatif)',
			theirLink: 'Son lien ou code de résultat',
			theirName: 'Son nom (facultatif)',
			submit: 'Comparer'
		},
		method: {
			heading: 'Comparer des résultats',
			paragraphs: (p) => [
				`La page de comparaison met de ${word(p.min)} à ${word(p.max)} résultats côte à côte. Son adresse les énumère, sous la forme r=CODE ou r=CODE~Nom, une fois par personne\u202f; comme un lien de résultat, elle contient des réponses, jamais des scores, et chaque résultat est recalculé avec la version des questions sous laquelle il a été obtenu. Les noms sont coupés à ${p.nameMax} caractères, ne vivent que dans l’adresse et ne sont jamais conservés. Une entrée illisible est indiquée avec la raison, et les autres sont tout de même comparées.`,
				`Pour chaque dimension, la page donne le score le plus bas et le plus haut. Une personne qui n’a pas assez de réponses sur une dimension est laissée hors de son étendue et signalée comme telle, jamais comme 50. Un écart de ${p.closeMax} points ou moins est dit «\u00a0proche\u00a0»\u202f; le plus grand écart est signalé comme tel lorsqu’il dépasse ce seuil. Ce chiffre vaut pour les résultats de cette version\u00a0: la limite découle de l’erreur de mesure des deux personnes aux extrémités de l’étendue, chacune dans la version du quiz à laquelle elle a répondu, si bien que les résultats d’une version antérieure, avec moins de questions par dimension, demandent un écart plus grand.`,
				`À partir de ${word(p.groupMin, 'f')} personnes, la page ajoute une lecture du groupe. Une personne est proche d’un bout d’une dimension quand son score y penche de ce côté, comme sur la page de résultat\u00a0: ${p.nearProgrammerMax} ou moins côté programmeur, ${p.nearEngineerMin} ou plus côté ingénieur logiciel. Un bout dont personne n’est proche est nommé comme ce qui manque peut-être au groupe, avec les distinctions de l’article qui s’y rattachent. Une dimension sur laquelle moins de deux personnes ont un score n’est pas lue.`
			]
		}
	}
};

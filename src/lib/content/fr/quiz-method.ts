// French typography puts no-break spaces (U+00A0, U+202F) in template literals too; a test checks them.
/* eslint no-irregular-whitespace: ["error", { "skipTemplates": true }] */
import type { QuizText } from '../quiz-types';
import { format, n, pct, plural_, points, word, Word } from './format';
import { roles, scale } from './quiz-bank';
import { titleGloss } from './quiz-pages';

/** The methodology page: every rule, stated from the constants the code uses. */

const quoted = (label: string) => `« ${label} »`;
const notApplicable = quoted(scale.notApplicable);
const always = quoted(scale.labels[4]);

export const methodology: QuizText['methodology'] = {
	title: 'Comment le score est calculé · Programmeur ou ingénieur logiciel ?',
	description:
		'La source, les questions et ce qui oriente chacune, les formules exactes, ce que si peu de questions par dimension permettent d’affirmer, et l’engagement de confidentialité du quiz.',
	heading: 'Comment le score est calculé',
	lead: 'Tout ce que le quiz fait de vos réponses figure sur cette page, dans les mêmes termes que le code qui le calcule. Les tableaux et les chiffres ci-dessous sont tirés de la banque de questions et des règles de calcul elles-mêmes : ils ne peuvent pas s’écarter de ce qui est réellement compté.',
	contents: 'Sur cette page',
	sections: {
		source: 'La source et ses distinctions',
		dimensions: 'Dimensions et questions',
		scale: `L’échelle de réponse et ${notApplicable}`,
		keying: 'Des formulations équilibrées',
		formulas: 'Les formules et les règles de l’explication',
		support: 'Ce que quelques questions par dimension permettent d’affirmer, ou non',
		versions: 'Versions du quiz et liens de partage',
		privacy: 'Confidentialité',
		limits: 'Ce que ce quiz n’est pas'
	},
	source: (title, blog, minutes) =>
		`Le quiz repose sur un seul article, court : « ${title} » ${titleGloss}, publié sur le blog ${blog} (${n(minutes)} ${plural_(minutes, { one: 'minute', other: 'minutes' })} de lecture). Nous ne le citons pas ; voici ses distinctions reformulées avec nos propres mots, chacune avec le pôle de l’axe qu’elle caractérise.`,
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'les deux rôles' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`Les distinctions sont regroupées en ${word(dimensions, 'f')} dimensions. Chacune est un axe qui va d’une habitude de programmeur (${n(0)}) à une habitude d’ingénieur logiciel (${n(100)}). Il y a ${n(questions)} questions, ${format.list(perDimension.map((count) => word(count, 'f')))} par dimension, chacune sur une habitude que vous pouvez observer dans votre propre travail. Le quiz les mélange, pour que deux questions d’une même dimension ne se suivent jamais. Chaque question indique la distinction dont elle s’inspire, et un test vérifie que celle-ci appartient bien à sa dimension.`,
	dimensionEnds: (programmerEnd, engineerEnd) =>
		`À ${n(0)} : ${programmerEnd}. À ${n(100)} : ${engineerEnd}.`,
	drawnFrom: (titles) => `Distinctions d’origine : ${format.list(titles)}.`,
	table: {
		caption: (dimension) =>
			`Questions de la dimension ${dimension}, avec le pôle vers lequel chacune oriente, et pourquoi`,
		number: 'N°',
		question: 'Question',
		pointsToward: `${always} oriente vers`,
		distinction: (title) => `Distinction : ${title}`,
		why: 'Pourquoi ce sens'
	},
	scaleIntro: (size) =>
		`Chaque question demande à quelle fréquence vous faites quelque chose dans votre travail ou vos études actuels, sur une même échelle à ${word(size)} points dont le milieu porte un nom. À côté de l’échelle, et à part, il y a un choix de plus :`,
	scaleTable: { answer: 'Réponse', value: 'Valeur', notScored: 'non comptée' },
	scalePoints: (max) =>
		`Chaque réponse sur l’échelle donne ensuite des points vers le pôle ${roles.engineer} : la valeur elle-même quand la question décrit une habitude d’ingénieur, et ${n(max)} moins la valeur quand elle décrit une habitude de programmeur. Ainsi, ${always} à une habitude de programmeur donne ${n(0)} point, et ${quoted(scale.labels[0])} en donne ${n(max)}.`,
	notApplicable: (minShare, minDimensions) =>
		`${notApplicable} sert pour une habitude qui n’a pas sa place dans votre travail : un étudiant qui n’a pas encore d’utilisateurs, un freelance sans chef de produit, quelqu’un qui ne code plus. Ce choix ne rapporte aucun point et il est simplement écarté ; ce n’est pas un ${quoted(scale.labels[2])} déguisé, et il ne compte pas dans les réponses identiques en série. Une dimension n’est évaluée que si au moins ${pct(minShare)} de ses questions ont reçu une réponse sur l’échelle, dont au moins une qui décrit l’habitude de chaque rôle, pour que la tendance à acquiescer s’annule toujours. Sinon, le résultat indique « pas assez de réponses » au lieu d’un score. La position globale exige au moins ${word(minDimensions, 'f')} dimensions évaluées ; en dessous, le résultat le signale et propose de revenir aux questions.`,
	keying: `Dans chaque dimension, la moitié des questions décrit une habitude de programmeur et l’autre moitié une habitude d’ingénieur logiciel, et chaque habitude de programmeur est écrite comme la bonne pratique qu’elle est (concentration, savoir-faire, livraison, fidélité à une consigne), jamais comme l’absence d’une pratique d’ingénieur. C’est important, car on a tendance à approuver les affirmations quel que soit leur contenu. Avec des questions équilibrées, cette tendance s’annule au lieu de pousser tout le monde vers un pôle. Conséquence directe, vérifiée par nos tests : donner la même réponse à toutes les questions donne exactement ${n(50)}, au global comme dans chaque dimension.`,
	formulas: {
		dimensionTerm: 'Score d’une dimension',
		dimension: (max) =>
			`${n(100)} × (points de ses questions ayant reçu une réponse sur l’échelle) ÷ (${n(max)} × nombre de ces questions)`,
		dimensionNote: `${n(0)} signifie que toutes les réponses sur l’échelle étaient au pôle ${roles.programmer}, ${n(100)} au pôle ${roles.engineer}. Affiché arrondi à l’entier, les demis vers le haut.`,
		enoughTerm: 'Assez de réponses',
		enough: (minShare) =>
			`Au moins ${pct(minShare)} des questions de la dimension ont reçu une réponse sur l’échelle, dont au moins une orientée vers chaque rôle.`,
		overallTerm: 'Position globale',
		overall: (minDimensions) =>
			`la moyenne des scores non arrondis des dimensions évaluées, donnée quand au moins ${word(minDimensions, 'f')} sont évaluées`,
		overallNote:
			'Arrondie à l’entier, les demis vers le haut, en arithmétique entière exacte. Chaque dimension évaluée pèse autant, quel que soit son nombre de réponses.',
		bandTerm: 'Description la plus proche',
		band: 'Le nom de la portion de l’axe où tombe la position arrondie. Il décrit la position ; ce n’est pas une catégorie à laquelle vous appartenez :',
		bandRow: (band, min, max) => `${band} : de ${n(min)} à ${n(max)}`,
		bandNote: `Les zones sont symétriques autour de ${n(50)}, et la zone centrale est un résultat aussi honnête que les deux extrêmes.`,
		effectTerm: 'Ce qui a fait bouger votre position',
		effect: (max, midpoint) =>
			`${n(100)} × (ses points − ${n(midpoint)}) ÷ (dimensions évaluées × ${n(max)} × réponses sur l’échelle dans sa dimension)`,
		effectNote: (maxEffect) =>
			`L’effet de chaque réponse prise en compte, en points : positif vers ${roles.engineer}, négatif vers ${roles.programmer}. La somme des effets est exactement la position moins ${n(50)}. Quand toutes les questions ont une réponse, une seule réponse déplace la position d’au plus ${maxEffect.replace(/^\+/, '')} ${points(maxEffect)}. Chaque effet est affiché avec une décimale, et une valeur tombant pile à la moitié est arrondie en s’éloignant de zéro, pour que des effets égaux vers l’un ou l’autre rôle se lisent de la même façon.`,
		stepsTerm: 'Distance à une autre description',
		steps: (near) =>
			`Plutôt qu’un intervalle, le résultat donne un chiffre exact : le plus petit nombre de réponses qui, déplacées chacune d’un cran sur l’échelle dans le même sens (par exemple de ${quoted(scale.labels[3])} à ${always}), feraient passer la position dans une autre zone. Les réponses ${notApplicable} restent telles quelles. Comme chaque cran ajoute une quantité fixe à la position, prendre d’abord les crans qui ont le plus d’effet donne le plus petit nombre, et la page le calcule exactement ainsi. Quand la zone voisine la plus proche est à ${word(near)} ${plural_(near, { one: 'cran', other: 'crans' })} ou moins, le résultat la nomme.`,
		clearlyTerm: '« Nettement »',
		clearly: (share) =>
			`Se dit de votre côté global seulement si au moins ${pct(share)} de vos réponses prises en compte devaient chacune bouger d’un cran pour amener la position dans la zone centrale. On ne le dit jamais d’une dimension : sa poignée de réponses ne peut pas porter ce mot.`,
		spreadTerm: 'L’écart, en mots',
		spread: (close, wide) =>
			`La distance entre votre dimension évaluée la plus haute et la plus basse : jusqu’à ${n(close)} points, elles « concordent étroitement » ; à partir de ${n(wide)} points, elles « varient fortement » ; entre les deux, « modérément ». Quand certaines penchent vers un rôle et d’autres vers l’autre, le résultat le signale. Quand toutes ont le même score, il n’y a pas d’écart, et le résultat n’en dit rien.`,
		straightTerm: 'Réponses identiques en série',
		straight: (share) =>
			`Si une même option représente ${pct(share)} ou plus de vos réponses sur l’échelle, le résumé le signale : la position en dit alors plus sur votre façon de répondre que sur vos habitudes. Les réponses ${notApplicable} ne sont pas comptées ici.`,
		explainTerm: 'Comment l’explication est choisie',
		explain: ({ namesPerSide, strongest, lowMax, highMin }) =>
			`Une dimension penche dans le sens de la zone de son score arrondi : côté ${roles.programmer} jusqu’à ${n(lowMax)}, côté ${roles.engineer} à partir de ${n(highMin)}, entre les deux sinon. Le résumé nomme jusqu’à ${word(namesPerSide, 'f')} ${plural_(namesPerSide, { one: 'dimension', other: 'dimensions' })} de chaque côté, la plus marquée d’abord, ainsi que celles qui sont à égalité avec elles. « Ce qui a fait bouger votre position » liste ${strongest === 1 ? 'la réponse' : `les ${word(strongest, 'f')} réponses`} au plus fort effet vers chaque rôle, dans l’ordre des questions en cas d’égalité, et indique combien d’autres l’ont déplacée tout autant. Les pistes vont dans les deux sens : pour une dimension qui penche côté ${roles.programmer}, des habitudes d’ingénieurs logiciels ; pour une dimension qui penche côté ${roles.engineer}, des habitudes de programmeurs (concentration, livraison, savoir-faire) ; la dimension la plus marquée d’abord.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension, 'f')} questions par dimension suffisent pour dire de quel côté penchent vos propres réponses sur cette dimension, et pour montrer lesquelles l’ont fait pencher : c’est pourquoi chaque dimension s’ouvre sur ses réponses.`,
		`Elles ne suffisent pas pour mesurer une dimension avec précision. Faire passer une réponse d’un bout à l’autre de l’échelle déplace sa dimension de ${pct(1 / perDimension)} de l’axe, et l’on ne répond pas tout à fait de la même façon à une question d’un jour à l’autre : refaire le quiz peut donc décaler une dimension de nombreux points, et la position globale au-delà d’une limite de zone. C’est pourquoi le résultat donne le nombre exact de crans jusqu’à la description voisine plutôt qu’un intervalle, et pourquoi aucune dimension n’est dite nette.`,
		'Nous n’avons pas encore de normes : aucune donnée sur la façon dont les développeurs en général répondent. Rien dans le résultat ne vous compare donc à d’autres personnes, et aucun chiffre ici n’est un percentile. Un intervalle autour du score exigerait ce genre de données (la variation des réponses d’une même personne d’une fois à l’autre), et nous n’en tracerons pas tant que de vraies données ne le justifieront pas.',
		`Nous avons gardé ${word(perDimension, 'f')} questions par dimension à dessein. Chaque question doit décrire une habitude distincte, fondée sur un article qui se lit en deux minutes ; davantage, sur ces ${word(dimensions, 'f')} dimensions, aurait posé deux fois la même question.`
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Voici la version ${n(current)} de la banque de questions. Un lien de résultat contient la version et vos réponses, condensées en un code court avec une clé de contrôle de deux caractères, mais jamais les scores : la page recalcule le résultat à chaque ouverture. Depuis la version ${n(notApplicableSince)}, chaque réponse est un chiffre parmi ${word(digits, 'm')} (les ${word(scaleSize, 'f')} réponses de l’échelle et ${notApplicable}). Un lien tronqué ou mal recopié échoue au contrôle et affiche une page « lien endommagé » plutôt que le résultat de quelqu’un d’autre. Toutes les versions déjà servies sont conservées : un lien de la version ${format.list(older.map(n))} affiche toujours son résultat, calculé avec les questions auxquelles on avait répondu, et signale que le quiz a changé depuis.`,
	olderBanks: (version, count) => `Les ${n(count)} questions de la version ${n(version)}`,
	privacy: (days, codesKept) =>
		`Chaque réponse est envoyée à notre serveur avec son étape, car c’est le serveur qui détermine la page suivante ; elle n’y est pas enregistrée. Ce que le quiz garde, il le garde chez vous : un cookie dans votre navigateur contient vos réponses en cours et les codes de vos ${word(codesKept)} derniers résultats terminés (pour que vos propres liens de résultat soient reconnus comme les vôtres), et chaque lien de résultat contient les réponses qu’il affiche. Le cookie dure ${n(days)} jours après votre dernière réponse ; « Recommencer » efface les réponses qu’il contient. Personne d’autre ne voit votre résultat, sauf si vous lui en donnez le lien. Il n’y a ni compte, ni mesure d’audience, ni pistage, ni requête vers un autre site, pas même pour les polices. Les pages de résultat demandent aux navigateurs de ne pas transmettre leur adresse à d’autres sites, car cette adresse contient vos réponses.`,
	limits:
		'C’est un outil de réflexion fondé sur les distinctions d’un seul article, pas un test psychologique validé, ni un verdict d’embauche ou de carrière. Les rôles se recoupent, tout ingénieur logiciel écrit aussi du code, et un résultat « programmeur » n’a rien d’inférieur. Une auto-évaluation décrit la façon dont on voit ses propres habitudes, qui n’est pas toujours la façon dont on travaille.',
	cta: 'Faire le quiz'
};

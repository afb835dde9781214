// French typography puts no-break spaces (U+00A0, U+202F) in template literals too; a test checks them.
/* eslint no-irregular-whitespace: ["error", { "skipTemplates": true }] */
import type { QuizText } from '../quiz-types';
import { SCALE_MAX } from '$lib/quiz/scale';
import kit, { pointsUnit } from './kit';
import { roles, scale } from './quiz-bank';
import { titleGloss } from './quiz-pages';

const { fixed, format, int, pct, plural, quote, word, Word } = kit;

/** The methodology page: every rule, stated from the constants the code uses. */

const notApplicable = quote(scale.notApplicable);
const notApplicableToWork = quote(scale.notApplicableToWork);

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
		scale: `L’axe de réponse et ${notApplicableToWork}`,
		keying: 'Des formulations équilibrées',
		formulas: 'Les formules et les règles de l’explication',
		support: 'Ce que quelques questions par dimension permettent d’affirmer, ou non',
		versions: 'Versions du quiz et liens de partage',
		privacy: 'Confidentialité',
		limits: 'Ce que ce quiz n’est pas'
	},
	source: (title, blog, minutes) =>
		`Le quiz repose sur un seul article, court : ${quote(title)} ${titleGloss}, publié sur le blog ${blog} (${int(minutes)} ${plural(minutes, { one: 'minute', other: 'minutes' })} de lecture). Nous ne le citons pas ; voici ses distinctions reformulées avec nos propres mots, chacune avec le pôle de l’axe qu’elle caractérise.`,
	sourceLink: 'Lire l’article lui-même',
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'les deux rôles' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`Les distinctions sont regroupées en ${word(dimensions, 'f')} dimensions. Chacune est un axe qui va d’une habitude de programmeur (${int(0)}) à une habitude d’ingénieur logiciel (${int(100)}). Il y a ${int(questions)} questions, ${format.list(perDimension.map((count) => word(count, 'f')))} par dimension, chacune sur une habitude que vous pouvez observer dans votre propre travail. Le quiz les mélange, pour que deux questions d’une même dimension ne se suivent jamais. Chaque question indique la distinction dont elle s’inspire, et un test vérifie que celle-ci appartient bien à sa dimension.`,
	dimensionEnds: (programmerEnd, engineerEnd) =>
		`À ${int(0)} : ${programmerEnd}. À ${int(100)} : ${engineerEnd}.`,
	drawnFrom: (titles) => `Distinctions d’origine : ${format.list(titles)}.`,
	table: {
		caption: (dimension) =>
			`Questions de la dimension ${dimension}, avec le pôle vers lequel chacune oriente, et pourquoi`,
		number: 'N°',
		question: 'Question',
		pointsToward: `${quote(scale.statements.b)} oriente vers`,
		statementA: 'Énoncé A',
		statementB: 'Énoncé B',
		distinction: (title) => `Distinction : ${title}`,
		why: 'Pourquoi ce sens'
	},
	pairIntro: (size) =>
		`Chaque question de la version actuelle met côte à côte deux façons de travailler : l’énoncé A et l’énoncé B, l’un tiré du programmeur de l’article, l’autre de son ingénieur logiciel, aussi respectables l’un que l’autre. Vous vous placez entre les deux sur un axe à ${word(size)} points : A, plutôt A, les deux à égalité, plutôt B, ou B. À côté de l’axe, et à part, il y a un choix de plus, ${quote(scale.notApplicableToWork)}, et chaque question précise dans quel cas c’est le bon. Dans la moitié des questions de chaque dimension, la façon de faire du programmeur est l’énoncé A ; dans l’autre moitié, l’énoncé B. Deux relecteurs qui découvraient le quiz et ne savaient rien du calcul du score ont noté à quel point chaque énoncé paraît souhaitable, et aucune paire ne diffère de plus d’un point sur une échelle de cinq.`,
	model: (p) => [
		`Tous les chiffres sur la fiabilité d’un résultat découlent d’un seul modèle, énoncé ici, en attendant que de vraies réponses puissent le remplacer. Il donne aux points de chaque réponse (de ${int(0)} à ${int(SCALE_MAX)}) la même dispersion, un écart type de ${fixed(p.itemSd, 2)} ${pointsUnit(p.itemSd, 2)} ; deux réponses d’une même dimension sont corrélées à ${fixed(p.within, 2)}, deux réponses de dimensions différentes à ${fixed(p.between, 2)}. Ces valeurs sont volontairement modestes, et elles le resteront jusqu’à ce que de vraies réponses montrent le contraire : nous préférons sous-estimer la fiabilité d’un résultat.`,
		`De ces seuls chiffres découlent la fidélité de n’importe quel score (l’α de Cronbach) et son erreur type. Une dimension de la version actuelle, quand toutes ses questions ont une réponse, a un α de ${fixed(p.dimensionReliability, 2)} et une erreur type de ${fixed(p.dimensionError, 1)} ${pointsUnit(p.dimensionError, 1)} ; la position globale, quand toutes les questions ont une réponse, a un α de ${fixed(p.overallReliability, 2)} et une erreur type de ${fixed(p.overallError, 1)} ${pointsUnit(p.overallError, 1)}. Les deux sont recalculés d’après les réponses que vous avez réellement données : des réponses ${quote(scale.notApplicableToWork)} les rendent donc un peu moins sûrs.`,
		`Une dimension n’est présentée à part entière que si elle compte au moins ${word(p.minQuestions, 'f')} questions et atteint, selon le modèle, une fidélité d’au moins ${fixed(p.minReliability, 2)}. Deux dimensions ne sont dites différentes que si leur écart dépasse ce que l’erreur du modèle permet (environ ${int(Math.round(p.dimensionGap))} points pour deux dimensions complètes) ; sinon, le résultat les dit semblables.`,
		'Un test unitaire tire du même modèle des milliers de personnes simulées et vérifie que leurs réponses présentent bien ces corrélations, ces fidélités et ces taux de description identique quand on refait le quiz.'
	],
	scaleTable: { answer: 'Réponse', value: 'Valeur', notScored: 'non comptée' },
	scalePoints: (max) =>
		`Chaque réponse donne ensuite des points vers le pôle ${roles.engineer} : la valeur elle-même quand l’énoncé B est la façon de faire de l’ingénieur logiciel, et ${int(max)} moins la valeur quand B est celle du programmeur. Ainsi, choisir sans réserve l’énoncé du programmeur donne ${int(0)} point, ${quote(scale.positions[2])} en donne ${int(max / 2)}, et choisir sans réserve celui de l’ingénieur logiciel en donne ${int(max)}.`,
	notApplicable: (minShare, minDimensions) =>
		`${notApplicableToWork} sert pour une question dont le sujet n’a pas sa place dans votre travail, et chaque question précise dans quel cas : un étudiant qui n’a pas encore d’utilisateurs, quelqu’un qui travaille toujours seul. Ce choix ne rapporte aucun point et il est simplement écarté ; ce n’est pas un ${quote(scale.positions[2])} déguisé, et il ne compte pas dans les réponses identiques en série. Une dimension n’est évaluée que si au moins ${pct(minShare)} de ses questions ont reçu une réponse sur l’axe, l’énoncé du programmeur y étant au moins une fois l’énoncé A et au moins une fois l’énoncé B, pour que l’habitude de choisir toujours le même côté s’annule encore. Sinon, le résultat indique « pas assez de réponses » au lieu d’un score. La position globale exige au moins ${word(minDimensions, 'f')} dimensions évaluées ; en dessous, le résultat le signale et propose de revenir aux questions.`,
	keying: `Dans chaque dimension, la façon de faire du programmeur est l’énoncé A dans la moitié des questions et l’énoncé B dans l’autre moitié, et les deux énoncés sont rédigés pour ce qu’ils sont : des façons de travailler respectables. C’est important, car on a tendance à privilégier un côté de la page, ou le premier énoncé lu. Avec des questions équilibrées, cette tendance s’annule au lieu de pousser tout le monde vers un pôle. Conséquence directe, vérifiée par nos tests : la même position à toutes les questions (toujours A, toujours au milieu, toujours B) donne exactement ${int(50)}, au global comme dans chaque dimension.`,
	formulas: {
		dimensionTerm: 'Score d’une dimension',
		dimension: (max) =>
			`${int(100)} × (points de ses questions ayant reçu une réponse sur l’échelle) ÷ (${int(max)} × nombre de ces questions)`,
		dimensionNote: `${int(0)} signifie que toutes les réponses sur l’échelle étaient au pôle ${roles.programmer}, ${int(100)} au pôle ${roles.engineer}. Affiché arrondi à l’entier, les demis vers le haut.`,
		enoughTerm: 'Assez de réponses',
		enough: (minShare) =>
			`Au moins ${pct(minShare)} des questions de la dimension ont reçu une réponse sur l’échelle, dont au moins une orientée vers chaque rôle.`,
		overallTerm: 'Position globale',
		overall: (minDimensions, max) =>
			`${int(100)} × (points de toutes les réponses prises en compte) ÷ (${int(max)} × réponses prises en compte), donnée quand au moins ${word(minDimensions, 'f')} dimensions sont évaluées ; les réponses prises en compte sont les réponses sur l’échelle des dimensions évaluées`,
		overallNote:
			'Arrondie à l’entier, les demis vers le haut, en arithmétique entière exacte. Chaque réponse prise en compte pèse autant, où qu’elle se trouve.',
		bandTerm: 'Description la plus proche',
		band: 'Le nom de la portion de l’axe où tombe la position arrondie. Il décrit la position ; ce n’est pas une catégorie à laquelle vous appartenez :',
		bandRow: (band, min, max) => `${band} : de ${int(min)} à ${int(max)}`,
		bandNote: `Les zones sont symétriques autour de ${int(50)}, et la zone centrale est un résultat aussi honnête que les deux extrêmes.`,
		effectTerm: 'Ce qui a fait bouger votre position',
		effect: (max, midpoint) =>
			`${int(100)} × (ses points − ${int(midpoint)}) ÷ (${int(max)} × réponses prises en compte)`,
		effectNote: (maxEffect) =>
			`L’effet de chaque réponse prise en compte, en points : positif vers ${roles.engineer}, négatif vers ${roles.programmer}. La somme des effets est exactement la position moins ${int(50)}. Quand toutes les questions ont une réponse, une seule réponse déplace la position d’au plus ${format.decimal(maxEffect)} ${pointsUnit(maxEffect)}. Chaque effet est affiché avec une décimale, et une valeur tombant pile à la moitié est arrondie en s’éloignant de zéro, pour que des effets égaux vers l’un ou l’autre rôle se lisent de la même façon.`,
		stepsTerm: 'Distance à une autre description',
		steps: (near) =>
			`Plutôt qu’un intervalle, le résultat donne un chiffre exact : le plus petit nombre de réponses qui, déplacées chacune d’un cran sur l’échelle dans le même sens (par exemple de ${quote(scale.positions[3])} à ${quote(scale.positions[4])}), feraient passer la position dans une autre zone. Les réponses indiquant qu’une question ne s’applique pas restent telles quelles. Chaque cran ajoute la même quantité à la position, si bien que ce nombre est exact. Quand la zone voisine la plus proche est à ${word(near)} ${plural(near, { one: 'cran', other: 'crans' })} ou moins, le résultat la nomme.`,
		retakeTerm: 'La même description en refaisant le quiz',
		retake:
			'Selon le modèle, quand une personne ayant votre position refait le quiz, sa nouvelle position tombe près de la vôtre, un peu attirée vers le milieu par la fidélité du score, et dispersée selon son erreur type. La page indique combien de fois sur dix ce nouveau passage donnerait la même description, en arrondissant, et, le cas échéant, qu’il suffirait de déplacer une seule réponse pour changer la description.',
		differTerm: 'Semblables ou différentes',
		differ: (z) =>
			`Deux scores ne sont dits différents que si leur écart dépasse ${fixed(z, 2)} erreurs types de cet écart (le seuil habituel de ${pct(0.95)}), calculées d’après les réponses sur lesquelles chacun repose ; sinon, ils sont semblables. Le résumé compare ainsi votre dimension présentée la plus haute et la plus basse ; la page de comparaison compare ainsi des personnes.`,
		straightTerm: 'Réponses identiques en série',
		straight: (share) =>
			`Si une même option représente ${pct(share)} ou plus de vos réponses sur l’échelle, le résumé le signale : la position en dit alors plus sur votre façon de répondre que sur vos habitudes. Les réponses ${notApplicableToWork} ne sont pas comptées ici.`,
		explainTerm: 'Comment l’explication est choisie',
		explain: ({ strongest, lowMax, highMin }) =>
			`Une dimension penche dans le sens de la zone de son score arrondi : côté ${roles.programmer} jusqu’à ${int(lowMax)}, côté ${roles.engineer} à partir de ${int(highMin)}, entre les deux sinon. « Ce qui a fait bouger votre position » liste ${strongest === 1 ? 'la réponse' : `les ${word(strongest, 'f')} réponses`} au plus fort effet vers chaque rôle, dans l’ordre des questions en cas d’égalité, et indique combien d’autres l’ont déplacée tout autant. Les pistes vont dans les deux sens et viennent des questions elles-mêmes : pour une dimension qui penche côté ${roles.programmer}, les énoncés d’ingénieur logiciel dont vos réponses se sont éloignées ; pour une dimension qui penche côté ${roles.engineer}, les énoncés de programmeur ; la dimension la plus marquée d’abord. Ainsi, aucune piste ne décrit jamais une façon de travailler qui oriente vers le pôle opposé.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension, 'f')} questions par dimension, sur ${word(dimensions, 'f')} dimensions : c’est ce qu’il faut au modèle pour qu’une dimension soit assez fiable pour être présentée. Avec moins, refaire le quiz pourrait changer l’essentiel de ce que le résultat dit d’une dimension.`,
		'Elles ne mesurent encore une façon de travailler que de manière approximative. Refaire le quiz peut déplacer une dimension de plusieurs points, et la position globale au-delà d’une limite de zone : c’est pourquoi le résultat indique combien de fois un nouveau passage donne la même description, signale une description qu’une seule réponse pourrait changer, et ne dit deux dimensions différentes que si leur écart dépasse l’erreur du modèle.',
		'Nous n’avons pas encore de normes : aucune donnée sur la façon dont les développeurs en général répondent. Rien dans le résultat ne vous compare donc à d’autres personnes, et aucun chiffre ici n’est un percentile.'
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Voici la version ${int(current)} de la banque de questions. Un lien de résultat contient la version et vos réponses, condensées en un code court avec une clé de contrôle de deux caractères, mais jamais les scores : la page recalcule le résultat à chaque ouverture. Depuis la version ${int(notApplicableSince)}, chaque réponse est un chiffre parmi ${word(digits, 'm')} (les ${word(scaleSize, 'f')} réponses de l’échelle et ${notApplicable}). Un lien tronqué ou mal recopié échoue au contrôle et affiche une page « lien endommagé » plutôt que le résultat de quelqu’un d’autre. Toutes les versions déjà servies sont conservées : un lien de la version ${format.list(older.map(int))} affiche toujours son résultat, calculé avec les questions auxquelles on avait répondu, et signale que le quiz a changé depuis.`,
	olderBanks: (version, count) => `Les ${int(count)} questions de la version ${int(version)}`,
	privacy: (days) =>
		`Chaque réponse est envoyée à notre serveur avec son étape, car c’est le serveur qui détermine la page suivante ; elle n’y est pas enregistrée. Ce que le quiz garde, il le garde chez vous : un cookie dans votre navigateur contient vos réponses en cours, et chaque lien de résultat contient les réponses qu’il affiche. Le cookie dure ${int(days)} jours après votre dernière réponse ; « Recommencer » efface les réponses qu’il contient. Personne d’autre ne voit votre résultat, sauf si vous lui en donnez le lien. Il n’y a ni compte, ni mesure d’audience, ni pistage, ni requête vers un autre site, pas même pour les polices. Les pages de résultat demandent aux navigateurs de ne pas transmettre leur adresse à d’autres sites, car cette adresse contient vos réponses.`,
	limits:
		'C’est un outil de réflexion fondé sur les distinctions d’un seul article, pas un test psychologique validé, ni un verdict d’embauche ou de carrière. Les rôles se recoupent, tout ingénieur logiciel écrit aussi du code, et un résultat « programmeur » n’a rien d’inférieur. Une auto-évaluation décrit la façon dont on voit ses propres habitudes, qui n’est pas toujours la façon dont on travaille.',
	cta: 'Faire le quiz'
};

// French typography puts no-break spaces (U+00A0, U+202F) in template literals too; a test checks them.
/* eslint no-irregular-whitespace: ["error", { "skipTemplates": true }] */
import type { BandId } from '$lib/quiz/scoring';
import type { QuizText } from '../quiz-types';
import kit, { pointsUnit, questions } from './kit';
import { roles } from './quiz-bank';
import { site } from './site';

const { format, int, plural, quote, word, Word } = kit;

/** The result page. Each sentence appears once on it. */

const SITE = site.name;

const answers = (count: number) => plural(count, { one: 'réponse', other: 'réponses' });
/** “sur la dimension Méthode”, “sur les dimensions Périmètre et Méthode”. */
function onDimensions(names: readonly string[]): string {
	const article = names.length === 1 ? 'la dimension' : 'les dimensions';
	return `sur ${article} ${format.list(names)}`;
}

/** Where the answers sit, as a verb phrase: “penchent côté ingénieur logiciel”. */
function position(band: BandId): string {
	switch (band) {
		case 'both':
			return 'se situent dans la zone centrale';
		case 'leaning-engineer':
			return `penchent côté ${roles.engineer}`;
		case 'leaning-programmer':
			return `penchent côté ${roles.programmer}`;
		case 'engineer':
			return `se situent au pôle ${roles.engineer}`;
		case 'programmer':
			return `se situent au pôle ${roles.programmer}`;
	}
}

export const result: QuizText['result'] = {
	title: (band, score) =>
		band === null || score === null
			? `Pas assez de réponses pour un résultat · ${SITE}`
			: `${band} : ${int(score)} sur ${int(100)} · ${SITE}`,
	kicker: { own: 'Votre résultat', shared: 'Un résultat partagé' },
	printSuffix: `dans ${quote(SITE)}`,
	headline: (band) => `Description la plus proche : ${band}`,
	headlineNotEnough: 'Pas assez de réponses pour une position globale',
	sharedNotice:
		'Quelqu’un a partagé ces réponses avec vous ; le texte s’adresse à la personne qui les a données.',
	olderVersion: (version) =>
		`Résultat obtenu avec la version ${int(version)} du quiz, dont les questions ont changé depuis ; il est affiché avec les questions auxquelles on avait alors répondu.`,
	takeCurrent: 'Faire la version actuelle',
	position: {
		label: `Position entre ${roles.programmer} (${int(0)}) et ${roles.engineer} (${int(100)})`,
		value: (score) => `${int(score)} sur ${int(100)}`
	},
	summary: (s) => {
		const at = `À ${int(s.score)} sur ${int(100)}, vos réponses ${position(s.band)}`;
		switch (s.kind) {
			case 'differ':
				return `${at}. Elles penchent davantage côté ${roles.engineer} ${onDimensions(s.higher)} que ${onDimensions(s.lower)} : un écart plus grand que ce que le simple fait de refaire le quiz devrait produire.`;
			case 'alike':
				return `${at}. Vos dimensions se ressemblent : les écarts entre elles restent dans les limites de ce qu’un nouveau passage du quiz pourrait changer.`;
			case 'overall-only':
				return `${at}.`;
			case 'straight-lined': {
				const l = s.straightLining!;
				return `${at}, mais ${l.count === l.of ? `vos ${int(l.of)} ${answers(l.of)}` : `${int(l.count)} de vos ${int(l.of)} ${answers(l.of)}`} sont ${quote(l.answer)} : cela en dit plus sur votre façon de répondre que sur votre façon de travailler.`;
			}
			case 'not-enough':
				return '';
		}
	},
	notEnough: (scored, total, needed) => {
		const need = `une position globale en demande au moins ${word(needed, 'f')}`;
		if (scored === 0)
			return `Aucune de vos ${word(total, 'f')} dimensions n’a assez de réponses pour être évaluée, et ${need}.`;
		if (scored === 1)
			return `Une seule de vos ${word(total, 'f')} dimensions a assez de réponses pour être évaluée, et ${need}.`;
		return `Seules ${word(scored, 'f')} de vos ${word(total, 'f')} dimensions ont assez de réponses pour être évaluées, et ${need}.`;
	},
	revisit: 'Revenir aux questions',
	closeness: {
		near: (steps, toward, band) =>
			steps === 1
				? `Une seule réponse déplacée d’un cran côté ${toward} ferait passer la description la plus proche à ${quote(band)}.`
				: `${Word(steps, 'f')} réponses, chacune déplacée d’un cran côté ${toward}, feraient passer la description la plus proche à ${quote(band)}.`,
		nearBoth: (steps, towardEngineer, towardProgrammer) => {
			const moved =
				steps === 1
					? 'Une seule réponse déplacée d’un cran changerait'
					: `${Word(steps, 'f')} réponses, chacune déplacée d’un cran, changeraient`;
			return `${moved} la description la plus proche : côté ${roles.engineer}, elle deviendrait ${quote(towardEngineer)} ; côté ${roles.programmer}, ${quote(towardProgrammer)}.`;
		},
		oneAnswer:
			'Une seule réponse, déplacée assez loin sur son axe, pourrait changer cette description.'
	},
	changedAnswer: ({ before, after, bandBefore, bandAfter }) => {
		const figures =
			before === null || after === null
				? ''
				: before === after
					? ` La position globale reste à ${int(after)}.`
					: ` Position globale : ${int(before)} → ${int(after)}.`;
		const bands =
			bandBefore !== null && bandAfter !== null && bandBefore !== bandAfter
				? ` Description la plus proche : ${quote(bandBefore)} → ${quote(bandAfter)}.`
				: '';
		return `Votre réponse modifiée est enregistrée.${figures}${bands}`;
	},
	retake: (inTen, band) =>
		`Selon le modèle décrit sur la page de méthodologie, les personnes qui répondent comme vous obtiennent de nouveau ${quote(band)} environ ${int(inTen)} fois sur ${int(10)} en refaisant le quiz.`,
	roughDimensions: (perDimension) =>
		`Cette version ne comptait que ${word(perDimension, 'f')} questions par dimension : trop peu pour un score fiable de chacune. Prenez les dimensions ci-dessous comme des indications approximatives.`,
	answered: (answered, skipped, total) => {
		if (skipped === 0) return `Vous avez répondu sur l’échelle aux ${int(total)} questions.`;
		const head = `Vous avez répondu sur l’échelle à ${int(answered)} ${questions(answered)} sur ${int(total)}`;
		return skipped === 1
			? `${head} et indiqué qu’une question ne vous concernait pas ; elle n’est pas prise en compte.`
			: `${head} et indiqué que ${int(skipped)} ne vous concernaient pas ; elles ne sont pas prises en compte.`;
	},
	chart: {
		caption: `Position de chaque dimension, de ${roles.programmer} (à gauche) à ${roles.engineer} (à droite)`,
		notEnough: 'pas assez de réponses'
	},
	dimensionsHeading: 'Vos dimensions',
	dimensionLine: (name, score, lean) =>
		score === null || lean === null
			? `${name} : pas assez de réponses`
			: `${name} : ${int(score)}, ${lean}`,
	leanWords: {
		programmer: `plutôt ${roles.programmer}`,
		engineer: `plutôt ${roles.engineer}`,
		balanced: 'entre les deux'
	},
	notEnoughInDimension: (answered, needed, total) => {
		const need = `il en faut au moins ${word(needed, 'f')}`;
		if (answered === 0)
			return `Non évaluée : aucune de ses ${word(total, 'f')} questions n’a reçu de réponse sur l’échelle, et ${need}.`;
		const verb = answered === 1 ? 'a reçu' : 'ont reçu';
		return `Non évaluée : ${word(answered, 'f')} de ses ${word(total, 'f')} questions seulement ${verb} une réponse sur l’échelle, et ${need}.`;
	},
	missingSide: (role) =>
		`Non évaluée : aucune des questions auxquelles vous avez répondu ici ne décrit une habitude ${/^[aeiouyéèêh]/i.test(role) ? 'd’' : 'de '}${role}, donc la tendance à acquiescer ne pouvait pas se compenser.`,
	whatItMeasures: 'Ce qu’elle mesure',
	inTheArticle: 'Dans l’article',
	yourAnswers: 'Vos réponses, les plus influentes d’abord',
	youAnswered: (answer) => `Votre réponse : ${answer}`,
	effect: (points) => `${format.effect(points)} ${pointsUnit(points)}`,
	notCounted: 'non comptée',
	change: 'Modifier',
	changeLabel: (step) => `Modifier votre réponse à la question ${int(step)}`,
	movedHeading: 'Ce qui a fait bouger votre position',
	movedIntro: `Chaque réponse prise en compte éloigne un peu votre position de ${int(50)}, en points sur l’axe de ${int(0)} à ${int(100)}. Voici celles qui l’ont le plus déplacée.`,
	toward: { engineer: `Côté ${roles.engineer}`, programmer: `Côté ${roles.programmer}` },
	noneToward: 'Aucune réponse n’a poussé dans ce sens.',
	tiedBeyond: (count, points) =>
		count === 1
			? `Une autre réponse l’a déplacée d’autant (${format.effect(points)} ${pointsUnit(points)}) ; chaque dimension liste les siennes.`
			: `${Word(count, 'f')} autres réponses l’ont déplacée d’autant (${format.effect(points)} ${pointsUnit(points)}) ; chaque dimension liste les siennes.`,
	nextHeading: 'Pistes à essayer, dans les deux sens',
	nextIntro: {
		engineer: (role) =>
			`Là où vous penchez côté ${role}, des habitudes sur lesquelles comptent les ingénieurs logiciels, à essayer :`,
		programmer: (role) =>
			`Là où vous penchez côté ${role}, des habitudes de concentration, de livraison et de savoir-faire chères aux programmeurs, à adopter :`
	},
	nextNone:
		'Aucune de vos dimensions ne penche d’un côté ou de l’autre : pas d’habitude à suggérer, vous puisez déjà dans les deux rôles.',
	nextScore: (score) => `(${int(score)})`,
	caveatsHeading: 'À lire avec recul',
	caveats: {
		'roles-overlap': () =>
			'Les deux rôles se recoupent largement : tout ingénieur logiciel écrit aussi du code, et les bons programmeurs pensent au projet dans son ensemble.',
		'not-a-verdict': () =>
			'Aucun pôle ne vaut mieux que l’autre, et un résultat « programmeur » n’a rien d’inférieur. C’est un outil de réflexion fondé sur un seul article, pas un verdict d’embauche, de carrière ou de compétence.',
		'self-report': () =>
			'Le résultat décrit la façon dont vous voyez vos habitudes aujourd’hui, qui n’est pas toujours votre façon réelle de travailler.',
		'few-questions': (p) =>
			`Chaque dimension repose sur ${word(p.questionsPerDimension, 'f')} ${questions(p.questionsPerDimension)}, si bien que refaire le quiz peut la déplacer de plusieurs points : lisez le score de chaque dimension comme une estimation, pas comme une mesure. Il n’existe pas encore de normes, donc rien ici ne vous compare à d’autres personnes.`,
		'many-skipped': (p) =>
			`Vous avez indiqué ${p.skipped === 1 ? 'qu’une question' : `que ${int(p.skipped)} questions`} sur ${int(p.total)} ne vous ${p.skipped === 1 ? 'concernait' : 'concernaient'} pas : votre position repose donc sur moins de réponses.`,
		'dimensions-without-enough': (p) =>
			p.scored === 1
				? 'Votre position globale laisse de côté les dimensions sans assez de réponses : elle repose sur les réponses de la seule qui en a assez.'
				: `Votre position globale laisse de côté les dimensions sans assez de réponses : elle repose sur les réponses des ${word(p.scored, 'f')} qui en ont assez.`
	},
	shareHeading: 'Partager ou garder votre résultat',
	shareExplain:
		'Ce lien contient vos réponses, pas votre nom. Toute personne qui l’ouvre voit ce résultat, recalculé à partir des réponses.',
	shareTitle: (band) => (band === null ? 'Mes réponses au quiz' : `Mon résultat : ${band}`),
	buttons: {
		copy: 'Copier le lien',
		share: 'Partager…',
		print: 'Imprimer ou exporter en PDF',
		copied: 'Lien copié.',
		copyBlocked:
			'Le navigateur a bloqué la copie. Sélectionnez le lien ci-dessus et copiez-le vous-même.'
	},
	meta: {
		headline: (band, score) =>
			band === null || score === null
				? 'Mes réponses au quiz'
				: `Mon résultat : ${band} (${int(score)} sur ${int(100)})`,
		description: (band, score) =>
			band === null || score === null
				? `Réponses à un quiz sur les habitudes de travail, entre ${roles.programmer} et ${roles.engineer}. Faites le quiz et voyez où vous vous situez.`
				: `Description la plus proche : ${band}, à ${int(score)} sur un axe allant de ${roles.programmer} (${int(0)}) à ${roles.engineer} (${int(100)}), avec les raisons. Faites le quiz et voyez où vous vous situez.`,
		imageAlt: (band) =>
			`${SITE} ${band === null ? '' : `Description la plus proche : ${band}`}`.trim()
	},
	takeAgain: 'Refaire le quiz',
	takeYourself: 'Faire le quiz vous-même',
	methodLink: 'Comment le score est calculé'
};

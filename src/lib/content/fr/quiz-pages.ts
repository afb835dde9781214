// French typography puts no-break spaces (U+00A0, U+202F) in template literals too; a test checks them.
/* eslint no-irregular-whitespace: ["error", { "skipTemplates": true }] */
import type { QuizText } from '../quiz-types';
import kit, { questions } from './kit';
import { scale } from './quiz-bank';

const { int, plural, quote, word } = kit;

/** The landing page, the question steps and the messages about broken links. */

/** The article's English title is kept; French readers get its meaning beside it, as in site.ts. */
export const titleGloss =
	'(en français, « Quelles différences entre un ingénieur logiciel et un programmeur ? »)';

const notApplicable = quote(scale.notApplicable);
const notApplicableToWork = quote(scale.notApplicableToWork);

export const landing: QuizText['landing'] = {
	title: 'Programmeur ou ingénieur logiciel ? Une auto-évaluation courte et honnête',
	description: (count) =>
		`Répondez à ${int(count)} ${questions(count)} sur votre façon de travailler et découvrez où vous vous situez entre programmeur et ingénieur logiciel, et pourquoi. Rien n’est enregistré sur le serveur.`,
	heading: 'Programmeur ou ingénieur logiciel ?',
	lead: (count) =>
		`Répondez à ${int(count)} ${questions(count)} courtes sur votre façon réelle de travailler. Vous verrez où vos habitudes vous placent entre programmeur et ingénieur logiciel, et pourquoi.`,
	resumeHeading: 'Vous revoilà',
	inProgress: (answered, total) =>
		`Vous avez répondu à ${int(answered)} ${questions(answered)} sur ${int(total)}. Reprenez là où vous en étiez, ou recommencez depuis la première question.`,
	continueFrom: (step) => `Reprendre à la question ${int(step)}`,
	startOver: (answered) =>
		`Recommencer et effacer ${int(answered)} ${plural(answered, { one: 'réponse', other: 'réponses' })}`,
	finishedBefore: 'Vous avez déjà terminé le quiz sur cet appareil.',
	seeLastResult: 'Voir votre dernier résultat',
	takeAgain: 'Refaire le quiz',
	facts: {
		length: (count, minutes) =>
			`${int(count)} ${questions(count)}, environ ${int(minutes)} ${plural(minutes, { one: 'minute', other: 'minutes' })}. Une question par page ; vous pouvez revenir en arrière et changer n’importe quelle réponse, ou indiquer qu’une question ne vous concerne pas.`,
		private:
			'Confidentiel. Chaque réponse est envoyée à notre serveur uniquement pour afficher l’étape suivante, et conservée dans un cookie de votre navigateur et dans votre lien de résultat. Rien n’est enregistré sur le serveur, sauf si vous choisissez de confier vos réponses à la recherche, et il n’y a aucun pistage.',
		anywhere:
			'Fonctionne partout, avec ou sans JavaScript, au clavier, avec un lecteur d’écran ou sur écran tactile.'
	},
	measuresHeading: 'Ce que le quiz mesure',
	measures: (title, blog) =>
		`Le quiz suit les distinctions de l’article ${quote(title)} ${titleGloss}, paru sur le blog ${blog}. Un programmeur transforme des consignes en code qui marche, souvent en se spécialisant sur une partie du projet. Un ingénieur logiciel applique des principes d’ingénierie : il étudie d’abord l’environnement, échange avec les personnes à qui le logiciel est destiné et conçoit le système entier pour qu’il fonctionne de façon fiable en conditions réelles. Les deux rôles se recoupent largement et tout ingénieur écrit aussi du code : le résultat est donc une position sur un axe, pas un verdict.`,
	dimensionsIntro: (count) => `Vos réponses sont placées sur ${word(count, 'f')} dimensions :`,
	closing:
		'Aucun des deux pôles ne vaut mieux que l’autre. Le résultat est un miroir pour réfléchir, pas un verdict d’embauche ou de carrière.',
	methodLink: 'Voir en détail comment le score est calculé'
};

export const step: QuizText['step'] = {
	title: (current, total, hasError) =>
		`${hasError ? 'Erreur : ' : ''}Question ${int(current)} sur ${int(total)} · Programmeur ou ingénieur logiciel ?`,
	description: (current, total) =>
		`Question ${int(current)} sur ${int(total)} d’un quiz court et confidentiel sur vos habitudes de travail : êtes-vous plutôt programmeur ou ingénieur logiciel ?`,
	progress: (current, total) => `Question ${int(current)} sur ${int(total)}`,
	hint: `À quelle fréquence, dans votre travail ou vos études actuels ? ${notApplicable} ne compte pas dans le score.`,
	back: 'Précédent',
	returnWithoutChange: 'Retour au résultat',
	changingNotice:
		'Vous modifiez une réponse. Dès que vous en choisissez une, vous revenez à votre résultat, recalculé.',
	shortcut: (size) => `Astuce : appuyez sur une touche de ${int(1)} à ${int(size)} pour répondre.`,
	pairQuestion: 'Qu’est-ce qui se rapproche le plus de votre façon de travailler ?',
	pairHint:
		'Pensez à votre travail ou à vos études actuels, ou à la dernière fois que vous avez écrit du code. Aucune des deux réponses n’est meilleure que l’autre : d’excellents professionnels travaillent de l’une comme de l’autre façon.',
	notApplicableWhen: (condition) =>
		`Uniquement si : ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`,
	errors: {
		'missing-answer': (size) =>
			`Choisissez l’une des ${word(size, 'f')} réponses, ou ${notApplicableToWork}, pour continuer.`,
		'invalid-answer': (size) =>
			`Cette réponse ne fait pas partie des choix proposés. Choisissez l’une des ${word(size, 'f')} réponses, ou ${notApplicableToWork}.`,
		'wrong-question': () =>
			'Cette page n’était plus à jour, donc rien n’a été enregistré. Choisissez de nouveau votre réponse à cette question.',
		'unexpected-field': () =>
			'Le formulaire contenait des champs qu’il ne devrait pas avoir, donc rien n’a été enregistré. Choisissez de nouveau votre réponse.'
	},
	unsaved:
		'Vos dernières réponses n’ont pas encore pu être enregistrées. Vérifiez votre connexion : elles sont renvoyées avec votre prochaine réponse et conservées tant que cette page reste ouverte.',
	skippedAhead:
		'Cette question n’a pas encore de réponse. Répondez-y pour continuer ; vos autres réponses sont conservées.'
};

export const links: QuizText['links'] = {
	noSuchQuestion: 'Cette question n’existe pas.',
	damaged:
		'Ce lien de résultat est endommagé ou incomplet : il ne peut afficher aucun résultat. Il a peut-être été tronqué lors du copier-coller.'
};

import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { SCALE_MAX, SCALE_VALUES } from '$lib/quiz/scale';
import { LOCALES } from '$lib/i18n/locales';
import kit from './kit';
import type { ResearchText } from '../research-types';

const { either, fixed, fixedMinus, int, list, pct, plural } = kit;

export const research: ResearchText = {
	consent: {
		summary: 'Ajouter mes réponses, anonymement, aux données de recherche ouvertes',
		intro:
			'Rien n’est envoyé tant que vous n’appuyez pas sur le bouton ci-dessous. Si vous le faites, vos réponses aux questions, la version du quiz, la langue de cette page et le mois en cours rejoignent un jeu de données public que chacun peut télécharger pour vérifier nos chiffres. Ni votre nom, ni votre adresse, ni votre navigateur, ni ce lien. Vous recevez un lien privé pour les retirer quand vous le voulez.',
		optional:
			'Facultatif\u202f; chaque question peut rester sur «\u00a0Je préfère ne pas répondre\u00a0»\u00a0:',
		labels: {
			role: 'Comment décririez-vous votre poste\u202f?',
			years: 'Depuis combien d’années écrivez-vous du code\u202f?',
			organisation: 'Combien de personnes travaillent dans votre organisation\u202f?',
			contact:
				'À quelle fréquence êtes-vous en contact avec les clients ou les utilisateurs de ce que vous construisez\u202f?'
		},
		noAnswer: 'Je préfère ne pas répondre',
		roles: {
			student: 'Étudiant ou étudiante',
			programmer: 'Programmeur ou développeur',
			'software-engineer': 'Ingénieur logiciel',
			'architect-or-lead': 'Architecte ou responsable technique',
			operations: 'Exploitation ou SRE',
			data: 'Données (analyse, data science, data engineering)',
			other: 'Autre chose'
		},
		codingYears: {
			'under-1': 'Moins d’un an',
			'1-2': '1 à 2 ans',
			'3-5': '3 à 5 ans',
			'6-10': '6 à 10 ans',
			'11-20': '11 à 20 ans',
			'over-20': 'Plus de 20 ans'
		},
		organisation: {
			'1': 'Moi seul',
			'2-10': '2 à 10',
			'11-50': '11 à 50',
			'51-250': '51 à 250',
			'251-1000': '251 à 1 000',
			'over-1000': 'Plus de 1 000'
		},
		contact: {
			never: 'Jamais',
			yearly: 'Quelques fois par an',
			monthly: 'Tous les mois',
			weekly: 'Toutes les semaines'
		},
		submit: 'Ajouter mes réponses',
		more: 'À propos des données de recherche'
	},
	joined: {
		title: 'Merci\u00a0: vos réponses font désormais partie des données de recherche',
		added:
			'Elles sont enregistrées anonymement, avec la version du quiz, la langue et le mois, et apparaîtront dans les données ouvertes et les statistiques.',
		keepLink:
			'Pour retirer vos réponses, ouvrez ce lien et confirmez. Il n’est affiché que cette fois-ci et nous n’en gardons aucune copie\u00a0: ajoutez-le à vos favoris ou enregistrez-le quelque part dès maintenant.',
		duplicate:
			'Ces réponses avaient déjà été ajoutées depuis ce navigateur\u202f; elles n’ont donc pas été ajoutées une seconde fois. Votre lien de suppression précédent reste valable.',
		backToResult: 'Revenir à votre résultat'
	},
	refused: {
		'bad-form':
			'Ce formulaire n’a pas pu être lu, rien n’a donc été enregistré. Renvoyez-le depuis votre page de résultat.',
		'bad-code':
			'Ce code de résultat est illisible, rien n’a donc été enregistré. Envoyez le formulaire depuis votre page de résultat.',
		'too-many':
			'Trop de résultats ont été ajoutés depuis votre connexion au cours de la dernière heure\u202f; celui-ci n’a pas été enregistré. Réessayez plus tard.',
		'too-large': 'C’était bien plus que ce qu’envoie le formulaire\u202f; rien n’a été enregistré.',
		unavailable:
			'La base de données de recherche est injoignable pour le moment\u202f; rien n’a été enregistré. Réessayez dans quelques minutes.'
	},
	deletion: {
		title: 'Retirer vos réponses',
		confirm:
			'Vous supprimez ainsi définitivement les réponses que vous avez ajoutées aux données de recherche. Elles disparaissent aussitôt des données ouvertes et des statistiques.',
		button: 'Supprimer mes réponses',
		deleted: 'Supprimé. Vos réponses ne figurent plus dans les données de recherche.',
		gone: 'Ce lien ne correspond à aucune réponse\u00a0: elles ont déjà été supprimées, ou le lien est incomplet.'
	},
	page: {
		title: 'Données de recherche ouvertes',
		description:
			'Des réponses anonymes que des personnes ont choisi de partager, librement téléchargeables, et la fiabilité et les normes calculées en continu à partir d’elles.',
		intro:
			'Le quiz lui-même n’enregistre rien. Qui le souhaite peut ajouter ses réponses, anonymement, depuis sa page de résultat, et les retirer avec un lien privé. Tout le monde peut télécharger ces réponses et vérifier chaque chiffre ci-dessous. Les envois terminés trop vite pour que les questions aient été lues, ou donnant presque partout la même réponse, sont conservés mais signalés et exclus de tous les chiffres. Chaque chiffre n’apparaît qu’une fois qu’il y a assez de personnes pour qu’il veuille dire quelque chose.',
		counts: (n, flagged) =>
			`${int(n)} ${n < 2 ? 'personne a partagé ses' : 'personnes ont partagé leurs'} réponses aux questions actuelles\u202f; ${int(flagged)} ${flagged < 2 ? 'envoi a été signalé et exclu' : 'envois ont été signalés et exclus'}.`,
		downloads: 'Télécharger',
		csv: 'Toutes les réponses (CSV)',
		json: 'Les statistiques (JSON)',
		licence:
			'Les données sont versées au domaine public (CC0 1.0)\u00a0: utilisez-les pour ce que vous voulez, sans demander d’autorisation.',
		notEnough: (have, need) =>
			`Pas encore assez\u00a0: ${int(have)} sur les ${int(need)} nécessaires.`,
		headings: {
			reliability: 'Fiabilité',
			retest: 'Test-retest',
			roles: 'Scores par poste',
			norms: 'Normes',
			questions: 'Chaque question',
			dictionary: 'Dictionnaire des données',
			stored: 'Ce qui est enregistré'
		},
		reliabilityIntro: `À quel point les questions d’une échelle mesurent une même chose\u00a0: α de Cronbach et ω de McDonald (un facteur), parmi les personnes qui ont répondu sur l’échelle à toutes ses questions, avec des intervalles bootstrap à 95\u00a0% (200 rééchantillonnages). Sous ${fixed(REPORT_MIN_RELIABILITY, 2)}, la page de résultat signale une dimension comme approximative.`,
		scale: 'Échelle',
		respondents: 'Personnes',
		alpha: 'α',
		omega: 'ω',
		overall: 'Global',
		estimate: (value, low, high) => `${fixed(value, 2)} (${fixed(low, 2)}–${fixed(high, 2)})`,
		retestIntro: (min, max) =>
			`Les personnes qui ont refait le quiz dans le même navigateur ${int(min)} à ${int(max)} mois plus tard (seul le mois est enregistré\u202f; cela correspond à environ 2 à 16 semaines)\u00a0: à quel point leurs deux scores globaux concordent, et l’erreur type de mesure qui en découle.`,
		retestResult: (pairs, r, sem) =>
			`${int(pairs)} paires\u00a0: corrélation test-retest ${fixed(r, 2)}\u202f; erreur type de mesure ${fixed(sem, 1)} points sur 100.`,
		rolesIntro:
			'Score global moyen (0 programmeur, 100 ingénieur logiciel) selon la façon dont chacun a décrit son poste, avec des intervalles à 95\u00a0%.',
		role: 'Poste',
		mean: 'Score moyen',
		difference: (d, low, high) =>
			`Ingénieurs logiciels moins programmeurs ou développeurs\u00a0: ${fixedMinus(d, 2)} écart type (95\u00a0%\u00a0: de ${fixedMinus(low, 2)} à ${fixedMinus(high, 2)}). Une valeur positive signifie que les personnes qui se disent ingénieurs logiciels se placent plus près du pôle ingénieur, comme le quiz le prétend.`,
		differenceNotEnough: (engineers, programmers, need) =>
			`L’écart entre ingénieurs logiciels et programmeurs demande ${int(need)} personnes de chaque côté\u00a0: il y en a ${int(engineers)} et ${int(programmers)}.`,
		percentilesIntro:
			'Scores globaux sous lesquels se trouve la part indiquée des personnes. Ils décrivent celles qui ont choisi de partager, pas l’ensemble des développeurs.',
		percentile: (p) => `${int(p)}e centile`,
		questionsIntro: `Pour chaque question\u00a0: combien de personnes ont donné de 0 à ${SCALE_MAX} points vers ingénieur logiciel (après inversion des questions orientées dans l’autre sens), combien ont répondu qu’elle ne s’applique pas, et sa corrélation avec le reste de sa dimension.`,
		question: 'Question',
		distribution: `Points ${SCALE_VALUES.join(' / ')}`,
		notApplicable: 'Ne s’applique pas',
		itemRest: 'r item-reste',
		counts04: (counts) => counts.map((c) => int(c)).join(' / '),
		percent: pct,
		decimal: (value) => fixedMinus(value, 2),
		dictionaryIntro:
			'Une ligne par envoi, du plus ancien au plus récent, séparée par des virgules, en UTF-8. Vide signifie sans réponse.',
		columns: {
			respondent:
				'un numéro pour la personne, valable dans ce fichier seulement, pour apparier une nouvelle passation (une autre ligne avec le même numéro)\u202f; ce n’est pas l’identifiant de son cookie',
			bank: 'la version du jeu de questions',
			language: `la langue de la page\u00a0: ${either(LOCALES)}`,
			month: 'le mois de l’envoi, AAAA-MM (UTC)\u202f; jamais le jour',
			role: `le poste choisi\u00a0: ${list(['student', 'programmer', 'software-engineer', 'architect-or-lead', 'operations', 'data', 'other'])}`,
			coding_years: 'années à écrire du code\u00a0: under-1, 1-2, 3-5, 6-10, 11-20, over-20',
			organisation:
				'personnes dans son organisation\u00a0: 1, 2-10, 11-50, 51-250, 251-1000, over-1000',
			contact:
				'fréquence des contacts avec clients ou utilisateurs\u00a0: never, yearly, monthly, weekly',
			flagged:
				'vide, ou la raison pour laquelle la ligne est exclue des statistiques\u00a0: too-fast (terminé en moins de temps qu’il n’en faut pour lire les questions, ou sans durée) ou straight-lined (la même option pour presque toutes les réponses)',
			questions: `puis une colonne par question, nommée par son identifiant (la page de méthodologie les liste)\u00a0: les points vers ingénieur logiciel, de 0 à ${SCALE_MAX}, après inversion\u202f; vide pour «\u00a0Ne s’applique pas à moi\u00a0» ou pour une question absente de la version de cette ligne`
		}
	},
	norms: {
		percentile: (n, share) =>
			`Parmi ${int(n)} personnes qui ont partagé leurs réponses, ${pct(share)} se sont placées plus près de programmeur que vous. Elles ont choisi de participer\u202f; elles ne sont donc pas forcément représentatives.`,
		rough: (dimensions) =>
			`Approximatif pour l’instant\u00a0: ${list(dimensions)}. Les réponses partagées montrent que ${plural(dimensions.length, { one: 'ses', other: 'leurs' })} questions concordent moins que nous le voudrions (fiabilité inférieure à ${fixed(REPORT_MIN_RELIABILITY, 2)})\u202f; lisez ${plural(dimensions.length, { one: 'ce score', other: 'ces scores' })} avec prudence.`
	},
	privacy: (cookie, keepDays) =>
		`Données de recherche, seulement si vous choisissez de les donner\u00a0: depuis une page de résultat, vous pouvez ajouter vos réponses aux données de recherche ouvertes. Voici alors exactement ce qui est enregistré dans notre base de données\u00a0: vos réponses (en points vers ingénieur logiciel), la version du quiz, la langue de la page, le mois (ni le jour ni l’heure), les réponses facultatives que vous avez choisies (poste, années de code, taille de l’organisation, contact avec clients ou utilisateurs), si l’envoi paraît peu plausible, et un identifiant aléatoire également placé dans un cookie, ${cookie}, dans votre navigateur (pendant ${int(keepDays)} jours), pour qu’une nouvelle passation puisse être appariée à la première. Aucune adresse, aucune donnée de navigateur, aucun lien de résultat, aucun texte libre. Une empreinte (hash) de votre lien privé de suppression est enregistrée, jamais le lien lui-même\u202f; l’ouvrir et confirmer supprime la ligne. Le nombre de réponses qu’une connexion peut ajouter n’est compté que dans la mémoire du serveur, et un cookie garde l’heure de début et de fin de votre dernier quiz, pour signaler les réponses données trop vite\u202f; ni l’un ni l’autre n’est enregistré.`
};

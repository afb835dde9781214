import type { SiteText } from '../site-types';

// French typography: a no-break space (U+00A0) before a colon and inside « », a narrow
// no-break space (U+202F) before ? ! ;. They look like spaces here; a test checks them.
const name = 'Programmeur ou ingénieur logiciel ?';
const answersKept = 'Les réponses déjà données restent enregistrées dans votre navigateur.';
const linkHelp =
	'S’il s’agit de votre propre résultat, vous le retrouverez sur la page d’accueil, sous « Voir votre dernier résultat ». Sinon, demandez le lien complet à la personne qui l’a partagé, ou faites le quiz vous-même.';

export const site: SiteText = {
	name,
	pageTitle: (title) => `${title} · ${name}`,
	description:
		'Un quiz court et confidentiel sur votre façon de travailler : découvrez où vos habitudes vous placent entre programmeur et ingénieur logiciel, et pourquoi. Rien n’est enregistré sur le serveur.',
	languageName: 'Français',
	languageSwitcher: 'Langue',
	languageCookie: (cookie, days) =>
		`Un troisième cookie, ${cookie}, n’est déposé que si vous choisissez une langue avec le sélecteur de langue. Il contient le code de cette langue et rien d’autre, pour que les adresses sans langue, comme la page d’accueil ou le lien d’un résultat partagé, s’ouvrent dans cette langue lors de vos prochaines visites. Il dure ${days}\u00a0jours.`,
	skipLink: 'Aller au contenu',
	nav: {
		label: 'Navigation principale',
		quiz: 'Le quiz',
		methodology: 'Comment le score est calculé'
	},
	footer: {
		source:
			'D’après l’article « {title} » (en français, « Quelles différences entre un ingénieur logiciel et un programmeur ? ») du blog {blog}, reformulé avec nos propres mots.',
		privacy:
			'Confidentialité dès la conception : vos réponses ne sont conservées que dans votre navigateur et dans les liens que vous choisissez de partager. Notre serveur lit chacune pour afficher l’étape suivante et n’enregistre rien, et rien n’est envoyé ailleurs.'
	},
	error: {
		status: (status) => `Erreur ${status}`,
		toQuiz: 'Aller au quiz',
		home: 'Page d’accueil',
		kinds: {
			'not-found': {
				title: 'Page introuvable',
				message: 'Il n’y a aucune page à cette adresse.',
				help: `Vérifiez l’adresse ou revenez au quiz. ${answersKept}`
			},
			'damaged-link': {
				title: 'Ce lien de résultat est endommagé',
				message:
					'Ce lien est endommagé ou incomplet : il ne peut afficher aucun résultat. Il a peut-être été tronqué lors du copier-coller.',
				help: linkHelp
			},
			'retired-link': {
				title: 'Ce lien date d’une ancienne version du quiz',
				message:
					'Ce lien provient d’une version antérieure du quiz, dont les questions ont changé depuis : il ne peut plus être évalué équitablement.',
				help: linkHelp
			},
			'bad-request': {
				title: 'La requête n’a pas abouti',
				message:
					'La requête est arrivée sous une forme que ce site ne comprend pas ; rien n’a été modifié.',
				help: `${answersKept} Vous pouvez reprendre là où vous en étiez.`
			},
			forbidden: {
				title: 'Requête refusée',
				message:
					'Cette requête ne venait pas d’une page de ce site : elle a été refusée et rien n’a été modifié.',
				help: `${answersKept} Vous pouvez reprendre là où vous en étiez.`
			},
			'server-error': {
				title: 'Une erreur est survenue',
				message: 'Un problème est survenu de notre côté.',
				help: `${answersKept} Réessayez dans un instant.`
			}
		}
	}
};

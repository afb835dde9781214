import type { SiteText } from '../site-types';

const name = 'Programmierer oder Software Engineer?';
const answersKept = 'Deine bisherigen Antworten bleiben in deinem Browser gespeichert.';
const linkHelp =
	'War es dein eigenes Ergebnis, findest du es weiterhin auf der Startseite unter „Dein letztes Ergebnis ansehen“. Sonst bitte die Person, die den Link geteilt hat, ihn dir noch einmal vollständig zu schicken – oder mach das Quiz einfach selbst.';

export const site: SiteText = {
	name,
	pageTitle: (title) => `${title} · ${name}`,
	description:
		'Ein kurzer, privater Selbsttest zu deiner Arbeitsweise: Wo stehst du zwischen Programmierer und Software Engineer – und warum? Auf dem Server wird nichts gespeichert.',
	languageName: 'Deutsch',
	languageSwitcher: 'Sprache',
	languageCookie: (cookie, days) =>
		`Ein drittes Cookie, ${cookie}, wird nur gesetzt, wenn du über die Sprachauswahl eine Sprache wählst. Es enthält das Kürzel dieser Sprache und sonst nichts, damit Adressen ohne Sprachangabe, etwa die Startseite oder ein geteilter Ergebnislink, bei deinen späteren Besuchen in dieser Sprache erscheinen. Es gilt ${days} Tage.`,
	skipLink: 'Zum Inhalt springen',
	nav: {
		label: 'Hauptnavigation',
		quiz: 'Das Quiz',
		methodology: 'So wird ausgewertet'
	},
	footer: {
		source:
			'Grundlage ist der Artikel „{title}“ (sinngemäß: „Was unterscheidet einen Software Engineer von einem Programmierer?“) aus dem Blog {blog}, in eigenen Worten wiedergegeben.',
		privacy:
			'Von Grund auf privat: Deine Antworten werden nur in deinem Browser und in den Links aufbewahrt, die du selbst teilst. Unser Server liest jede Antwort nur, um den nächsten Schritt zu zeigen, und speichert nichts; an andere geht nichts.'
	},
	error: {
		status: (status) => `Fehler ${status}`,
		toQuiz: 'Zum Quiz',
		home: 'Startseite',
		kinds: {
			'not-found': {
				title: 'Seite nicht gefunden',
				message: 'Unter dieser Adresse gibt es keine Seite.',
				help: `Prüf die Adresse oder geh zurück zum Quiz. ${answersKept}`
			},
			'damaged-link': {
				title: 'Dieser Ergebnislink ist beschädigt',
				message:
					'Der Link ist beschädigt oder unvollständig, deshalb lässt sich kein Ergebnis anzeigen. Vielleicht wurde er beim Kopieren abgeschnitten.',
				help: linkHelp
			},
			'retired-link': {
				title: 'Dieser Ergebnislink stammt aus einer älteren Quizversion',
				message:
					'Der Link gehört zu einer früheren Version des Quiz, deren Fragen sich inzwischen geändert haben. Deshalb lässt er sich nicht mehr fair auswerten.',
				help: linkHelp
			},
			'bad-request': {
				title: 'Das hat nicht geklappt',
				message:
					'Die Anfrage kam in einer Form an, mit der diese Website nichts anfangen kann. Es wurde nichts geändert.',
				help: `${answersKept} Du kannst dort weitermachen, wo du aufgehört hast.`
			},
			forbidden: {
				title: 'Anfrage abgelehnt',
				message:
					'Die Anfrage kam nicht von einer Seite dieser Website und wurde deshalb abgelehnt. Es wurde nichts geändert.',
				help: `${answersKept} Du kannst dort weitermachen, wo du aufgehört hast.`
			},
			'server-error': {
				title: 'Da ist etwas schiefgelaufen',
				message: 'Bei uns ist ein Fehler aufgetreten.',
				help: `${answersKept} Versuch es gleich noch einmal.`
			}
		}
	}
};

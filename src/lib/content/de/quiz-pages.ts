import type { QuizText } from '../quiz-types';
import kit from './kit';

const { plural, quote, word } = kit;

/** Die Startseite, die Frageschritte und die Meldungen zu kaputten Links. */

/** Die deutsche Glosse zum englischen Artikeltitel, wie im Footer (site.ts). */
export const articleGloss =
	'sinngemäß: „Was unterscheidet einen Software Engineer von einem Programmierer?“';

const questionsCount = (n: number) => `${n} ${plural(n, { one: 'Frage', other: 'Fragen' })}`;

export const landing: QuizText['landing'] = {
	title: 'Programmierer oder Software Engineer? Ein kurzer, ehrlicher Selbsttest',
	description: (n) =>
		`Beantworte ${questionsCount(n)} zu deiner Arbeitsweise und sieh, wo du zwischen Programmierer und Software Engineer stehst – und warum. Auf dem Server wird nichts gespeichert.`,
	heading: 'Programmierer oder Software Engineer?',
	lead: (n) =>
		`${n} kurze ${plural(n, { one: 'Frage', other: 'Fragen' })} dazu, wie du tatsächlich arbeitest. Danach siehst du, wo dich deine Gewohnheiten zwischen Programmierer und Software Engineer einordnen – und warum.`,
	resumeHeading: 'Willkommen zurück',
	inProgress: (answered, total) =>
		`Du hast ${answered} von ${questionsCount(total)} beantwortet. Mach dort weiter, wo du aufgehört hast, oder fang wieder bei der ersten Frage an.`,
	continueFrom: (step) => `Weiter mit Frage ${step}`,
	startOver: (answered) =>
		`Neu starten, ${answered} ${plural(answered, { one: 'Antwort', other: 'Antworten' })} löschen`,
	finishedBefore: 'Du hast das Quiz auf diesem Gerät schon einmal abgeschlossen.',
	seeLastResult: 'Dein letztes Ergebnis ansehen',
	takeAgain: 'Quiz wiederholen',
	facts: {
		length: (n, minutes) =>
			`${questionsCount(n)}, etwa ${minutes} ${plural(minutes, { one: 'Minute', other: 'Minuten' })}. Eine Frage pro Seite; du kannst zurückgehen, jede Antwort ändern oder angeben, dass eine Frage nicht auf dich zutrifft.`,
		private:
			'Privat. Jede Antwort geht nur an unseren Server, damit er den nächsten Schritt zeigen kann, und bleibt in einem Cookie in deinem Browser und in deinem Ergebnislink. Auf dem Server wird nichts gespeichert, außer du gibst deine Antworten selbst der Forschung, und es gibt kein Tracking.',
		anywhere:
			'Funktioniert überall: mit oder ohne JavaScript, per Tastatur, Screenreader oder Touch.'
	},
	measuresHeading: 'Was das Quiz misst',
	measures: (title, blog) =>
		`Das Quiz folgt den Unterscheidungen aus dem Artikel ${quote(title)} (${articleGloss}) im Blog ${blog}. Ein Programmierer setzt Vorgaben in funktionierenden Code um und spezialisiert sich oft auf einen Teil eines Projekts. Ein Software Engineer arbeitet nach Ingenieursprinzipien: Er untersucht zuerst die Umgebung, spricht mit den Menschen, für die die Software gedacht ist, und entwirft das ganze System so, dass es unter echten Bedingungen zuverlässig läuft. Beides überschneidet sich stark, und jeder Software Engineer schreibt auch Code. Das Ergebnis ist deshalb ein Punkt auf einer Linie, kein Urteil.`,
	dimensionsIntro: (count) =>
		`Deine Antworten werden auf ${count === 1 ? 'einer Dimension' : `${word(count)} Dimensionen`} eingeordnet:`,
	closing:
		'Keines der beiden Enden ist besser. Das Ergebnis ist ein Spiegel zum Nachdenken, kein Urteil über Bewerbung oder Karriere.',
	methodLink: 'Genau nachlesen, wie ausgewertet wird'
};

export const step: QuizText['step'] = {
	title: (n, total, hasError) =>
		`${hasError ? 'Fehler: ' : ''}Frage ${n} von ${total} · Programmierer oder Software Engineer?`,
	description: (n, total) =>
		`Frage ${n} von ${total} eines kurzen, privaten Quiz über deine Arbeitsgewohnheiten: Bist du eher Programmierer oder Software Engineer?`,
	progress: (n, total) => `Frage ${n} von ${total}`,
	hint: 'Wie oft, in deiner jetzigen Arbeit oder im Studium? „Trifft auf mich nicht zu“ wird nicht gewertet.',
	back: 'Zurück',
	returnWithoutChange: 'Zurück zum Ergebnis',
	changingNotice:
		'Du änderst gerade eine Antwort. Sobald du eine wählst, kommst du zurück zu deinem neu berechneten Ergebnis.',
	shortcut: (size) => `Tipp: Mit den Tasten 1 bis ${size} antwortest du direkt.`,
	pairQuestion: 'Was kommt deiner Arbeitsweise näher?',
	pairHint:
		'Denk an deine jetzige Arbeit oder dein Studium oder an die Zeit, in der du zuletzt Code geschrieben hast. Keine Antwort ist besser: Auf beide Arten arbeiten gute Leute.',
	// Die Bedingung ist ein ganzer Satz („Du arbeitest immer allein.“), daher groß nach dem Doppelpunkt.
	notApplicableWhen: (condition) => `Nur wenn gilt: ${condition}`,
	errors: {
		'missing-answer': (size) =>
			`Wähl eine der ${word(size)} Antworten oder „Kommt in meiner Arbeit nicht vor“, um weiterzumachen.`,
		'invalid-answer': (size) =>
			`Diese Antwort gehört nicht zu den Optionen. Wähl eine der ${word(size)} Antworten oder „Kommt in meiner Arbeit nicht vor“.`,
		'wrong-question': () =>
			'Diese Seite war nicht mehr aktuell, deshalb wurde nichts gespeichert. Wähl deine Antwort auf diese Frage bitte noch einmal.',
		'unexpected-field': () =>
			'Das Formular kam mit Feldern an, die es nicht hat, deshalb wurde nichts gespeichert. Wähl deine Antwort bitte noch einmal.'
	},
	unsaved:
		'Deine letzten Antworten konnten noch nicht gespeichert werden. Prüf deine Verbindung: Sie werden mit deiner nächsten Antwort erneut gesendet und bleiben erhalten, solange diese Seite offen ist.',
	skippedAhead:
		'Diese Frage ist noch nicht beantwortet. Beantworte sie, um weiterzumachen; deine anderen Antworten bleiben erhalten.'
};

export const links: QuizText['links'] = {
	noSuchQuestion: 'Diese Frage gibt es nicht.',
	damaged:
		'Dieser Ergebnislink ist beschädigt oder unvollständig, deshalb lässt sich kein Ergebnis anzeigen. Vielleicht wurde er beim Kopieren abgeschnitten.'
};

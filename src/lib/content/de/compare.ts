import { SCALE_MAX } from '$lib/quiz/scale';
import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import { int, list, plural, quote, word } from './kit';

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'Dimension', other: 'Dimensionen' })}`;
export const compare: CompareText = {
	export: {
		heading: 'Zum Mitnehmen',
		intro:
			'Lade dieses Ergebnis mit allen Fragen und Antworten herunter – für deine eigenen Notizen oder eine Tabellenkalkulation. Die Datei wird aus dem Link erzeugt, in dieser Sprache; gespeichert wird nichts.',
		json: 'Als JSON-Datei herunterladen',
		csv: 'Als CSV-Datei herunterladen (für Excel & Co.)',
		notEnoughAnswers: 'zu wenige Antworten',
		overallNotEnough: (scored, needed) =>
			`Keine Gesamtposition: ${dimensions(scored)} ausgewertet, mindestens ${int(needed)} nötig.`,
		csvSeparator: ';',
		columns: {
			step: 'Schritt',
			questionId: 'Fragen-ID',
			question: 'Frage',
			dimension: 'Dimension (Bereich)',
			pole: 'B (oder „Immer“) zeigt in Richtung',
			answerValue: `Antwortwert (0–${SCALE_MAX})`,
			answer: 'Antwort',
			dimensionScore: 'Wert der Dimension (0–100)'
		},
		errors: {
			malformed: 'Das ist kein Ergebniscode. Prüf, ob der Link vollständig kopiert wurde.',
			damaged:
				'Dieser Ergebniscode ist beschädigt: Ein Zeichen wurde verändert oder fehlt, deshalb lässt sich kein Ergebnis zeigen.',
			'unknown-version':
				'Dieser Ergebniscode stammt aus einer Version des Quiz, die es nicht mehr gibt.'
		},
		method: {
			heading: 'Ergebnis herunterladen',
			intro:
				'Jede Ergebnisseite bietet ihr Ergebnis als zwei Dateien an: JSON für Programme und CSV für Tabellenkalkulationen. Beide werden beim Abruf aus dem Link erzeugt, in der Sprache der Seite, und enthalten genau das, was die Seite zeigt; auf dem Server bleibt nichts liegen.',
			jsonIntro: 'Die JSON-Datei enthält ein Objekt mit diesen Feldern:',
			jsonFields: {
				quizVersion: 'die Version des Fragenkatalogs, mit der das Ergebnis entstanden ist.',
				code: 'der Ergebniscode, wie im Link /result/CODE.',
				language: 'die Sprache der Texte in der Datei.',
				overall:
					'die Gesamtposition von 0 (Programmierer) bis 100 (Software Engineer); null, wenn zu wenige Dimensionen genug Antworten haben – der Grund steht dann in overallNote.',
				band: 'die nächstliegende Beschreibung: ihre ID und ihr Name.',
				range:
					'Das Quiz gibt kein Intervall an (interval ist immer null): Eine Handvoll Fragen pro Dimension und keine Vergleichswerte tragen keins. Stattdessen steht hier, was die Ergebnisseite sagt: die nächstgelegene andere Beschreibung bzw. Beschreibungen (nearestBands), wie viele Antworten, jede um eine Stufe verschoben, dorthin führen würden (steps), ob die Seite sie nennt (near) und der Satz der Seite (text). Ohne Gesamtposition null.',
				dimensions:
					'ein Eintrag pro Dimension: ID, Name, Wert von 0 bis 100 – oder null mit dem Status „not-enough-answers“ und einem Hinweis – sowie die Zahl der Fragen, die auf der Skala beantwortet oder als nicht zutreffend markiert wurden.',
				questions: `ein Eintrag pro Frage in der Reihenfolge des Quiz: Schritt, ID, Text, Dimension, Pol (die Rolle, in deren Richtung Aussage B zeigt; in den Versionen 1 und 2 „Immer“) und die Antwort: ihr Wert von 0 (Aussage A; Nie) bis ${SCALE_MAX} (Aussage B; Immer) – oder null mit notApplicable true für eine als nicht zutreffend markierte Antwort – und ihre Bezeichnung.`
			},
			csvIntro:
				'Die CSV-Datei (UTF-8, durch Semikolons getrennt, eine Kopfzeile, dann eine Zeile pro Frage) hat diese Spalten:',
			csvColumns: {
				step: 'die Position der Frage im Quiz;',
				questionId: 'ihre ID, dieselbe wie in der JSON-Datei;',
				question: 'ihr Text;',
				dimension: 'die Dimension, zu der sie gehört;',
				pole: 'die Rolle, in deren Richtung Aussage B zeigt (in den Versionen 1 und 2 „Immer“);',
				answerValue: `0 (Aussage A; Nie) bis ${SCALE_MAX} (Aussage B; Immer), leer bei einer als nicht zutreffend markierten Antwort;`,
				answer: 'die Antwort, wie das Quiz sie angezeigt hat;',
				dimensionScore: 'der Wert der Dimension oder „zu wenige Antworten“.'
			},
			csvNotes:
				'Gesamtposition und nächstliegende Beschreibung stehen in der JSON-Datei und auf der Ergebnisseite; die CSV-Datei bleibt bei einer Zeile pro Frage, damit sie sich sauber sortieren und filtern lässt.'
		}
	},
	page: {
		title: 'Ergebnisse vergleichen',
		description: `Stell ${word(MIN_COMPARED)} bis ${word(MAX_COMPARED)} Ergebnisse des Quiz nebeneinander: die Gesamtposition aller, jede Dimension und was eine Gruppe abdeckt. Alles kommt aus den Ergebnislinks; gespeichert wird nichts.`,
		heading: 'Ergebnisse im Vergleich',
		intro: (people) =>
			`${int(people)} Ergebnisse, jedes aus seinem Link neu berechnet. Die Namen stehen nur in der Adresse dieser Seite; gespeichert wird nichts.`,
		emptyIntro: (min, max) =>
			`Stell ${word(min)} bis ${word(max)} Ergebnisse nebeneinander: deins und das von Freunden, einen zweiten Durchgang und den ersten oder die eines ganzen Teams. Füg unten die Ergebnislinks ein. Jedes Ergebnis wird aus seinem Link neu berechnet, gespeichert wird nichts.`,
		person: (position) => `Person ${int(position)}`,
		overallHeading: 'Gesamtposition',
		spectrumLabel:
			'Die Gesamtposition aller auf einer Linie, von Programmierer (0) bis Software Engineer (100). Die Liste darunter nennt jeden einzelnen Wert.',
		peopleHeading: 'Wer verglichen wird',
		noOverall: 'Keine Gesamtposition: zu wenige Antworten',
		scoreAndBand: (score, band) => `${int(score)} · ${band}`,
		fullResult: (name) => `${name}: ganzes Ergebnis`,
		olderVersion: (version) => `mit Version ${int(version)} der Fragen erstellt`,
		dimensionsHeading: 'Dimension für Dimension',
		chartCaption:
			'Jede nummerierte Markierung ist eine Person, nummeriert wie in der Liste oben, von Programmierer (links) bis Software Engineer (rechts). Der schattierte Bereich in der Mitte ist „Dazwischen“.',
		notEnoughFor: (names) => `Zu wenige Antworten: ${list(names)}`,
		tableCaption: 'Alle Werte, von 0 (Programmierer) bis 100 (Software Engineer)',
		tablePerson: 'Person',
		notEnough: 'zu wenige Antworten',
		gapsHeading: 'Wie weit ihr auseinanderliegt',
		gap: (dimension, low, high) => `${dimension}: ${low} bis ${high}`,
		widest: (dimension, low, high) => `${dimension}: größter Abstand, ${low} bis ${high}`,
		close: (dimension, low, high) =>
			low === high
				? `${dimension}: alle bei ${low}`
				: `${dimension}: nah beieinander, ${low} bis ${high}`,
		onlyOne: (dimension, score, name) => `${dimension}: nur ${name} hat genug Antworten (${score})`,
		noneScored: (dimension) => `${dimension}: niemand hat genug Antworten`,
		leftOut: (names) => `Nicht mitgezählt, weil Antworten fehlen: ${list(names)}.`,
		gapsNote: (closeMax, perDimension, steps) =>
			`Ein Abstand von höchstens ${closeMax} Punkten gilt als nah: Bei einer Dimension mit ${word(perDimension)} Fragen sind das weniger als ${word(steps)} Antworten, die je um eine Stufe verschoben wären.`,
		groupHeading: 'Was die Gruppe abdeckt',
		groupIntro: (people, nearProgrammerMax, nearEngineerMin) =>
			`Eine Lesart für diese ${word(people)} Personen, ausgehend von den Unterscheidungen des Artikels. Jemand ist nah an einem Ende einer Dimension, wenn der Wert dort in diese Richtung neigt: ${nearProgrammerMax} oder weniger Richtung Programmierer, ${nearEngineerMin} oder mehr Richtung Software Engineer.`,
		coveredHeading: 'Abgedeckt',
		covered: (dimension, role, habits, names) =>
			`${dimension}, Ende „${role}“${habits.length ? ` (${list(habits.map(quote))})` : ''}: ${list(names)}`,
		missingHeading: 'Fehlt vielleicht',
		missing: (dimension, role, habits) =>
			`${dimension}: Niemand ist nah am Ende „${role}“.${habits.length ? ` In den Begriffen des Artikels fehlt damit: ${list(habits.map(quote))}.` : ''}`,
		noneMissing: 'Bei jeder Dimension ist jemand nah an jedem Ende.',
		notRead: (dimensions) =>
			`Zu wenige Personen mit genug Antworten für eine Lesart: ${list(dimensions)}.`,
		caveat:
			'Das ist ein Anlass fürs Gespräch, keine Bewertung und keine Grundlage für Personalentscheidungen. Keines der beiden Enden ist besser, eine Mischung von Gewohnheiten ist keine Teamnote, und jedes Ergebnis zeigt, wie eine Person ihre eigene Arbeit sieht.',
		unreadableHeading: 'Nicht lesbar',
		unreadable: (name, code, reason) => `${name} (${code}): ${reason}`,
		tooFew: (readable, min) =>
			`Für einen Vergleich braucht es mindestens ${word(min)} lesbare Ergebnisse; ${readable === 0 ? 'hier ist keins lesbar' : 'hier ist nur eins lesbar'}. Prüf die Links unten oder füg einen weiteren hinzu.`,
		tooMany: (count, max) =>
			`Höchstens ${word(max)} Ergebnisse lassen sich auf einmal vergleichen, und diese Adresse enthält ${int(count)}. Entferne unten einige und vergleiche noch mal.`,
		form: {
			heading: 'Wen vergleichen?',
			label: 'Ergebnislinks oder -codes, einer pro Zeile',
			help: (min, max) =>
				`Füg ${word(min)} bis ${word(max)} Ergebnislinks ein, oder nur ihre Codes, einen pro Zeile. Einen Namen schreibst du mit Doppelpunkt vor den Link, wie im Beispiel. Namen stehen nur in der Adresse des Vergleichs.`,
			example: 'Jonas: https://…/result/3-…',
			submit: 'Vergleichen'
		},
		fromResult: {
			heading: 'Mit jemandem vergleichen',
			intro:
				'Stell dieses Ergebnis neben das von jemand anderem, etwa aus deinem Team: Füg dessen Ergebnislink oder -code ein. Namen sind freiwillig und stehen nur in der Adresse.',
			yourName: 'Name zu diesem Ergebnis (optional)',
			theirLink: 'Ergebnislink oder -code der anderen Person',
			theirName: 'Name der anderen Person (optional)',
			submit: 'Vergleichen'
		},
		method: {
			heading: 'Ergebnisse vergleichen',
			paragraphs: (p) => [
				`Die Vergleichsseite stellt ${word(p.min)} bis ${word(p.max)} Ergebnisse nebeneinander. Ihre Adresse zählt sie auf, als r=CODE oder r=CODE~Name, einmal pro Person. Wie ein Ergebnislink enthält sie Antworten, nie Werte, und jedes Ergebnis wird mit der Version der Fragen neu berechnet, mit der es entstanden ist. Namen werden auf ${p.nameMax} Zeichen gekürzt, stehen nur in der Adresse und werden nie gespeichert. Ein Eintrag, der sich nicht lesen lässt, wird mit dem Grund aufgeführt, und die übrigen werden trotzdem verglichen.`,
				`Für jede Dimension nennt die Seite den niedrigsten und den höchsten Wert. Wer bei einer Dimension zu wenige Antworten hat, zählt für ihren Bereich nicht mit und wird so angezeigt, nie als 50. Ein Abstand von höchstens ${p.closeMax} Punkten heißt „nah beieinander“; der größte Abstand heißt „größter Abstand“, wenn er darüber liegt.`,
				`Ab ${word(p.groupMin)} Personen kommt eine Lesart für die Gruppe dazu. Jemand ist nah an einem Ende einer Dimension, wenn der Wert dort in diese Richtung neigt, wie auf der Ergebnisseite: ${p.nearProgrammerMax} oder weniger Richtung Programmierer, ${p.nearEngineerMin} oder mehr Richtung Software Engineer. Ein Ende, an dem niemand nah ist, wird als das genannt, was der Gruppe vielleicht fehlt, mit den Unterscheidungen des Artikels dahinter. Eine Dimension, bei der weniger als zwei Personen einen Wert haben, wird nicht gelesen.`
			]
		}
	}
};

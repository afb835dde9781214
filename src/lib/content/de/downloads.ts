import { SCALE_MAX } from '$lib/quiz/scale';
import type { DownloadsText } from '../downloads-types';
import kit from './kit';

const { int, plural } = kit;

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'Dimension', other: 'Dimensionen' })}`;

/** A result's JSON and CSV downloads: the offer on the result page, the files, their documentation. */
export const downloads: DownloadsText = {
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
};

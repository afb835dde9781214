import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import kit from './kit';

const { int, list, quote, word } = kit;

export const compare: CompareText = {
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
		olderNeedWiderGap:
			'Ergebnisse aus einer früheren Version haben weniger Fragen je Dimension und brauchen darum einen größeren Abstand, bevor er als Unterschied gilt.',
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
				`Für jede Dimension nennt die Seite den niedrigsten und den höchsten Wert. Wer bei einer Dimension zu wenige Antworten hat, zählt für ihren Bereich nicht mit und wird so angezeigt, nie als 50. Ein Abstand von höchstens ${p.closeMax} Punkten heißt „nah beieinander“; der größte Abstand heißt „größter Abstand“, wenn er darüber liegt. Diese Zahl gilt für Ergebnisse dieser Version: Die Grenze ergibt sich aus dem Messfehler der beiden Personen an den Enden des Bereichs, jeweils in der Version des Quiz, die sie beantwortet haben. Ergebnisse aus einer früheren Version mit weniger Fragen je Dimension brauchen darum einen größeren Abstand.`,
				`Ab ${word(p.groupMin)} Personen kommt eine Lesart für die Gruppe dazu. Jemand ist nah an einem Ende einer Dimension, wenn der Wert dort in diese Richtung neigt, wie auf der Ergebnisseite: ${p.nearProgrammerMax} oder weniger Richtung Programmierer, ${p.nearEngineerMin} oder mehr Richtung Software Engineer. Ein Ende, an dem niemand nah ist, wird als das genannt, was der Gruppe vielleicht fehlt, mit den Unterscheidungen des Artikels dahinter. Eine Dimension, bei der weniger als zwei Personen einen Wert haben, wird nicht gelesen.`
			]
		}
	}
};

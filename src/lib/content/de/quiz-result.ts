import type { BandId } from '$lib/quiz/scoring';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';

const { format, plural, quote, word, Word } = kit;

/** Die Ergebnisseite. Jeder Satz erscheint dort einmal. */

const SITE = 'Programmierer oder Software Engineer?';

/**
 * „in der Dimension „Methode““, „in den Dimensionen „Methode“ und „Umgebung““. Die Namen stehen in
 * Anführungszeichen, weil manche ganze Sätze sind („Woher der Entwurf kommt“).
 */
const inDimensions = (names: readonly string[], capital = false) => {
	const quotedNames = names.map(quote);
	const phrase =
		quotedNames.length === 1
			? `in der Dimension ${quotedNames[0]}`
			: `in den Dimensionen ${format.list(quotedNames)}`;
	return capital ? `I${phrase.slice(1)}` : phrase;
};
/** Wo die Position liegt, als Satzrest nach „Mit 72 von 100“. */
function position(band: BandId): string {
	switch (band) {
		case 'both':
			return 'liegen deine Antworten im mittleren Bereich';
		case 'leaning-engineer':
			return `tendieren deine Antworten Richtung ${roles.engineer}`;
		case 'leaning-programmer':
			return `tendieren deine Antworten Richtung ${roles.programmer}`;
		case 'engineer':
			return 'liegen deine Antworten am Software-Engineer-Ende der Linie';
		case 'programmer':
			return 'liegen deine Antworten am Programmierer-Ende der Linie';
	}
}

export const result: QuizText['result'] = {
	title: (band, score) =>
		band === null || score === null
			? `Zu wenige Antworten für ein Ergebnis · ${SITE}`
			: `${band}: ${score} von 100 · ${SITE}`,
	kicker: { own: 'Dein Ergebnis', shared: 'Ein geteiltes Ergebnis' },
	printSuffix: `im Quiz ${quote(SITE)}`,
	headline: (band) => `Nächstliegende Beschreibung: ${band}`,
	headlineNotEnough: 'Zu wenige Antworten für eine Gesamtposition',
	sharedNotice:
		'Jemand hat diese Antworten mit dir geteilt; der Text richtet sich an die Person, die sie gegeben hat.',
	olderVersion: (version) =>
		`Erstellt mit Version ${version} des Quiz, dessen Fragen sich seitdem geändert haben; angezeigt mit den Fragen von damals.`,
	takeCurrent: 'Aktuelle Version starten',
	position: {
		label: `Position zwischen ${roles.programmer} (0) und ${roles.engineer} (100)`,
		value: (score) => `${score} von 100`
	},
	summary: (s) => {
		const at = `Mit ${s.score} von 100 ${position(s.band)}`;
		switch (s.kind) {
			case 'differ':
				return `${at}. ${inDimensions(s.higher, true)} neigen sie stärker Richtung ${roles.engineer} als ${inDimensions(s.lower)}: ein größerer Abstand, als ihn eine Wiederholung des Quiz erwarten ließe.`;
			case 'alike':
				return `${at}. Deine Dimensionen ähneln sich: Die Abstände zwischen ihnen sind so klein, dass schon eine Wiederholung sie ändern könnte.`;
			case 'overall-only':
				return `${at}.`;
			case 'straight-lined': {
				const l = s.straightLining!;
				return `${at}, aber ${l.count === l.of ? `alle ${l.of} deiner Antworten` : `${l.count} deiner ${l.of} Antworten`} ${plural(l.count, { one: 'lautete', other: 'lauteten' })} ${quote(l.answer)}. Das sagt also mehr darüber, wie du geantwortet hast, als darüber, wie du arbeitest.`;
			}
			case 'not-enough':
				return '';
		}
	},
	notEnough: (scored, total, needed) =>
		scored === 0
			? `Keine deiner ${word(total)} Dimensionen hat genug Antworten für eine Wertung, und eine Gesamtposition braucht mindestens ${word(needed, 'f')}.`
			: `Nur ${word(scored, 'f')} deiner ${word(total)} Dimensionen ${scored === 1 ? 'hat' : 'haben'} genug Antworten für eine Wertung, und eine Gesamtposition braucht mindestens ${word(needed, 'f')}.`,
	revisit: 'Zurück zu den Fragen',
	closeness: {
		near: (steps, toward, band) =>
			steps === 1
				? `Eine Antwort, um einen Schritt Richtung ${toward} verschoben, würde ${quote(band)} zur nächstliegenden Beschreibung machen.`
				: `${Word(steps)} Antworten, jede um einen Schritt Richtung ${toward} verschoben, würden ${quote(band)} zur nächstliegenden Beschreibung machen.`,
		nearBoth: (steps, towardEngineer, towardProgrammer) =>
			`${steps === 1 ? 'Eine Antwort, um einen Schritt verschoben, würde' : `${Word(steps)} Antworten, jede um einen Schritt verschoben, würden`} die nächstliegende Beschreibung ändern: Richtung ${roles.engineer} zu ${quote(towardEngineer)}, Richtung ${roles.programmer} zu ${quote(towardProgrammer)}.`,
		oneAnswer:
			'Schon eine einzelne Antwort, weit genug auf ihrer Linie verschoben, könnte diese Beschreibung ändern.'
	},
	changedAnswer: ({ before, after, bandBefore, bandAfter }) => {
		const figures =
			before === null || after === null
				? ''
				: before === after
					? ` Die Gesamtposition bleibt bei ${after}.`
					: ` Gesamtposition: ${before} → ${after}.`;
		const bands =
			bandBefore !== null && bandAfter !== null && bandBefore !== bandAfter
				? ` Nächstliegende Beschreibung: ${quote(bandBefore)} → ${quote(bandAfter)}.`
				: '';
		return `Deine geänderte Antwort ist gespeichert.${figures}${bands}`;
	},
	retake: (inTen, band) =>
		`Nach dem Modell, das unter „So wird ausgewertet“ beschrieben ist, bekommen Menschen mit Antworten wie deinen bei einer Wiederholung des Quiz in etwa ${inTen} von 10 Fällen wieder ${quote(band)}.`,
	roughDimensions: (perDimension) =>
		`Diese Version hatte nur ${word(perDimension, 'f')} ${plural(perDimension, { one: 'Frage', other: 'Fragen' })} pro Dimension: zu wenige, um jede einzelne verlässlich zu werten. Lies die Dimensionen unten deshalb als grobe Anhaltspunkte.`,
	answered: (answered, skipped, total) =>
		skipped === 0
			? `Du hast alle ${total} Fragen auf der Skala beantwortet.`
			: `Du hast ${answered} von ${total} Fragen auf der Skala beantwortet und ${skipped} als nicht zutreffend markiert; ${skipped === 1 ? 'diese zählt' : 'diese zählen'} nicht.`,
	chart: {
		caption: `Position jeder Dimension, von ${roles.programmer} (links) bis ${roles.engineer} (rechts)`,
		notEnough: 'zu wenige Antworten'
	},
	dimensionsHeading: 'Deine Dimensionen',
	dimensionLine: (name, score, lean) =>
		score === null || lean === null ? `${name}: zu wenige Antworten` : `${name}: ${score}, ${lean}`,
	leanWords: {
		programmer: `eher ${roles.programmer}`,
		engineer: `eher ${roles.engineer}`,
		balanced: 'dazwischen'
	},
	notEnoughInDimension: (answered, needed, total) =>
		`Nicht gewertet: ${answered} von ${total} Fragen ${answered === 1 ? 'wurde' : 'wurden'} auf der Skala beantwortet, nötig ${needed === 1 ? 'ist' : 'sind'} mindestens ${needed}.`,
	missingSide: (role) =>
		`Nicht gewertet: Keine der Fragen, die du hier beantwortet hast, beschreibt eine Gewohnheit eines ${role}s. Eine Neigung, einfach zuzustimmen, könnte sich so nicht ausgleichen.`,
	whatItMeasures: 'Was gemessen wird',
	inTheArticle: 'Im Artikel',
	yourAnswers: 'Deine Antworten, stärkste zuerst',
	youAnswered: (answer) => `Deine Antwort: ${answer}`,
	effect: (points) => `${format.effect(points)} Punkte`,
	notCounted: 'nicht gezählt',
	change: 'Ändern',
	changeLabel: (step) => `Deine Antwort auf Frage ${step} ändern`,
	movedHeading: 'Was deine Position bewegt hat',
	movedIntro:
		'Jede gezählte Antwort verschiebt deine Position ein Stück weg von 50, in Punkten auf der Linie von 0 bis 100. Diese hier haben sie am stärksten bewegt.',
	toward: { engineer: `Richtung ${roles.engineer}`, programmer: `Richtung ${roles.programmer}` },
	noneToward: 'Keine Antwort hat in diese Richtung gezogen.',
	tiedBeyond: (count, points) =>
		count === 1
			? `Eine weitere Antwort hat sie genauso stark bewegt (${format.effect(points)}); jede Dimension listet ihre eigenen.`
			: `${Word(count)} weitere Antworten haben sie genauso stark bewegt (${format.effect(points)}); jede Dimension listet ihre eigenen.`,
	nextHeading: 'Nächste Schritte, in beide Richtungen',
	nextIntro: {
		engineer: (role) =>
			`Wo du Richtung ${role} neigst, sind diese Gewohnheiten von Software Engineers einen Versuch wert:`,
		programmer: (role) =>
			`Wo du Richtung ${role} neigst, lohnen sich diese Gewohnheiten von Programmierern, für Fokus, Ausliefern und Handwerk:`
	},
	nextNone:
		'Keine deiner Dimensionen neigt in eine Richtung, daher gibt es keine Gewohnheit vorzuschlagen: Du schöpfst schon aus beiden Rollen.',
	nextScore: (score) => `(${score})`,
	caveatsHeading: 'Mit Vorsicht lesen',
	caveats: {
		'roles-overlap': () =>
			'Die beiden Rollen überschneiden sich stark: Jeder Software Engineer schreibt auch Code, und gute Programmierer denken an das ganze Projekt.',
		'not-a-verdict': () =>
			'Keines der Enden ist besser, und ein Ergebnis als Programmierer ist kein schlechteres. Das hier ist eine Hilfe zur Selbstreflexion auf Grundlage eines einzigen Artikels, kein Urteil über Bewerbung, Karriere oder Können.',
		'self-report': () =>
			'Es zeigt, wie du deine Gewohnheiten heute selbst siehst, und das ist nicht immer, wie du tatsächlich arbeitest.',
		'few-questions': (p) =>
			`Jede Dimension beruht auf ${word(p.questionsPerDimension, 'f')} ${plural(p.questionsPerDimension, { one: 'Frage', other: 'Fragen' })}, bei einer Wiederholung des Quiz kann sie sich also um mehrere Punkte verschieben: Lies den Wert jeder Dimension als Schätzung, nicht als Messung. Vergleichswerte gibt es noch nicht, deshalb vergleicht dich hier nichts mit anderen Menschen.`,
		'many-skipped': (p) =>
			`Du hast ${p.skipped} von ${p.total} Fragen als nicht zutreffend markiert, deshalb beruht deine Position auf weniger Antworten.`,
		'dimensions-without-enough': (p) =>
			`Deine Gesamtposition lässt die Dimensionen mit zu wenigen Antworten weg: Sie beruht auf den Antworten der ${p.scored === 1 ? 'einen, die genug hat' : `${word(p.scored)}, die genug haben`}.`
	},
	shareHeading: 'Ergebnis teilen oder behalten',
	shareExplain:
		'Dieser Link enthält deine Antworten, nicht deinen Namen. Wer ihn öffnet, sieht dieses Ergebnis, neu berechnet aus den Antworten.',
	shareTitle: (band) => (band === null ? 'Meine Quiz-Antworten' : `Mein Ergebnis: ${band}`),
	buttons: {
		copy: 'Link kopieren',
		share: 'Teilen …',
		print: 'Drucken oder als PDF speichern',
		copied: 'Link kopiert.',
		copyBlocked:
			'Der Browser hat das Kopieren blockiert. Markier den Link oben und kopier ihn selbst.'
	},
	meta: {
		headline: (band, score) =>
			band === null || score === null
				? 'Meine Quiz-Antworten'
				: `Mein Ergebnis: ${band} (${score} von 100)`,
		description: (band, score) =>
			band === null || score === null
				? `Antworten aus einem Quiz über Arbeitsgewohnheiten, zwischen ${roles.programmer} und ${roles.engineer}. Mach das Quiz und sieh, wo du stehst.`
				: `Nächstliegende Beschreibung: ${band}, bei ${score} auf einer Linie von ${roles.programmer} (0) bis ${roles.engineer} (100), mit Begründung. Mach das Quiz und sieh, wo du stehst.`,
		imageAlt: (band) =>
			`${SITE} ${band === null ? '' : `Nächstliegende Beschreibung: ${band}`}`.trim()
	},
	takeAgain: 'Quiz wiederholen',
	takeYourself: 'Mach das Quiz selbst',
	methodLink: 'So wird ausgewertet'
};

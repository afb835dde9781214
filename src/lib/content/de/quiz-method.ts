import { SCALE_MAX } from '$lib/quiz/scale';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';
import { articleGloss } from './quiz-pages';

const { fixed, format, pct, plural, quote, word, Word } = kit;

/** Die Methodikseite: jede Regel, formuliert aus den Konstanten, die der Code verwendet. */
export const methodology: QuizText['methodology'] = {
	title: 'So wird ausgewertet · Programmierer oder Software Engineer?',
	description:
		'Die Quelle, die Fragen und warum jede in ihre Richtung zeigt, die genauen Formeln, was so wenige Fragen pro Dimension tragen können, und das Datenschutzversprechen hinter dem Quiz.',
	heading: 'So wird ausgewertet',
	lead: 'Alles, was das Quiz mit deinen Antworten macht, steht auf dieser Seite, in denselben Begriffen wie im Code, der es berechnet. Tabellen und Zahlen stammen direkt aus dem Fragenkatalog und den Auswertungsregeln und können deshalb nicht von dem abweichen, was tatsächlich gewertet wird.',
	contents: 'Auf dieser Seite',
	sections: {
		source: 'Die Quelle und ihre Unterscheidungen',
		dimensions: 'Dimensionen und Fragen',
		scale: 'Die Antwortlinie und „Kommt in meiner Arbeit nicht vor“',
		keying: 'Ausgewogene Polung der Fragen',
		formulas: 'Die Formeln und die Regeln der Erklärung',
		support: 'Was wenige Fragen pro Dimension tragen können – und was nicht',
		versions: 'Quizversionen und geteilte Links',
		privacy: 'Datenschutz',
		limits: 'Was dieses Quiz nicht ist'
	},
	source: (title, blog, minutes) =>
		`Das Quiz beruht auf einem kurzen Artikel, ${quote(title)} (${articleGloss}), erschienen im Blog ${blog} (Lesezeit: ${minutes} ${plural(minutes, { one: 'Minute', other: 'Minuten' })}). Wir zitieren ihn nicht; hier stehen seine Unterscheidungen in eigenen Worten, jeweils mit dem Ende der Linie, für das sie steht.`,
	sourceLink: 'Den Artikel selbst lesen',
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'beide Rollen' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`Die Unterscheidungen sind in ${word(dimensions)} Dimensionen gruppiert. Jede ist eine Linie von der Gewohnheit eines Programmierers (0) bis zu der eines Software Engineers (100). Es gibt ${questions} Fragen, ${format.list(perDimension.map((n) => word(n, 'f')))} pro Dimension, jede zu einer Gewohnheit, die du an deiner eigenen Arbeit beobachten kannst. Das Quiz mischt sie so, dass zwei Fragen derselben Dimension nie direkt aufeinanderfolgen. Jede Frage nennt die Unterscheidung, auf die sie sich stützt, und ein Test prüft, dass diese zu ihrer Dimension gehört.`,
	dimensionEnds: (programmerEnd, engineerEnd) =>
		`Bei 0: ${programmerEnd}. Bei 100: ${engineerEnd}.`,
	drawnFrom: (titles) => `Grundlage: ${format.list(titles)}.`,
	table: {
		caption: (dimension) =>
			`Fragen zur Dimension ${dimension}, mit der Richtung, in die jede zeigt, und warum`,
		number: 'Nr.',
		question: 'Frage',
		pointsToward: '„B“ zeigt Richtung',
		statementA: 'Aussage A',
		statementB: 'Aussage B',
		distinction: (title) => `Unterscheidung: ${title}`,
		why: 'Warum dorthin'
	},
	pairIntro: (size) =>
		`Jede Frage der aktuellen Version stellt zwei Arbeitsweisen nebeneinander: Aussage A und Aussage B, die eine vom Programmierer des Artikels, die andere von seinem Software Engineer, beide gleich respektabel. Du ordnest dich auf einer ${word(size)}stufigen Linie zwischen ihnen ein: A, eher A, beides gleichermaßen, eher B oder B. Neben der Linie, und getrennt von ihr, gibt es noch eine weitere Wahl, „Kommt in meiner Arbeit nicht vor“, und jede Frage sagt, wann sie die richtige ist. In der Hälfte der Fragen jeder Dimension ist die Arbeitsweise des Programmierers A, in der anderen Hälfte B. Zwei unbeteiligte Gutachter, die nichts über die Auswertung wussten, haben eingeschätzt, wie erstrebenswert jede Aussage klingt, und bei keinem Paar liegen die beiden Aussagen auf einer fünfstufigen Skala mehr als einen Punkt auseinander.`,
	model: (p) => [
		`Jede Angabe dazu, wie verlässlich ein Ergebnis ist, stammt aus einem einzigen, offen dargelegten Modell, bis echte Antworten es ersetzen können. Es gibt den Punkten jeder Antwort (0 bis ${SCALE_MAX}) dieselbe Streuung, eine Standardabweichung von ${fixed(p.itemSd, 2)} Punkten; zwei Antworten derselben Dimension korrelieren mit ${fixed(p.within, 2)}, zwei aus verschiedenen Dimensionen mit ${fixed(p.between, 2)}. Diese Werte sind bewusst zurückhaltend gewählt und bleiben es, bis echte Antworten etwas anderes zeigen: Wir unterschätzen lieber, wie verlässlich ein Ergebnis ist.`,
		`Allein aus diesen Zahlen folgen die Reliabilität jedes Werts (Cronbachs α) und sein Standardfehler. Eine Dimension der aktuellen Version hat, wenn alle ihre Fragen beantwortet sind, ein α von ${fixed(p.dimensionReliability, 2)} und einen Standardfehler von ${fixed(p.dimensionError, 1)} Punkten; die Gesamtposition hat, wenn jede Frage beantwortet ist, ein α von ${fixed(p.overallReliability, 2)} und einen Standardfehler von ${fixed(p.overallError, 1)} Punkten. Beide werden für die Antworten neu berechnet, die du tatsächlich gegeben hast; Antworten mit „Kommt in meiner Arbeit nicht vor“ machen sie also etwas unsicherer.`,
		`Eine Dimension wird nur dann einzeln ausgewiesen, wenn sie mindestens ${word(p.minQuestions, 'f')} ${plural(p.minQuestions, { one: 'Frage', other: 'Fragen' })} hat und nach dem Modell eine Reliabilität von mindestens ${fixed(p.minReliability, 2)} erreicht. Zwei Dimensionen gelten nur dann als verschieden, wenn ihr Abstand größer ist, als der Fehler des Modells zulässt (bei zwei vollständigen Dimensionen etwa ${Math.round(p.dimensionGap)} Punkte); sonst sagt das Ergebnis, dass sie sich ähneln.`,
		'Ein Unit-Test zieht Tausende simulierter Personen aus demselben Modell und prüft, dass ihre Antworten diese Korrelationen und Reliabilitäten zeigen und dass eine Wiederholung so oft dieselbe Beschreibung ergibt wie angegeben.'
	],
	scaleTable: { answer: 'Antwort', value: 'Wert', notScored: 'nicht gewertet' },
	scalePoints: (max) =>
		`Jede Antwort gibt dann Punkte in Richtung Software Engineer: den Wert selbst, wenn Aussage B die Arbeitsweise des Software Engineers ist, und ${max} minus den Wert, wenn B die des Programmierers ist. Wer sich ganz für die Aussage des Programmierers entscheidet, bekommt also 0 Punkte, „Beides gleichermaßen“ gibt ${max / 2}, und wer sich ganz für die Aussage des Software Engineers entscheidet, bekommt ${max}.`,
	notApplicable: (minShare, minDimensions) =>
		`„Kommt in meiner Arbeit nicht vor“ ist für eine Frage gedacht, deren Thema in deiner Arbeit keinen Platz hat, und jede Frage sagt, wann das der Fall ist: etwa im Studium ohne echte Nutzer oder wenn du immer allein arbeitest. Diese Antwort gibt keine Punkte und wird einfach weggelassen; sie ist kein verstecktes „Beides gleichermaßen“ und zählt nicht mit, wenn geprüft wird, ob du immer dieselbe Antwort gewählt hast. Eine Dimension wird nur gewertet, wenn mindestens ${pct(minShare)} ihrer Fragen auf der Linie beantwortet sind und die Aussage des Programmierers darunter mindestens einmal A und mindestens einmal B ist, damit sich die Neigung, eine Seite zu wählen, weiterhin aufhebt. Sonst steht im Ergebnis statt eines Werts „zu wenige Antworten“. Die Gesamtposition braucht mindestens ${word(minDimensions, 'f')} gewertete Dimensionen; bei weniger sagt das Ergebnis das und bietet einen Weg zurück zu den Fragen.`,
	keying:
		'In jeder Dimension ist die Arbeitsweise des Programmierers in der Hälfte der Fragen Aussage A und in der anderen Hälfte Aussage B, und beide Aussagen sind als das formuliert, was sie sind: respektable Arbeitsweisen. Das ist wichtig, weil Menschen dazu neigen, eine Seite zu bevorzugen oder die Aussage, die sie zuerst lesen. Mit ausgewogenen Fragen hebt sich diese Neigung auf, statt alle an ein Ende zu schieben. Eine direkte Folge, die unsere Tests prüfen: Wer bei jeder Frage dieselbe Position wählt (überall A, überall die Mitte, überall B), landet bei genau 50, insgesamt und in jeder Dimension.',
	formulas: {
		dimensionTerm: 'Wert einer Dimension',
		dimension: (max) =>
			`100 × (Punkte ihrer auf der Skala beantworteten Fragen) ÷ (${max} × Anzahl dieser Fragen)`,
		dimensionNote:
			'0 heißt, jede Skalenantwort lag am Programmierer-Ende, 100 am Software-Engineer-Ende. Angezeigt wird der Wert kaufmännisch auf eine ganze Zahl gerundet.',
		enoughTerm: 'Genug Antworten',
		enough: (minShare) =>
			`Mindestens ${pct(minShare)} der Fragen der Dimension auf der Skala beantwortet, davon mindestens eine in Richtung jeder Rolle.`,
		overallTerm: 'Gesamtposition',
		overall: (minDimensions, max) =>
			`100 × (Punkte aller gezählten Antworten) ÷ (${max} × gezählte Antworten), angegeben, sobald mindestens ${word(minDimensions, 'f')} Dimensionen gewertet sind; gezählt werden die Skalenantworten der gewerteten Dimensionen`,
		overallNote:
			'Kaufmännisch auf eine ganze Zahl gerundet, in exakter Ganzzahlarithmetik. Jede gezählte Antwort wiegt gleich viel, egal zu welcher Dimension sie gehört.',
		bandTerm: 'Nächstliegende Beschreibung',
		band: 'Ein Name für den Abschnitt der Linie, in den die gerundete Position fällt. Er beschreibt die Position; er ist keine Kategorie, zu der du gehörst:',
		bandRow: (band, min, max) => `${band}: ${min} bis ${max}`,
		bandNote:
			'Die Bereiche sind um 50 gespiegelt, und der mittlere Bereich ist ein genauso ehrliches Ergebnis wie jedes der beiden Enden.',
		effectTerm: 'Was deine Position bewegt hat',
		effect: (max, midpoint) => `100 × (ihre Punkte − ${midpoint}) ÷ (${max} × gezählte Antworten)`,
		effectNote: (maxEffect) =>
			`Die Wirkung jeder gezählten Antwort in Punkten: positiv in Richtung Software Engineer, negativ in Richtung Programmierer. Die Wirkungen ergeben zusammen genau die Position minus 50. Sind alle Fragen beantwortet, verschiebt eine einzelne Antwort die Position um höchstens ${format.decimal(maxEffect)} Punkte. Angezeigt wird jede Wirkung mit einer Nachkommastelle; genau halbe Werte werden von null weg gerundet, damit gleich starke Wirkungen in beide Richtungen gleich aussehen.`,
		stepsTerm: 'Abstand zu einer anderen Beschreibung',
		steps: (near) =>
			`Statt einer Spanne nennt das Ergebnis eine genaue Zahl: die wenigsten Antworten, die, jede um einen Schritt auf der Skala in dieselbe Richtung verschoben (etwa von „Eher B“ zu „B“), die Position in einen anderen Bereich brächten. Als nicht zutreffend markierte Antworten bleiben, wie sie sind. Jeder Schritt trägt gleich viel zur Position bei, deshalb ist die Zahl exakt. Liegt der nächste andere Bereich höchstens ${near === 1 ? 'einen Schritt' : `${word(near)} Schritte`} entfernt, nennt das Ergebnis ihn.`,
		retakeTerm: 'Dieselbe Beschreibung bei einer Wiederholung',
		retake:
			'Nach dem Modell landet eine Wiederholung des Quiz bei jemandem mit deiner Position in deren Nähe, durch die Reliabilität des Werts etwas zur Mitte hin gezogen und um seinen Standardfehler gestreut. Die Seite sagt, gerundet, wie viele von zehn Wiederholungen dieselbe Beschreibung ergäben, und, wo das zutrifft, dass schon eine einzelne verschobene Antwort die Beschreibung ändern könnte.',
		differTerm: 'Ähnlich oder verschieden',
		differ: (z) =>
			`Zwei Werte gelten nur dann als verschieden, wenn ihr Abstand mehr als ${fixed(z, 2)} Standardfehler des Abstands beträgt (das übliche 95-%-Niveau), berechnet aus den Antworten, auf denen jeder Wert beruht; sonst gelten sie als ähnlich. So vergleicht die Zusammenfassung deine höchste und deine niedrigste ausgewiesene Dimension, und so vergleicht die Vergleichsseite Personen miteinander.`,
		straightTerm: 'Immer dieselbe Antwort',
		straight: (share) =>
			`Macht eine Option ${pct(share)} oder mehr deiner Antworten auf der Skala aus, sagt die Zusammenfassung das: Die Position sagt dann mehr über die Art zu antworten als über deine Gewohnheiten. Antworten mit „Kommt in meiner Arbeit nicht vor“ zählen hier nicht mit.`,
		explainTerm: 'Wie die Erklärung entsteht',
		explain: ({ strongest, lowMax, highMin }) =>
			`Eine Dimension neigt dorthin, wohin der Bereich ihres gerundeten Werts zeigt: Richtung Programmierer bis ${lowMax}, Richtung Software Engineer ab ${highMin}, sonst dazwischen. „Was deine Position bewegt hat“ listet für jede Rolle ${strongest === 1 ? 'die Antwort' : `die ${word(strongest)} Antworten`} mit der größten Wirkung, bei Gleichstand in der Reihenfolge der Fragen, und sagt, wie viele weitere sie genauso stark bewegt haben. Die nächsten Schritte gehen in beide Richtungen und stammen aus den Fragen selbst: für eine Dimension, die Richtung Programmierer neigt, die Aussagen des Software Engineers, von denen du dich auf der Linie entfernt eingeordnet hast; für eine, die Richtung Software Engineer neigt, die Aussagen des Programmierers; die stärkste Neigung jeweils zuerst. So beschreibt kein Vorschlag je eine Arbeitsweise, die in die Gegenrichtung zählt.`
	},
	support: (perDimension, dimensions) => [
		`${perDimension === 1 ? 'Eine Frage' : `${Word(perDimension)} Fragen`} pro Dimension, bei ${word(dimensions)} Dimensionen: So viele braucht das Modell, damit eine Dimension verlässlich genug ist, um ausgewiesen zu werden. Mit weniger könnte eine Wiederholung das meiste von dem ändern, was das Ergebnis über eine Dimension sagt.`,
		'Trotzdem messen sie eine Arbeitsweise nur grob. Eine Wiederholung kann eine Dimension um einige Punkte verschieben und die Gesamtposition über eine Bereichsgrenze. Deshalb sagt das Ergebnis, wie oft eine Wiederholung dieselbe Beschreibung ergibt, nennt eine Beschreibung, die schon eine einzelne Antwort ändern könnte, und nennt zwei Dimensionen nur dann verschieden, wenn ihr Abstand über den Fehler des Modells hinausgeht.',
		'Vergleichswerte haben wir noch nicht, also keine Daten darüber, wie Entwickler allgemein antworten. Deshalb vergleicht dich nichts auf der Ergebnisseite mit anderen Menschen, und keine Zahl hier ist ein Perzentil.'
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`Dies ist Version ${current} des Fragenkatalogs. Ein Ergebnislink enthält die Version und deine Antworten, gepackt in einen kurzen Code mit zwei Prüfzeichen, aber nie die Werte: Die Seite berechnet das Ergebnis bei jedem Aufruf neu. Seit Version ${notApplicableSince} ist jede Antwort eine von ${word(digits)} Ziffern (die ${word(scaleSize)} Skalenantworten und „Trifft auf mich nicht zu“). Ein abgeschnittener oder vertippter Link fällt bei der Prüfung durch und führt zu einer Seite „Ergebnislink beschädigt“ statt zum Ergebnis einer anderen Person. Jede je ausgelieferte Version bleibt erhalten: Ein Link aus Version ${format.list(older.map(String))} zeigt weiterhin sein Ergebnis, gewertet mit den Fragen von damals, und weist darauf hin, dass sich das Quiz seitdem geändert hat.`,
	olderBanks: (version, count) => `Die ${count} Fragen von Version ${version}`,
	privacy: (days) =>
		`Jede Antwort geht mit ihrem Schritt an unseren Server, weil er die nächste Seite bestimmt; gespeichert wird sie dort nicht. Was das Quiz aufbewahrt, bleibt bei dir: Ein Cookie in deinem Browser enthält deine bisherigen Antworten, und jeder Ergebnislink enthält die Antworten, die er zeigt. Das Cookie gilt ${days} ${plural(days, { one: 'Tag', other: 'Tage' })} ab deiner letzten Antwort; „Neu starten“ löscht die Antworten darin. Andere sehen dein Ergebnis nur, wenn du ihnen den Link gibst. Es gibt keine Konten, keine Analytics, kein Tracking und keine Anfragen an andere Websites, nicht einmal für Schriften. Ergebnisseiten weisen Browser an, ihre Adresse nicht an andere Websites weiterzugeben, denn die Adresse enthält deine Antworten.`,
	limits:
		'Das Quiz ist eine Hilfe zur Selbstreflexion, gestützt auf die Unterscheidungen eines einzigen Artikels, kein validierter psychologischer Test und kein Urteil über Bewerbung oder Karriere. Die Rollen überschneiden sich, jeder Software Engineer schreibt auch Code, und ein Ergebnis als Programmierer ist kein schlechteres. Selbstauskünfte zeigen, wie wir unsere eigenen Gewohnheiten sehen, und das ist nicht immer, wie wir tatsächlich arbeiten.',
	cta: 'Zum Quiz'
};

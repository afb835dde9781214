import type { QuizText } from '../quiz-types';

/**
 * Die Unterscheidungen des Artikels, die Dimensionen und die Fragen, in eigenen Worten: Der
 * Artikel wird sinngemäß wiedergegeben und zitiert, nie wörtlich übernommen. Rollen heißen wie
 * in site.ts und in deutschen Stellenanzeigen: „Programmierer“ und „Software Engineer“.
 */

export const roles: QuizText['roles'] = {
	programmer: 'Programmierer',
	engineer: 'Software Engineer'
};
export const roleLabels: QuizText['roleLabels'] = {
	programmer: 'Programmierer',
	engineer: 'Software Engineer'
};

export const bands: QuizText['bands'] = {
	programmer: 'Programmierer',
	'leaning-programmer': 'Eher Programmierer',
	both: 'Dazwischen',
	'leaning-engineer': 'Eher Software Engineer',
	engineer: 'Software Engineer'
};

export const scale: QuizText['scale'] = {
	labels: { 0: 'Nie', 1: 'Selten', 2: 'Manchmal', 3: 'Oft', 4: 'Immer' },
	notApplicable: 'Trifft auf mich nicht zu',
	positions: { 0: 'A', 1: 'Eher A', 2: 'Beides gleichermaßen', 3: 'Eher B', 4: 'B' },
	notApplicableToWork: 'Kommt in meiner Arbeit nicht vor',
	statements: { a: 'A', b: 'B' }
};

export const distinctions: QuizText['distinctions'] = {
	coding: {
		title: 'Coden ist das Kernhandwerk',
		paraphrase:
			'Coden heißt, die Zeilen zu tippen, aus denen ein Programm besteht. Programmieren reicht weiter: Es umfasst das ganze Projekt, nicht nur ein Stück davon. Code zu schreiben steht im Zentrum dessen, was ein Programmierer tut.'
	},
	'specialised-tasks': {
		title: 'Spezialisierung auf bestimmte Aufgaben',
		paraphrase:
			'In großen Teams konzentrieren sich Programmierer meist auf bestimmte Arten von Aufgaben, und manche Firmen stellen Programmierer nur fürs Coden ein.'
	},
	'follows-instructions': {
		title: 'Vorgaben in ein Programm umsetzen',
		paraphrase:
			'Im typischen Job bekommt ein Programmierer Vorgaben von anderen im Team, etwa aus dem Design, von Engineers oder von erfahreneren Programmierern, und baut daraus ein vollständiges Programm – manchmal aus kaum mehr als einem Konzept.'
	},
	'engineering-principles': {
		title: 'Ingenieursprinzipien als Methode',
		paraphrase:
			'Ein Software Engineer überträgt Ingenieursprinzipien auf Software: eine bestimmte, bewusste Art, ein Problem zu betrachten, bevor man es löst.'
	},
	'environment-first': {
		title: 'Erst die Umgebung verstehen',
		paraphrase:
			'Wer eine Brücke baut, untersucht erst den Untergrund im Fluss und plant dann das Fundament. Genauso sieht sich ein Software Engineer zuerst die Rechner und die Software an, mit denen ein Programm zu tun haben wird, damit der Entwurf zu seinem Einsatzort passt.'
	},
	'talks-with-clients': {
		title: 'Mit Kunden sprechen',
		paraphrase:
			'Software Engineers sprechen selbst mit den Kunden, damit das, was sie entwerfen, für die Auftraggeber auch wirklich funktioniert.'
	},
	'design-process': {
		title: 'Den ganzen Entwurfsprozess verantworten',
		paraphrase:
			'Software Engineering geht weit über das Programmieren hinaus: Es ist ein vollständiger Entwurfsprozess, vom Verstehen des Problems bis zum laufenden Programm.'
	},
	'real-conditions': {
		title: 'Gebaut für echte Bedingungen',
		paraphrase:
			'Ziel ist Software, die dort effizient und zuverlässig läuft, wo sie tatsächlich im Einsatz ist: auf ihren echten Rechnern, für die Menschen, für die sie gedacht ist.'
	},
	'roles-overlap': {
		title: 'Die Rollen überschneiden sich',
		paraphrase:
			'Unter dem Artikel fragt ein Kommentar, ob die beiden Rollen nicht dasselbe seien. Wir lesen es so: Sie überschneiden sich stark. Jeder Software Engineer schreibt auch Code, und laut Artikel blickt schon das Programmieren auf das ganze Projekt.'
	}
};

export const dimensions: QuizText['dimensions'] = {
	scope: {
		name: 'Blickfeld',
		summary:
			'Wie viel vom System du im Blick hast: einen Teil, den du genau kennst, oder das Ganze und wie es zusammenspielt.',
		ends: {
			programmer: 'ein Teil des Systems, in der Tiefe beherrscht',
			engineer: 'das ganze System und wie seine Teile zusammenpassen'
		},
		fromArticle:
			'Coden heißt Zeilen tippen; Programmieren umfasst schon das ganze Projekt, und in großen Teams spezialisieren sich Programmierer auf bestimmte Aufgaben. Engineering beschreibt der Artikel als Entwurfsprozess für das Ganze.',
		habitsOf: {
			engineer: [
				'Skizziere vor deiner nächsten Aufgabe, welche Teile sie berührt und welche Teile von diesen abhängen.',
				'Lies den Code oder die Doku auf der anderen Seite einer Schnittstelle, die du nutzt.',
				'Nimm an einer Designdiskussion über einen Teil des Systems teil, an dem du nicht arbeitest.'
			],
			programmer: [
				'Übernimm einen kleinen Teil komplett, bis zur letzten Codezeile.',
				'Blocke dir einen Nachmittag, um ungestört an einer einzigen Aufgabe zu coden.',
				'Bring eine klar abgegrenzte Aufgabe ganz zu Ende, bevor du den Blick wieder weitest.'
			]
		}
	},
	'starting-point': {
		name: 'Ausgangspunkt',
		summary:
			'Wo deine Arbeit beginnt: bei einer Vorgabe oder einem Entwurf, den dir jemand gibt, oder beim Problem dahinter.',
		ends: {
			programmer: 'eine Vorgabe oder ein Entwurf, sauber umgesetzt',
			engineer: 'das Problem hinter der Anfrage'
		},
		fromArticle:
			'Programmierer bekommen ihre Vorgaben meist aus Design, Engineering oder Teamleitung und machen daraus, manchmal aus einem ganzen Konzept, ein Programm. Engineers bringen eine bewusste Art mit, das Problem selbst zu betrachten.',
		habitsOf: {
			engineer: [
				'Schreib vor deiner nächsten Aufgabe in einem Satz auf, welches Problem sie löst.',
				'Wirkt eine Anfrage seltsam, frag, wer sie braucht und warum, und gleich die Antwort mit der Anfrage ab.',
				'Schlag bei der Übergabe deiner Arbeit eine Alternative vor, auch wenn am Ende der ursprüngliche Plan gewinnt.'
			],
			programmer: [
				'Nimm eine gut geschriebene Vorgabe und setz sie genau so um, ohne sie neu aufzurollen.',
				'Ist das Problem geklärt, leg dich auf einen Entwurf fest und komm zügig zu funktionierendem Code.',
				'Arbeite im Pair mit jemandem, der nach Entwürfen baut, und achte darauf, was diese Verlässlichkeit dem Team erleichtert.'
			]
		}
	},
	method: {
		name: 'Methode',
		summary:
			'Wie du zu einer Lösung kommst: über Handwerk im Code selbst oder über eine schriftliche Methode mit Optionen, Zielen und Abwägungen.',
		ends: {
			programmer: 'Handwerk im Code selbst',
			engineer: 'eine schriftliche Methode mit Optionen, Zielen und Abwägungen'
		},
		fromArticle:
			'Der Artikel stellt das Schreiben von Code, den Kern des Programmierens, neben Ingenieursprinzipien: eine bestimmte, bewusste Herangehensweise an ein Problem.',
		habitsOf: {
			engineer: [
				'Schreib auf, was „fertig“ heißt und wie du es prüfst, bevor du anfängst.',
				'Stell für eine Designentscheidung zwei Optionen mit ihren Kosten gegenüber und entscheide auf dem Papier.',
				'Führ ein kurzes Entscheidungsprotokoll: was du gewählt hast, was du verworfen hast und warum.'
			],
			programmer: [
				'Überarbeite ein Stück deines eigenen Codes, bis jemand Neues es ohne Hilfe lesen kann.',
				'Geh im Review eine Änderung aus dem Team Zeile für Zeile durch, nicht nur ihr Design.',
				'Lerne ein Werkzeug, das du täglich nutzt, gründlicher, als es deine aktuelle Arbeit verlangt.'
			]
		}
	},
	environment: {
		name: 'Umgebung',
		summary:
			'Ob du vor dem Entwurf untersuchst, wo deine Software laufen wird, oder dich auf die Plattform und die Fachleute drumherum verlässt.',
		ends: {
			programmer: 'der Code, auf einer Plattform, um die sich andere kümmern',
			engineer: 'die Rechner und Systeme, vor dem Entwurf untersucht'
		},
		fromArticle:
			'Der Artikel zieht den Vergleich zum Brückenbau: Erst wird das Flussbett untersucht, dann das Fundament geplant. Ebenso klärt ein Software Engineer vor dem Entwurf, auf welcher Hard- und Software das Programm laufen wird.',
		habitsOf: {
			engineer: [
				'Schreib die Grenzen bei Speicher, Netz und Last dort auf, wo deine Software läuft.',
				'Lass deine Software unter den schlechtesten Bedingungen laufen, die ihr wirklich begegnen, etwa bei langsamem Netz oder hoher Last.',
				'Frag die Leute, die deine Systeme betreiben, was am häufigsten ausfällt, und entwirf mit Blick darauf.'
			],
			programmer: [
				'Überlass einer gut gewählten Plattform ein Thema ganz und steck die gewonnene Zeit in den Code.',
				'Hol bei Fragen zu Hosting oder Sicherheit früh die Fachleute dazu, statt alles allein zu klären.',
				'Lerne dein Framework so gut kennen, dass du dich auf seine Standardeinstellungen verlassen kannst.'
			]
		}
	},
	people: {
		name: 'Menschen',
		summary:
			'Wie du erfährst, was gebaut werden soll: über Produktmanagement, Teamleitung oder Lehrkraft, oder direkt von den Menschen, für die es ist.',
		ends: {
			programmer: 'Anforderungen, die andere erheben, und Zeit zum Bauen',
			engineer: 'Gespräche mit den Menschen, für die die Software ist'
		},
		fromArticle:
			'Programmierer bekommen ihre Vorgaben von anderen im Team. Software Engineers sprechen selbst mit den Kunden, um Software zu entwerfen, die für diese funktioniert.',
		habitsOf: {
			engineer: [
				'Setz dich bei einem Gespräch mit Kunden oder Nutzern deiner Software dazu.',
				'Erklär jemandem außerhalb des Teams eine technische Entscheidung in einfachen Worten und hör dir die Fragen an.',
				'Schau zu, wie jemand ein Feature von dir nutzt, ohne zu helfen, und notier, wo es hakt.'
			],
			programmer: [
				'Halte dir ein paar Stunden pro Woche frei von Meetings, nur zum Bauen.',
				'Lass Produktmanagement oder Teamleitung eine Runde Anforderungen sammeln und bau aus dem, was zurückkommt.',
				'Steht eine Vorgabe fest, bau danach, ohne jedes Detail wieder mit den Nutzern zu diskutieren.'
			]
		}
	},
	quality: {
		name: 'Echte Bedingungen',
		summary:
			'Was „fertig“ heißt: Das Feature tut, was die Vorgabe verlangt, oder es läuft im echten Einsatz effizient und zuverlässig.',
		ends: {
			programmer: 'ein funktionierendes Feature, das tut, was verlangt war',
			engineer: 'Software, die im echten Einsatz zuverlässig läuft'
		},
		fromArticle:
			'Der Artikel will Programme, die unter echten Bedingungen effizient und zuverlässig arbeiten: auf der Hardware, auf der sie laufen, und für die Menschen, für die sie gedacht sind.',
		habitsOf: {
			engineer: [
				'Setz ein Ziel für Geschwindigkeit oder Zuverlässigkeit, das dein nächstes Feature erreichen muss, und miss es.',
				'Teste mit realistischen Daten in realistischer Menge, nicht nur den Happy Path.',
				'Schreib vor dem Release auf, wie das Feature im Einsatz scheitern könnte und was dann passiert.'
			],
			programmer: [
				'Liefere dein nächstes Feature zuerst in der kleinsten funktionierenden Version aus und verbessere es von da aus.',
				'Prüf dein nächstes Arbeitsergebnis Punkt für Punkt gegen die Vorgabe, bevor du es fertig nennst.',
				'Kläre, was „gut genug“ für dein nächstes Feature heißt, und hör dort auf.'
			]
		}
	},
	breadth: {
		name: 'Teil oder Ganzes',
		summary:
			'Ob sich deine Arbeit um den Code eines einzelnen Teils dreht oder um das ganze Projekt drumherum.',
		ends: {
			programmer: 'ein einzelner Teil, in der Tiefe gebaut',
			engineer: 'das ganze Projekt und wie alles zusammenpasst'
		},
		fromArticle:
			'Coden heißt, die Zeilen eines Programms zu tippen; Programmieren umfasst das ganze Projekt. In großen Teams spezialisieren sich Programmierer auf bestimmte Aufgaben, und manche werden nur fürs Coden eingestellt.'
	},
	brief: {
		name: 'Woher der Entwurf kommt',
		summary:
			'Ob das, was du baust, von anderen ausgearbeitet und dir übergeben wird oder ob du es selbst mit den Menschen ausarbeitest, für die es gedacht ist.',
		ends: {
			programmer: 'ein Entwurf von Teamleitung oder Design, getreu umgesetzt',
			engineer: 'ein Entwurf, gemeinsam mit Kunden und Nutzern erarbeitet'
		},
		fromArticle:
			'Programmierer setzen meist Vorgaben von Designern, Engineers oder der Teamleitung in ein vollständiges Programm um; Software Engineers sprechen mit Kunden, um Software zu entwerfen, die für diese funktioniert.'
	},
	approach: {
		name: 'Wie Probleme angegangen werden',
		summary:
			'Ob du ein Problem direkt im Code durcharbeitest oder mit einer ausdrücklichen Methode, die bei der Umgebung beginnt, in die die Lösung passen muss.',
		ends: {
			programmer: 'direkt im Code, geleitet von Erfahrung',
			engineer: 'eine ausdrückliche Methode, die Umgebung zuerst'
		},
		fromArticle:
			'Software Engineers wenden Ingenieursprinzipien an, eine bestimmte Art, ein Problem zu betrachten: So wie im Brückenbau erst das Flussbett untersucht wird und dann die Brücke entsteht, untersuchen sie die Hard- und Software rund um ein Programm, bevor sie es entwerfen.'
	},
	conditions: {
		name: 'Wofür gebaut wird',
		summary:
			'Ob deine Arbeit fertig ist, wenn dein Teil stimmt, oder erst, wenn das Ganze unter den Bedingungen des echten Einsatzes zuverlässig läuft.',
		ends: {
			programmer: 'jeder Teil korrekt und vollständig',
			engineer: 'das Ganze, zuverlässig im echten Einsatz'
		},
		fromArticle:
			'Im Artikel ist Software Engineering ein vollständiger Entwurfsprozess, der Programme effizient und zuverlässig arbeiten lässt: unter den Bedingungen, auf der Hardware und mit den Nutzern, für die sie gedacht sind.'
	}
};

export const questions: QuizText['questions'] = {
	// Version 2, der aktuelle Fragenkatalog.
	'scope-one-area-in-depth':
		'Ich arbeite mich tief in einen Teil eines Systems ein, etwa die Oberfläche, die Daten oder einen einzelnen Service.',
	'starting-write-down-problem':
		'Bevor ich baue, schreibe ich auf, welches Problem eine Aufgabe lösen soll und woran wir merken, dass es gelöst ist.',
	'method-refine-own-code':
		'Ich überarbeite meinen Code, bis er sich klar liest: mit guten Namen und einfacher Struktur.',
	'environment-where-it-runs':
		'Vor dem Entwurf kläre ich, worauf meine Software laufen wird: Rechner, Betriebssysteme, Dienste.',
	'people-requirements-gathered':
		'Ich baue nach Anforderungen, die jemand anderes erhoben hat, etwa Produktmanagement, Teamleitung oder eine Lehrkraft.',
	'quality-realistic-testing':
		'Ich teste meine Software mit realistischen Daten in realistischer Menge, bevor sich andere darauf verlassen.',
	'scope-sketch-connections':
		'Bevor ich baue, skizziere ich, wie die Teile eines Systems zusammenhängen werden, als Diagramm oder kurze Gliederung.',
	'starting-given-design':
		'Ich setze den Entwurf von jemand anderem, etwa ein Mock-up oder eine Schnittstellenbeschreibung, in funktionierenden Code um.',
	'method-weigh-options':
		'Bevor ich mich für einen Entwurf entscheide, schreibe ich zwei oder mehr Optionen auf und was jede kosten würde.',
	'environment-work-with-specialist':
		'Berührt eine Aufgabe Hosting, Netzwerke oder Sicherheit, arbeite ich mit der Person zusammen, die darauf spezialisiert ist.',
	'people-ask-users':
		'Ich spreche mit den Menschen, die die Software nutzen oder bezahlen werden, um herauszufinden, was sie brauchen.',
	'quality-check-against-brief':
		'Bevor ich eine Aufgabe fertig nenne, prüfe ich sie Punkt für Punkt gegen die Vorgabe.',
	'scope-settled-coding-tasks': 'Ich übernehme Programmieraufgaben, deren Design schon feststeht.',
	'starting-propose-approach':
		'Halte ich einen anderen Ansatz für besser, schlage ich ihn der Person vor, die die Aufgabe gestellt hat.',
	'method-read-code-closely':
		'Ich lese Code von anderen Zeile für Zeile, im Review oder um zu verstehen, wie er funktioniert.',
	'environment-find-limits-first':
		'Vor dem Entwurf kläre ich, mit welchen Grenzen meine Software auskommen muss, etwa bei Speicher, Last oder Kosten.',
	'people-focus-on-building':
		'Ich konzentriere mich aufs Bauen, während Produktmanagement, Teamleitung oder Lehrkraft den Kontakt zu den Nutzern halten.',
	'quality-watch-in-use':
		'Ich behalte Software, die ich gebaut habe, im Betrieb im Blick: über Alerts, Logs oder Rufbereitschaft.',
	'scope-neighbouring-systems':
		'Bevor ich meinen Teil ändere, finde ich heraus, wie sich die angebundenen Systeme verhalten und wie sie ausfallen.',
	'starting-idea-to-program':
		'Ich mache aus einer Idee, die mir jemand beschreibt, ein vollständiges, funktionierendes Programm.',
	'method-measure-against-target':
		'Ich messe Geschwindigkeit oder Zuverlässigkeit meiner Software an einem vorher festgelegten Ziel.',
	'environment-rely-on-platform':
		'Ich verlasse mich darauf, dass ein Framework oder eine Plattform Details wie Arbeitsspeicher, Datenhaltung oder Skalierung übernimmt.',
	'people-show-work-in-progress':
		'Ich zeige unfertige Arbeit den Menschen, für die sie gedacht ist, und passe sie nach ihrem Feedback an.',
	'quality-ship-early':
		'Ich liefere früh eine kleine funktionierende Version aus und verbessere sie dann Schritt für Schritt.',

	// Version 1, wie sie ausgeliefert wurde (eingestellt; bleibt, damit ihre Links weiter ein Ergebnis zeigen).
	'scope-whole-system':
		'Wenn ich eine Aufgabe übernehme, schaue ich zuerst, wie sie ins Gesamtsystem passt.',
	'direction-clear-brief':
		'Ich setze eine klare Aufgabe aus Design oder Teamleitung in funktionierenden Code um.',
	'method-compare-options':
		'Bevor ich mich für einen Entwurf entscheide, schreibe ich zwei oder mehr Optionen auf und vergleiche sie.',
	'environment-given-stack':
		'Ich baue auf der Plattform und den Tools, die meine Teamleitung oder mein Team für mich auswählt.',
	'people-talk-to-users':
		'Ich spreche mit den Menschen, die die Software nutzen werden, bevor ich sie baue.',
	'quality-feature-works': 'Eine Aufgabe ist für mich erledigt, sobald das Feature funktioniert.',
	'scope-own-part': 'Ich arbeite an einem klar umrissenen Teil des Codes, den ich selbst baue.',
	'direction-real-problem':
		'Bevor ich baue, was verlangt wurde, prüfe ich, welches Problem es lösen soll.',
	'method-try-in-code': 'Die beste Lösung finde ich, indem ich Ideen direkt im Code ausprobiere.',
	'environment-check-first':
		'Bevor ich mich für einen Entwurf entscheide, sehe ich mir die anderen Systeme an, mit denen meine Software zusammenarbeiten muss.',
	'people-through-lead':
		'Was ein Feature braucht, erfahre ich von meiner Teamleitung oder aus dem Ticket.',
	'quality-real-use':
		'Ich teste meine Software unter realitätsnahen Bedingungen: echte Daten, echte Geräte, viele Nutzer.',
	'scope-plan-parts':
		'Ich plane, wie die Teile eines Projekts zusammenpassen, bevor der Code geschrieben wird.',
	'direction-start-coding': 'Sind die Vorgaben klar, fange ich sofort an zu coden.',
	'method-write-requirements': 'Bevor ich baue, schreibe ich auf, was die Software können muss.',
	'environment-platform-team':
		'Server, Geräte und Netzwerke überlasse ich den Leuten, deren Job es ist, sie zu betreiben.',
	'people-explain-choices':
		'Ich erkläre Kunden oder Nutzern technische Entscheidungen in Worten, die sie verstehen.',
	'quality-fix-when-reported':
		'Um Langsamkeit oder Abstürze kümmere ich mich, wenn jemand sie meldet.',
	'scope-coding-day':
		'Den Großteil meines Arbeitstags verbringe ich damit, Code zu schreiben, zu lesen und zu reparieren.',
	'direction-shape-what-to-build': 'Ich entscheide mit, was gebaut wird, nicht nur, wie.',
	'method-known-patterns':
		'Ich nutze Muster und Tools, die ich gut kenne, um eine Aufgabe schnell zu erledigen.',
	'environment-find-limits':
		'Ich kläre die Grenzen der Hardware, auf der meine Software laufen wird, etwa Speicher oder alte Geräte.',
	'people-focused-coding':
		'Gespräche mit Kunden überlasse ich meiner Teamleitung oder dem Management.',
	'quality-measure-goals':
		'Ich messe die Leistung meiner Software an Zielen, die wir vorher festgelegt haben.'
};

export const habits: QuizText['habits'] = {
	'scope-one-area-in-depth': 'Tief in einen Teil einarbeiten',
	'starting-write-down-problem': 'Erst das Problem aufschreiben',
	'method-refine-own-code': 'Code überarbeiten, bis er sich klar liest',
	'environment-where-it-runs': 'Klären, worauf die Software läuft',
	'people-requirements-gathered': 'Nach Anforderungen anderer bauen',
	'quality-realistic-testing': 'Mit realistischen Daten testen',
	'scope-sketch-connections': 'Skizzieren, wie die Teile zusammenhängen',
	'starting-given-design': 'Nach fremdem Entwurf bauen',
	'method-weigh-options': 'Optionen schriftlich abwägen',
	'environment-work-with-specialist': 'Bei Hosting und Sicherheit mit Fachleuten arbeiten',
	'people-ask-users': 'Nutzer fragen, was sie brauchen',
	'quality-check-against-brief': 'Arbeit gegen die Vorgabe prüfen',
	'scope-settled-coding-tasks': 'Programmieraufgaben mit festem Design übernehmen',
	'starting-propose-approach': 'Einen anderen Ansatz vorschlagen',
	'method-read-code-closely': 'Code Zeile für Zeile lesen',
	'environment-find-limits-first': 'Zuerst die Grenzen klären',
	'people-focus-on-building': 'Sich aufs Bauen konzentrieren',
	'quality-watch-in-use': 'Software im Betrieb beobachten',
	'scope-neighbouring-systems': 'Angebundene Systeme untersuchen',
	'starting-idea-to-program': 'Aus einer Idee ein ganzes Programm machen',
	'method-measure-against-target': 'An einem Ziel messen',
	'environment-rely-on-platform': 'Sich auf die Plattform verlassen',
	'people-show-work-in-progress': 'Unfertiges den Nutzern zeigen',
	'quality-ship-early': 'Früh eine kleine Version ausliefern',

	'scope-whole-system': 'Zuerst aufs Gesamtsystem schauen',
	'direction-clear-brief': 'Eine klare Aufgabe in Code umsetzen',
	'method-compare-options': 'Optionen schriftlich vergleichen',
	'environment-given-stack': 'Auf der gewählten Plattform bauen',
	'people-talk-to-users': 'Vor dem Bauen mit Nutzern sprechen',
	'quality-feature-works': 'Fertig, wenn das Feature läuft',
	'scope-own-part': 'Am eigenen Teil des Codes arbeiten',
	'direction-real-problem': 'Das Problem hinter einer Anfrage prüfen',
	'method-try-in-code': 'Ideen im Code ausprobieren',
	'environment-check-first': 'Zuerst die anderen Systeme ansehen',
	'people-through-lead': 'Anforderungen über Teamleitung oder Ticket',
	'quality-real-use': 'Nah am echten Einsatz testen',
	'scope-plan-parts': 'Planen, wie die Teile zusammenpassen',
	'direction-start-coding': 'Bei klarer Vorgabe sofort coden',
	'method-write-requirements': 'Aufschreiben, was die Software können muss',
	'environment-platform-team': 'Infrastruktur ihrem Team überlassen',
	'people-explain-choices': 'Kunden Entscheidungen erklären',
	'quality-fix-when-reported': 'Probleme beheben, wenn sie gemeldet werden',
	'scope-coding-day': 'Arbeitstage mit Code',
	'direction-shape-what-to-build': 'Mitentscheiden, was gebaut wird',
	'method-known-patterns': 'Bewährte Muster nutzen',
	'environment-find-limits': 'Die Grenzen der Hardware klären',
	'people-focused-coding': 'Kundengespräche der Teamleitung überlassen',
	'quality-measure-goals': 'An Zielen messen'
};

/**
 * Version 3: zwei Arbeitsweisen nebeneinander, beide in der ersten Person und gleich respektabel.
 * `notApplicableWhen` spricht die Lesenden an („Du …“) und steht hinter „Nur wenn gilt:“.
 */
export const pairs: QuizText['pairs'] = {
	'breadth-time-in-code': {
		programmer:
			'Den Großteil meiner Arbeitszeit verbringe ich damit, Code zu schreiben und zu verfeinern.',
		engineer:
			'Den Großteil meiner Arbeitszeit verbringe ich mit dem Projekt rund um den Code: Ich plane es, gestalte es und sorge dafür, dass es ausgeliefert wird.',
		notApplicableWhen:
			'Du arbeitest überhaupt nicht praktisch an Software, auch nicht im Studium oder in deiner Freizeit.'
	},
	'brief-design-settled': {
		programmer:
			'Der Entwurf dessen, was ich baue, steht fest, bevor er bei mir ankommt, und ich mache daraus ein funktionierendes Programm.',
		engineer:
			'Ich arbeite den Entwurf selbst aus, gemeinsam mit denen, die die Software angefragt haben.',
		notApplicableWhen: 'Niemand fragt Software bei dir an: Du baust nur Dinge für dich selbst.'
	},
	'approach-first-move': {
		programmer:
			'In ein neues Problem arbeite ich mich ein, indem ich im Code Dinge ausprobiere und schaue, was funktioniert.',
		engineer:
			'In ein neues Problem arbeite ich mich ein, indem ich es Schritt für Schritt analysiere, bevor ich überhaupt Code schreibe.',
		notApplicableWhen: 'Du löst selbst keine technischen Probleme und hast es auch nie getan.'
	},
	'conditions-design-timing': {
		programmer: 'Ich entwerfe beim Bauen, ein Feature nach dem anderen.',
		engineer: 'Ich entwerfe das System als Ganzes, bevor seine Teile gebaut werden.',
		notApplicableWhen: 'Du nimmst immer nur kleine Änderungen an Software vor, die es schon gibt.'
	},
	'breadth-depth-or-range': {
		programmer:
			'Ich gehe in einem Bereich in die Tiefe, etwa einer Sprache, einer Schicht oder einer Art von Aufgabe, und dafür kommen andere zu mir.',
		engineer: 'Ich arbeite in vielen Bereichen eines Projekts, wo immer es mich braucht.',
		notApplicableWhen: 'Du hast gerade erst angefangen und noch kein eigenes Arbeitsgebiet.'
	},
	'brief-needs-heard': {
		programmer:
			'Was Kunden oder Nutzer brauchen, erfahre ich über Kollegen, die es für das Team zusammentragen.',
		engineer: 'Was Kunden oder Nutzer brauchen, höre ich direkt von ihnen.',
		notApplicableWhen:
			'Was du baust, hat überhaupt keine Kunden oder Nutzer, etwa Übungsaufgaben aus einem Kurs.'
	},
	'approach-where-it-runs': {
		programmer:
			'Ich gehe vom Programm selbst aus: Wo es laufen wird, steht bereits fest, wenn ich es baue.',
		engineer:
			'Bevor ich entwerfe, finde ich heraus, wo die Software laufen wird: die Hardware, die anderen Systeme, das Netzwerk.',
		notApplicableWhen: 'Dein Code läuft immer nur auf deinem eigenen Rechner.'
	},
	'conditions-testing-against': {
		programmer: 'Ich teste, ob mein Code in den Fällen, für die er gedacht ist, das Richtige tut.',
		engineer:
			'Ich teste, wie die Software mit den Bedingungen des echten Einsatzes zurechtkommt: echte Daten, echte Last, echte Menschen.',
		notApplicableWhen: 'Du testest Software in keiner Form.'
	},
	'breadth-piece-or-whole': {
		programmer: 'Ich übernehme ein klar abgegrenztes Stück eines Projekts und baue es gründlich.',
		engineer: 'Ich behalte das ganze Projekt im Blick und kläre, wie seine Teile zusammenpassen.',
		notApplicableWhen:
			'Du bist an keinem Projekt beteiligt und warst es auch in letzter Zeit nicht.'
	},
	'brief-task-breakdown': {
		programmer:
			'Jemand anderes zerlegt die Arbeit in Aufgaben, und ich übernehme sie und erledige sie.',
		engineer: 'Ich zerlege die Arbeit selbst in Aufgaben, für mich oder für andere.',
		notApplicableWhen: 'Deine Arbeit kommt in Stücken, die zu klein zum Zerlegen sind.'
	},
	'approach-choosing': {
		programmer: 'Ich wähle eine Lösung aus Erfahrung: danach, was sich früher gut bewährt hat.',
		engineer:
			'Ich wähle eine Lösung, indem ich Optionen an ausdrücklich benannten Kriterien vergleiche, etwa Kosten, Risiko oder Tempo.',
		notApplicableWhen: 'Lösungen wählen immer andere für dich aus.'
	},
	'conditions-planning-horizon': {
		programmer:
			'Ich plane meine nächsten Aufgaben im Detail, damit jede gut und pünktlich erledigt ist.',
		engineer:
			'Ich plane für die ganze Lebensdauer eines Systems, vom ersten Release bis zu späteren Änderungen.',
		notApplicableWhen: 'Deine Arbeit wird vollständig von anderen geplant.'
	},
	'breadth-team-role': {
		programmer:
			'Im Team habe ich eine spezialisierte Rolle, etwa Frontend, Datenbanken oder Testing.',
		engineer: 'Im Team wechsle ich zwischen Rollen und verbinde, was die Spezialisten bauen.',
		notApplicableWhen: 'Du arbeitest immer allein.'
	},
	'brief-showing-work': {
		programmer:
			'Ich zeige meine Arbeit denen, von denen der Auftrag kam: meiner Teamleitung oder dem anfragenden Team.',
		engineer:
			'Ich zeige meine Arbeit den Menschen, die sie nutzen werden, um zu prüfen, ob sie zu ihnen passt.',
		notApplicableWhen:
			'Niemand sieht deine Arbeit, bevor sie fertig ist, etwa wenn du allein lernst.'
	},
	'approach-tools-fit': {
		programmer: 'Ich wähle Tools und Bibliotheken, die ich gut kenne und die zum Code passen.',
		engineer:
			'Ich wähle Tools und Bibliotheken danach, wie gut sie zu den Systemen passen, neben denen sie laufen werden.',
		notApplicableWhen: 'Tools und Bibliotheken wählen immer andere für dich aus.'
	},
	'conditions-in-use': {
		programmer:
			'Ist meine Software im Einsatz, überlasse ich den Betrieb dem Operations-Team und konzentriere mich darauf, das Nächste zu bauen.',
		engineer: 'Ist meine Software im Einsatz, kümmere ich mich auch darum, wie sie läuft.',
		notApplicableWhen: 'Nichts, was du gebaut hast, ist im Einsatz.'
	},
	'breadth-done-when': {
		programmer: 'Meine Arbeit ist erledigt, wenn mein Teil gebaut, getestet und übergeben ist.',
		engineer:
			'Meine Arbeit ist erledigt, wenn das ganze Projekt ausgeliefert ist und als Ganzes funktioniert.',
		notApplicableWhen: 'Deine Arbeit hat nichts auszuliefern, etwa in der reinen Forschung.'
	},
	'brief-unclear-request': {
		programmer:
			'Ist eine Anfrage unklar, frage ich die Person, von der sie stammt, und baue, was sie entscheidet.',
		engineer:
			'Ist eine Anfrage unklar, gehe ich zu den Menschen, die die Software brauchen, und entscheide mit ihnen, was gebaut wird.',
		notApplicableWhen: 'Du legst deine ganze Arbeit selbst fest: Nichts erreicht dich als Anfrage.'
	},
	'approach-reasoning-kept': {
		programmer:
			'Damit meine Entwürfe verständlich sind, setze ich auf sauberen Code und gute Namen.',
		engineer: 'Damit meine Entwürfe verständlich sind, setze ich auf schriftliche Designnotizen.',
		notApplicableWhen: 'Du entwirfst gar nichts, nicht einmal kleine Teile.'
	},
	'conditions-follow-through': {
		programmer: 'Ist mein Teil gemergt, übergebe ich ihn und widme mich ganz der nächsten Aufgabe.',
		engineer: 'Ist mein Teil gemergt, begleite ich ihn durch das Release bis in den Einsatz.',
		notApplicableWhen: 'Deine Arbeit wird nie ausgeliefert, etwa bei Übungsaufgaben im Studium.'
	},
	'breadth-new-project': {
		programmer:
			'In einem neuen Projekt suche ich mir den Teil, der zu meinen Fähigkeiten passt, und übernehme ihn.',
		engineer:
			'In einem neuen Projekt verschaffe ich mir erst einen Überblick über alle Teile und entscheide dann, wo ich gebraucht werde.',
		notApplicableWhen:
			'Du bist noch nie in ein Projekt eingestiegen und hast auch nie eines gestartet.'
	},
	'brief-feedback-in-use': {
		programmer: 'Ist die Software im Einsatz, erreicht mich Feedback als Tickets oder Bugreports.',
		engineer:
			'Ist die Software im Einsatz, spreche ich mit ihren Kunden oder Nutzern darüber, wie sie für sie funktioniert.',
		notApplicableWhen: 'Nichts, was du gebaut hast, ist im Einsatz.'
	},
	'approach-capacity': {
		programmer:
			'Performance und Kapazität optimiere ich, sobald echte Messungen zeigen, wo es darauf ankommt.',
		engineer:
			'Welche Performance und Kapazität die Software brauchen wird, kläre ich, bevor ich zu bauen beginne.',
		notApplicableWhen:
			'Deine Software hat keine nennenswerten Anforderungen an Performance oder Kapazität, etwa bei kleinen Skripten.'
	},
	'conditions-hardware-fit': {
		programmer:
			'Ich schreibe portablen, klaren Code, der nicht von dem Rechner abhängt, auf dem er läuft.',
		engineer:
			'Ich passe meine Software an die Hardware und die Bedingungen an, unter denen sie tatsächlich laufen wird.',
		notApplicableWhen:
			'Du schreibst oder gestaltest selbst keine Software und hast es auch nie getan.'
	},
	'breadth-own-yardstick': {
		programmer:
			'Meine eigene Arbeit beurteile ich vor allem an der Qualität des Codes, den ich geschrieben habe.',
		engineer:
			'Meine eigene Arbeit beurteile ich vor allem daran, wie gut das ganze System geworden ist.',
		notApplicableWhen: 'Du hast noch keine Arbeit abgeschlossen, die du beurteilen könntest.'
	},
	'brief-success-measure': {
		programmer:
			'Als Erfolg sehe ich meine Arbeit, wenn sie vollständig und korrekt tut, was verlangt war.',
		engineer:
			'Als Erfolg sehe ich meine Arbeit, wenn sie für die Menschen funktioniert, für die sie gemacht ist, auch wenn sich die Anfrage unterwegs ändern musste.',
		notApplicableWhen: 'Deiner Arbeit liegt keinerlei Auftrag oder Anfrage zugrunde.'
	},
	'approach-standards': {
		programmer:
			'Ich halte mich an die Konventionen der Codebasis und des Teams, in dem ich arbeite.',
		engineer:
			'Ich halte mich an die technischen Standards des Fachgebiets, für das ich baue, etwa zu Betriebssicherheit, IT-Sicherheit oder Barrierefreiheit.',
		notApplicableWhen:
			'Du arbeitest für dich, ohne Codebasis oder Fachgebiet, nach dem du dich richten müsstest.'
	},
	'conditions-whole-design': {
		programmer: 'Jeden Teil, den ich baue, mache ich für sich genommen solide und gut getestet.',
		engineer:
			'Ich entwerfe, wie die Teile zusammenspielen, damit das Ganze weiterlaufen kann, wenn ein Teil ausfällt.',
		notApplicableWhen: 'Deine Software ist ein einzelnes kleines Programm ohne nennenswerte Teile.'
	},
	'breadth-learning-next': {
		programmer:
			'Ich lerne, indem ich tiefer in die Tools und Sprachen einsteige, die ich schon nutze.',
		engineer:
			'Ich lerne, was der nächste Teil eines Projekts verlangt, auch wenn es weit weg von dem ist, was ich kenne.',
		notApplicableWhen: 'Nichts in deiner Arbeit verlangt, etwas Neues zu lernen.'
	},
	'brief-trade-offs': {
		programmer:
			'Würde ein Feature mehr kosten als erwartet, gebe ich meiner Teamleitung eine klare Schätzung und baue, was sie entscheidet.',
		engineer:
			'Würde ein Feature mehr kosten als erwartet, bespreche ich das mit dem Kunden, und wir entscheiden gemeinsam, was gebaut wird.',
		notApplicableWhen: 'Außer dir entscheidet niemand, was gebaut wird.'
	},
	'approach-neighbour-systems': {
		programmer:
			'Ich programmiere sorgfältig gegen die dokumentierten Schnittstellen der Systeme, mit denen mein Code spricht.',
		engineer:
			'Ich finde heraus, wie sich die Systeme, mit denen mein Code spricht, in der Praxis verhalten, und richte meinen Entwurf danach aus.',
		notApplicableWhen: 'Dein Code spricht mit keinem anderen System.'
	},
	'conditions-ready-when': {
		programmer:
			'Ein Feature ist für mich fertig, wenn es seine Akzeptanzkriterien erfüllt und seine Tests besteht.',
		engineer:
			'Ein Feature ist für mich fertig, wenn es unter Bedingungen wie im echten Einsatz erprobt wurde.',
		notApplicableWhen: 'Du baust keine Features, etwa in reiner Wartung oder im Betrieb.'
	}
};

import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { SCALE_MAX, SCALE_VALUES } from '$lib/quiz/scale';
import { LOCALES } from '$lib/i18n/locales';
import kit from './kit';
import type { ResearchText } from '../research-types';

const { either, fixed, fixedMinus, int, list, pct, plural } = kit;

export const research: ResearchText = {
	consent: {
		summary: 'Meine Antworten anonym den offenen Forschungsdaten hinzufügen',
		intro:
			'Es wird nichts gesendet, solange du nicht unten auf den Knopf drückst. Tust du es, kommen deine Antworten auf die Fragen, die Version des Quiz, die Sprache dieser Seite und der aktuelle Monat in einen öffentlichen Datensatz, den jede und jeder herunterladen und mit unseren Zahlen vergleichen kann. Nicht dein Name, deine Adresse, dein Browser oder dieser Link. Du bekommst einen privaten Link, mit dem du sie jederzeit zurücknehmen kannst.',
		optional: 'Freiwillig, jede Frage kann auf „Keine Angabe“ bleiben:',
		labels: {
			role: 'Wie würdest du deine Rolle beschreiben?',
			years: 'Seit wie vielen Jahren schreibst du Code?',
			organisation: 'Wie viele Menschen arbeiten in deiner Organisation?',
			contact: 'Wie oft hast du mit Kundinnen, Kunden oder Nutzenden dessen zu tun, was du baust?'
		},
		noAnswer: 'Keine Angabe',
		roles: {
			student: 'Studium oder Ausbildung',
			programmer: 'Programmierer/in oder Entwickler/in',
			'software-engineer': 'Software-Engineer',
			'architect-or-lead': 'Architektur oder Leitung',
			operations: 'Betrieb oder SRE',
			data: 'Daten (Analyse, Data Science, Data Engineering)',
			other: 'Etwas anderes'
		},
		codingYears: {
			'under-1': 'Weniger als ein Jahr',
			'1-2': '1 bis 2 Jahre',
			'3-5': '3 bis 5 Jahre',
			'6-10': '6 bis 10 Jahre',
			'11-20': '11 bis 20 Jahre',
			'over-20': 'Mehr als 20 Jahre'
		},
		organisation: {
			'1': 'Nur ich',
			'2-10': '2 bis 10',
			'11-50': '11 bis 50',
			'51-250': '51 bis 250',
			'251-1000': '251 bis 1.000',
			'over-1000': 'Mehr als 1.000'
		},
		contact: {
			never: 'Nie',
			yearly: 'Ein paar Mal im Jahr',
			monthly: 'Jeden Monat',
			weekly: 'Jede Woche'
		},
		submit: 'Meine Antworten hinzufügen',
		more: 'Über die Forschungsdaten'
	},
	joined: {
		title: 'Danke: Deine Antworten sind jetzt in den Forschungsdaten',
		added:
			'Sie sind anonym gespeichert, mit der Version des Quiz, der Sprache und dem Monat, und erscheinen in den offenen Daten und den Statistiken.',
		keepLink:
			'Um deine Antworten zurückzunehmen, öffne diesen Link und bestätige. Er wird nur dieses eine Mal angezeigt und wir bewahren keine Kopie auf: Setz jetzt ein Lesezeichen oder speichere ihn irgendwo.',
		duplicate:
			'Diese Antworten wurden aus diesem Browser schon hinzugefügt, deshalb kein zweites Mal. Dein früherer Löschlink gilt weiterhin.',
		backToResult: 'Zurück zu deinem Ergebnis'
	},
	refused: {
		'bad-form':
			'Dieses Formular ließ sich nicht lesen, es wurde nichts gespeichert. Bitte sende es noch einmal von deiner Ergebnisseite.',
		'bad-code':
			'Dieser Ergebniscode lässt sich nicht lesen, es wurde nichts gespeichert. Bitte sende das Formular von deiner Ergebnisseite.',
		'too-many':
			'Über deine Verbindung wurden in der letzten Stunde zu viele Ergebnisse hinzugefügt, dieses wurde nicht gespeichert. Bitte versuch es später noch einmal.',
		'too-large': 'Das war weit mehr, als das Formular sendet, es wurde nichts gespeichert.',
		unavailable:
			'Die Forschungsdatenbank ist gerade nicht erreichbar, es wurde nichts gespeichert. Bitte versuch es in ein paar Minuten noch einmal.'
	},
	deletion: {
		title: 'Deine Antworten zurücknehmen',
		confirm:
			'Damit löschst du die Antworten, die du den Forschungsdaten hinzugefügt hast, endgültig. Sie verschwinden sofort aus den offenen Daten und den Statistiken.',
		button: 'Meine Antworten löschen',
		deleted: 'Gelöscht. Deine Antworten sind nicht mehr in den Forschungsdaten.',
		gone: 'Dieser Link führt zu keinen Antworten: Sie wurden schon gelöscht, oder der Link ist unvollständig.'
	},
	page: {
		title: 'Offene Forschungsdaten',
		description:
			'Anonyme Antworten, die Menschen freiwillig geteilt haben, frei zum Herunterladen, und die daraus laufend berechnete Reliabilität und Normen.',
		intro:
			'Das Quiz selbst speichert nichts. Wer möchte, kann seine Antworten auf der Ergebnisseite anonym hinzufügen und mit einem privaten Link wieder zurücknehmen. Alle können diese Antworten herunterladen und jede Zahl unten nachprüfen. Einsendungen, die zu schnell fertig waren, um die Fragen gelesen zu haben, oder fast überall dieselbe Antwort geben, bleiben gespeichert, werden aber markiert und bei keiner Zahl mitgezählt. Jede Zahl erscheint erst, wenn genug Menschen mitgemacht haben, damit sie etwas bedeutet.',
		counts: (n, flagged) =>
			`${int(n)} ${n === 1 ? 'Person hat ihre' : 'Personen haben ihre'} Antworten auf die aktuellen Fragen geteilt; ${int(flagged)} ${flagged === 1 ? 'Einsendung wurde' : 'Einsendungen wurden'} markiert und nicht mitgezählt.`,
		downloads: 'Herunterladen',
		csv: 'Alle Antworten (CSV)',
		json: 'Die Statistiken (JSON)',
		licence:
			'Die Daten sind gemeinfrei (CC0 1.0): Du darfst sie für alles verwenden, ohne zu fragen.',
		notEnough: (have, need) => `Noch nicht genug: ${int(have)} der nötigen ${int(need)}.`,
		headings: {
			reliability: 'Reliabilität',
			retest: 'Wiederholung',
			roles: 'Werte nach Rolle',
			norms: 'Normen',
			questions: 'Jede Frage',
			dictionary: 'Datenbeschreibung',
			stored: 'Was gespeichert wird'
		},
		reliabilityIntro: `Wie einheitlich die Fragen einer Skala eine Sache messen: Cronbachs α und McDonalds ω (ein Faktor), bei allen, die jede Frage der Skala auf der Skala beantwortet haben, mit 95-%-Bootstrap-Intervallen (200 Stichproben). Unter ${fixed(REPORT_MIN_RELIABILITY, 2)} kennzeichnet die Ergebnisseite eine Dimension als grob.`,
		scale: 'Skala',
		respondents: 'Personen',
		alpha: 'α',
		omega: 'ω',
		overall: 'Gesamt',
		estimate: (value, low, high) => `${fixed(value, 2)} (${fixed(low, 2)}–${fixed(high, 2)})`,
		retestIntro: (min, max) =>
			`Menschen, die das Quiz im selben Browser ${int(min)} bis ${int(max)} Monate später noch einmal gemacht haben (gespeichert ist nur der Monat, das entspricht etwa 2 bis 16 Wochen): wie gut ihre beiden Gesamtwerte übereinstimmen, und der Standardmessfehler, der daraus folgt.`,
		retestResult: (pairs, r, sem) =>
			`${int(pairs)} Paare: Retest-Korrelation ${fixed(r, 2)}; Standardmessfehler ${fixed(sem, 1)} von 100 Punkten.`,
		rolesIntro:
			'Mittlerer Gesamtwert (0 Programmierer, 100 Software-Engineer) danach, wie die Menschen ihre Rolle beschrieben haben, mit 95-%-Intervallen.',
		role: 'Rolle',
		mean: 'Mittelwert',
		difference: (d, low, high) =>
			`Software-Engineers minus Programmierer/innen oder Entwickler/innen: ${fixedMinus(d, 2)} Standardabweichungen (95 %: ${fixedMinus(low, 2)} bis ${fixedMinus(high, 2)}). Ein positiver Wert heißt, dass Menschen, die sich Software-Engineer nennen, näher am Engineer-Ende liegen, wie es das Quiz erwartet.`,
		differenceNotEnough: (engineers, programmers, need) =>
			`Der Unterschied zwischen Software-Engineers und Programmierer/innen braucht je ${int(need)}: Es sind ${int(engineers)} und ${int(programmers)}.`,
		percentilesIntro:
			'Gesamtwerte, unter denen der genannte Anteil der Menschen liegt. Sie beschreiben die, die ihre Antworten teilen wollten, nicht alle Entwicklerinnen und Entwickler.',
		percentile: (p) => `${int(p)}. Perzentil`,
		questionsIntro: `Für jede Frage: wie viele 0 bis ${SCALE_MAX} Punkte in Richtung Software-Engineer gaben (nach der Umpolung), wie viele sagten, sie treffe nicht zu, und ihre Korrelation mit dem Rest ihrer Dimension.`,
		question: 'Frage',
		distribution: `Punkte ${SCALE_VALUES.join(' / ')}`,
		notApplicable: 'Trifft nicht zu',
		itemRest: 'Item-Rest-r',
		counts04: (counts) => counts.map((c) => int(c)).join(' / '),
		percent: pct,
		decimal: (value) => fixedMinus(value, 2),
		dictionaryIntro:
			'Eine Zeile pro Einsendung, die älteste zuerst, durch Kommas getrennt, UTF-8. Leer heißt: nicht beantwortet.',
		columns: {
			respondent:
				'eine Nummer für die Person, nur innerhalb dieser Datei, damit sich eine Wiederholung (eine zweite Zeile mit derselben Nummer) zuordnen lässt; es ist nicht die ID aus ihrem Cookie',
			bank: 'die Version des Fragensatzes',
			language: `die Sprache der Seite: ${either(LOCALES)}`,
			month: 'der Monat der Einsendung, JJJJ-MM (UTC); nie der Tag',
			role: `die gewählte Rolle: ${list(['student', 'programmer', 'software-engineer', 'architect-or-lead', 'operations', 'data', 'other'])}`,
			coding_years:
				'Jahre, in denen die Person Code schreibt: under-1, 1-2, 3-5, 6-10, 11-20, over-20',
			organisation: 'Menschen in ihrer Organisation: 1, 2-10, 11-50, 51-250, 251-1000, over-1000',
			contact:
				'wie oft sie mit Kundschaft oder Nutzenden zu tun hat: never, yearly, monthly, weekly',
			flagged:
				'leer, oder warum die Zeile nicht in die Statistiken eingeht: too-fast (schneller fertig, als das Lesen der Fragen dauert, oder ohne Zeitangabe) oder straight-lined (fast überall dieselbe Antwort)',
			questions: `dann eine Spalte pro Frage, benannt nach ihrer ID (die Methodik-Seite listet sie auf): die Punkte in Richtung Software-Engineer, 0 bis ${SCALE_MAX}, nach der Umpolung; leer bei „Trifft auf mich nicht zu“ oder für eine Frage, die es in der Version dieser Zeile nicht gibt`
		}
	},
	norms: {
		percentile: (n, share) =>
			`Unter ${int(n)} Menschen, die ihre Antworten geteilt haben, lagen ${pct(share)} näher an Programmierer als du. Sie haben sich selbst zur Teilnahme entschieden und sind darum nicht unbedingt typisch.`,
		rough: (dimensions) =>
			`Bisher grob: ${list(dimensions)}. Die geteilten Antworten zeigen, dass ${plural(dimensions.length, { one: 'ihre', other: 'deren' })} Fragen weniger übereinstimmen, als wir es uns wünschen (Reliabilität unter ${fixed(REPORT_MIN_RELIABILITY, 2)}), also lies ${plural(dimensions.length, { one: 'diesen Wert', other: 'diese Werte' })} mit Vorsicht.`
	},
	privacy: (cookie, keepDays) =>
		`Forschungsdaten, nur wenn du sie geben willst: Auf einer Ergebnisseite kannst du deine Antworten den offenen Forschungsdaten hinzufügen. Dann wird genau das in unserer Datenbank gespeichert: deine Antworten (als Punkte in Richtung Software-Engineer), die Version des Quiz, die Sprache der Seite, der Monat (nicht Tag oder Uhrzeit), die freiwilligen Angaben, die du gewählt hast (Rolle, Jahre mit Code, Größe der Organisation, Kontakt mit Kundschaft oder Nutzenden), ob die Einsendung unplausibel wirkt, und eine zufällige ID, die auch in einem Cookie, ${cookie}, in deinem Browser liegt (${int(keepDays)} Tage lang), damit sich eine Wiederholung dem ersten Mal zuordnen lässt. Keine Adresse, keine Browserdaten, kein Ergebnislink, kein freier Text. Gespeichert wird ein Hash deines privaten Löschlinks, nie der Link selbst; wer ihm folgt und bestätigt, löscht die Zeile. Wie oft eine Verbindung Antworten hinzufügen darf, wird nur im Arbeitsspeicher des Servers gezählt, und ein Cookie hält fest, wann dein letztes Quiz begann und endete, damit zu schnell gegebene Antworten markiert werden können; beides wird nicht gespeichert.`
};

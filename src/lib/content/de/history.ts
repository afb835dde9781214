import kit from './kit';
import type { HistoryText } from '../history-types';

const { date, int, signed } = kit;

export const history: HistoryText = {
	heading: 'Deine bisherigen Ergebnisse',
	intro: (limit) =>
		`Nur in diesem Browser gespeichert, in einem Cookie: bis zu ${int(limit)} Ergebniscodes, jeweils mit dem Tag, an dem das Ergebnis entstanden ist, sonst nichts. „Alle vergessen“ löscht es.`,
	date,
	entry: (date, band, score) => `${date}: ${band}, ${int(score)} von 100`,
	entryWithoutOverall: (date) => `${date}: keine Gesamtposition`,
	unreadable: (date, reason) =>
		reason === 'unknown-version'
			? `${date}: stammt aus einer Version des Quiz, die es nicht mehr gibt`
			: `${date}: dieser Code lässt sich nicht mehr lesen`,
	thisResult: (entry) => `${entry} (dieses Ergebnis)`,
	remove: 'Entfernen',
	removeLabel: (date) => `Ergebnis vom ${date} entfernen`,
	forgetAll: 'Alle vergessen',
	notice: (done, left) =>
		done === 'forgotten'
			? 'Vergessen. In diesem Browser sind jetzt keine früheren Ergebnisse mehr gespeichert: Die Liste und ihr Cookie sind gelöscht.'
			: left === 0
				? 'Entfernt. In diesem Browser sind jetzt keine früheren Ergebnisse mehr gespeichert.'
				: 'Aus der Liste entfernt.',
	changeSince: ({ date, overall: { from, to }, biggest }) => {
		const overall =
			from !== null && to !== null
				? from === to
					? `gesamt unverändert bei ${int(to)}`
					: `gesamt ${int(from)} → ${int(to)} (${signed(to - from)})`
				: from !== null
					? `damals gesamt ${int(from)}, jetzt keine Gesamtposition`
					: to !== null
						? `damals keine Gesamtposition, jetzt ${int(to)}`
						: 'beide Male keine Gesamtposition';
		if (biggest === null) return `Seit deinem Ergebnis vom ${date}: ${overall}.`;
		const moved =
			biggest.delta === 0
				? 'keine Dimension hat sich bewegt'
				: `größte Veränderung: ${biggest.dimension}, ${signed(biggest.delta)}`;
		return `Seit deinem Ergebnis vom ${date}: ${overall}; ${moved}.`;
	},
	compareLink: 'Beide nebeneinander vergleichen',
	privacy: (cookie, limit, keepDays) =>
		`Ein zweites Cookie, ${cookie}, merkt sich deine bisherigen Ergebnisse, damit die Startseite und die Ergebnisseiten sie auflisten und als deine erkennen können: bis zu ${int(limit)} Ergebniscodes (jeweils derselbe Code wie im Link des Ergebnisses), jeweils mit dem Tag, an dem das Ergebnis entstanden ist, sonst nichts. Ein Ergebnis kommt nur hinzu, wenn du das Quiz selbst abschließt, nie, wenn du einen geteilten Link öffnest. Das Cookie bleibt in deinem Browser, geht nur an diese Website und gilt ${int(keepDays)} Tage ab seiner letzten Änderung; „Entfernen“ löscht einen Eintrag, „Alle vergessen“ das ganze Cookie.`
};

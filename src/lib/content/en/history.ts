import kit from './kit';
import type { HistoryText } from '../history-types';

const { date, int, signed } = kit;

export const history: HistoryText = {
	heading: 'Your earlier results',
	intro: (limit) =>
		`Kept only in this browser, in one cookie: up to ${int(limit)} result codes, each with the day it was made, and nothing else. “Forget all” deletes it.`,
	date,
	entry: (date, band, score) => `${date}: ${band}, ${int(score)} of 100`,
	entryWithoutOverall: (date) => `${date}: no overall position`,
	unreadable: (date, reason) =>
		reason === 'unknown-version'
			? `${date}: made by a version of the quiz that is no longer served`
			: `${date}: this code can no longer be read`,
	thisResult: (entry) => `${entry} (this result)`,
	remove: 'Remove',
	removeLabel: (date) => `Remove the result of ${date}`,
	forgetAll: 'Forget all',
	notice: (done, left) =>
		done === 'forgotten'
			? 'Forgotten. No earlier results are kept in this browser now: the list and its cookie are deleted.'
			: left === 0
				? 'Removed. No earlier results are kept in this browser now.'
				: 'Removed from the list.',
	changeSince: ({ date, overall: { from, to }, biggest }) => {
		const overall =
			from !== null && to !== null
				? from === to
					? `overall unchanged at ${int(to)}`
					: `overall ${int(from)} → ${int(to)} (${signed(to - from)})`
				: from !== null
					? `overall ${int(from)} then, no overall position now`
					: to !== null
						? `no overall position then, ${int(to)} now`
						: 'no overall position either time';
		if (biggest === null) return `Since your result of ${date}: ${overall}.`;
		const moved =
			biggest.delta === 0
				? 'no dimension moved'
				: `biggest change: ${biggest.dimension}, ${signed(biggest.delta)}`;
		return `Since your result of ${date}: ${overall}; ${moved}.`;
	},
	compareLink: 'Compare the two side by side',
	privacy: (cookie, limit, keepDays) =>
		`A second cookie, ${cookie}, keeps your earlier results so that the home page and result pages can list them and recognise them as yours: up to ${int(limit)} result codes (each the same code as in its result’s link), each with the day it was made, and nothing else. A result is added only when you finish the quiz yourself, never when you open a link someone shared. The cookie stays in your browser, is sent only to this site and lasts ${int(keepDays)} days from its last change; “Remove” deletes one entry and “Forget all” deletes the whole cookie.`
};

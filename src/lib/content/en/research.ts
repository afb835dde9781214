import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { SCALE_MAX, SCALE_VALUES } from '$lib/quiz/scale';
import { LOCALES } from '$lib/i18n/locales';
import kit from './kit';
import type { ResearchText } from '../research-types';

const { either, fixed, fixedMinus, int, list, pct, plural } = kit;

export const research: ResearchText = {
	consent: {
		summary: 'Add my answers, anonymously, to the open research data',
		intro:
			'Nothing is sent unless you press the button below. If you do, your answers to the questions, the quiz version, this page’s language and the current month are added to a public data set that anyone can download and check our numbers against. Not your name, address, browser or this link. You get a private link to take them back at any time.',
		optional: 'Optional, and each can stay at “Rather not say”:',
		labels: {
			role: 'How would you describe your role?',
			years: 'How many years have you been writing code?',
			organisation: 'How many people work in your organisation?',
			contact: 'How often do you deal with clients or users of what you build?'
		},
		noAnswer: 'Rather not say',
		roles: {
			student: 'Student',
			programmer: 'Programmer or developer',
			'software-engineer': 'Software engineer',
			'architect-or-lead': 'Architect or lead',
			operations: 'Operations or SRE',
			data: 'Data (analyst, scientist, engineer)',
			other: 'Something else'
		},
		codingYears: {
			'under-1': 'Less than a year',
			'1-2': '1 to 2 years',
			'3-5': '3 to 5 years',
			'6-10': '6 to 10 years',
			'11-20': '11 to 20 years',
			'over-20': 'More than 20 years'
		},
		organisation: {
			'1': 'Just me',
			'2-10': '2 to 10',
			'11-50': '11 to 50',
			'51-250': '51 to 250',
			'251-1000': '251 to 1,000',
			'over-1000': 'More than 1,000'
		},
		contact: {
			never: 'Never',
			yearly: 'A few times a year',
			monthly: 'Every month',
			weekly: 'Every week'
		},
		submit: 'Add my answers',
		more: 'About the research data'
	},
	joined: {
		title: 'Thank you: your answers are in the research data',
		added:
			'They are stored anonymously, with the quiz version, the language and the month, and will appear in the open data and the statistics.',
		keepLink:
			'To take your answers back, open this link and confirm. It is shown only this once and we keep no copy of it, so bookmark it or save it somewhere now.',
		duplicate:
			'These answers were already added from this browser, so they were not added again. Your earlier deletion link still works.',
		backToResult: 'Back to your result'
	},
	refused: {
		'bad-form':
			'This form could not be read, so nothing was stored. Please send it again from your result page.',
		'bad-code':
			'That result code cannot be read, so nothing was stored. Please send the form from your result page.',
		'too-many':
			'Too many results were added from your connection in the last hour, so this one was not stored. Please try again later.',
		'too-large': 'That was far more than the form sends, so nothing was stored.',
		unavailable:
			'The research database cannot be reached right now, so nothing was stored. Please try again in a few minutes.'
	},
	deletion: {
		title: 'Take back your answers',
		confirm:
			'This deletes the answers you added to the research data, for good. They disappear from the open data and the statistics at once.',
		button: 'Delete my answers',
		deleted: 'Deleted. Your answers are no longer in the research data.',
		gone: 'This link names no answers: they were already deleted, or the link is incomplete.'
	},
	page: {
		title: 'Open research data',
		description:
			'Anonymous answers that people chose to share, free for anyone to download, and the live reliability and norms computed from them.',
		intro:
			'The quiz itself stores nothing. People who want to can add their answers, anonymously, from their result page, and take them back with a private link. Everyone can download those answers and check every figure below. Submissions that were finished too fast to have read the questions, or that gave nearly the same answer everywhere, are kept but flagged and left out of every figure. Each figure appears only once there are enough people for it to mean something.',
		counts: (n, flagged) =>
			`${int(n)} ${n === 1 ? 'person has' : 'people have'} shared their answers to the current questions; ${int(flagged)} ${flagged === 1 ? 'submission was' : 'submissions were'} flagged and left out.`,
		downloads: 'Download',
		csv: 'All answers (CSV)',
		json: 'The statistics (JSON)',
		licence:
			'The data is dedicated to the public domain (CC0 1.0): use it for anything, no permission needed.',
		notEnough: (have, need) => `Not enough yet: ${int(have)} of the ${int(need)} needed.`,
		headings: {
			reliability: 'Reliability',
			retest: 'Retest',
			roles: 'Scores by role',
			norms: 'Norms',
			questions: 'Each question',
			dictionary: 'Data dictionary',
			stored: 'What is stored'
		},
		reliabilityIntro: `How consistently the questions of a scale measure one thing: Cronbach’s α and McDonald’s ω (one factor), among people who answered every question of the scale on the scale, with 95 % bootstrap intervals (200 resamples). Below ${fixed(REPORT_MIN_RELIABILITY, 2)}, the result page marks a dimension as rough.`,
		scale: 'Scale',
		respondents: 'People',
		alpha: 'α',
		omega: 'ω',
		overall: 'Overall',
		estimate: (value, low, high) => `${fixed(value, 2)} (${fixed(low, 2)}–${fixed(high, 2)})`,
		retestIntro: (min, max) =>
			`People who took the quiz again from the same browser, ${int(min)} to ${int(max)} months later (only the month is stored, so this stands for about 2 to 16 weeks): how closely their two overall scores agree, and the standard error of measurement that follows.`,
		retestResult: (pairs, r, sem) =>
			`${int(pairs)} pairs: retest correlation ${fixed(r, 2)}; standard error of measurement ${fixed(sem, 1)} points of 100.`,
		rolesIntro:
			'Mean overall score (0 programmer, 100 software engineer) by how people described their role, with 95 % intervals.',
		role: 'Role',
		mean: 'Mean score',
		difference: (d, low, high) =>
			`Software engineers minus programmers or developers: ${fixedMinus(d, 2)} standard deviations (95 %: ${fixedMinus(low, 2)} to ${fixedMinus(high, 2)}). A positive value means self-described software engineers score nearer the engineer end, as the quiz claims they should.`,
		differenceNotEnough: (engineers, programmers, need) =>
			`The difference between software engineers and programmers needs ${int(need)} of each: there are ${int(engineers)} and ${int(programmers)}.`,
		percentilesIntro:
			'Overall scores below which the given share of people fall. They describe the people who chose to share, not all developers.',
		percentile: (p) => `${int(p)}th percentile`,
		questionsIntro: `For each question: how many gave 0 to ${SCALE_MAX} points toward software engineer (after keying), how many said it does not apply, and its correlation with the rest of its dimension.`,
		question: 'Question',
		distribution: `Points ${SCALE_VALUES.join(' / ')}`,
		notApplicable: 'Doesn’t apply',
		itemRest: 'Item–rest r',
		counts04: (counts) => counts.map((c) => int(c)).join(' / '),
		percent: pct,
		decimal: (value) => fixedMinus(value, 2),
		dictionaryIntro:
			'One row per submission, oldest first, comma-separated, UTF-8. Empty means not answered.',
		columns: {
			respondent:
				'a number for the person within this file only, so a retake (a second row with the same number) can be paired; it is not the id in their cookie',
			bank: 'the version of the question set',
			language: `the page’s language: ${either(LOCALES)}`,
			month: 'the month of the submission, YYYY-MM (UTC); never the day',
			role: `the role they chose: ${list(['student', 'programmer', 'software-engineer', 'architect-or-lead', 'operations', 'data', 'other'])}`,
			coding_years: 'years of writing code: under-1, 1-2, 3-5, 6-10, 11-20, over-20',
			organisation: 'people in their organisation: 1, 2-10, 11-50, 51-250, 251-1000, over-1000',
			contact: 'how often they deal with clients or users: never, yearly, monthly, weekly',
			flagged:
				'empty, or why the row is left out of the statistics: too-fast (finished in less time than reading the questions takes, or with no timing) or straight-lined (the same option for most answers)',
			questions: `then one column per question, named by its id (the methodology page lists them): the points toward software engineer, 0 to ${SCALE_MAX}, after keying; empty for “Doesn’t apply to me” or a question not in that row’s version`
		}
	},
	norms: {
		percentile: (n, share) =>
			`Among ${int(n)} people who shared their answers, ${pct(share)} placed nearer programmer than you. They chose to take part, so they may not be typical.`,
		rough: (dimensions) =>
			`Rough so far: ${list(dimensions)}. The shared answers show ${plural(dimensions.length, { one: 'its', other: 'their' })} questions agree less than we would like (reliability under ${fixed(REPORT_MIN_RELIABILITY, 2)}), so read ${plural(dimensions.length, { one: 'that score', other: 'those scores' })} loosely.`
	},
	privacy: (cookie, keepDays) =>
		`Research data, only if you choose to give it: from a result page you can add your answers to the open research data. Then exactly this is stored in our database: your answers (as points toward software engineer), the quiz version, the page’s language, the month (not the day or time), the optional answers you chose (role, years of coding, size of organisation, contact with clients or users), whether the submission looks implausible, and a random id that is also put in a cookie, ${cookie}, in your browser (for ${int(keepDays)} days), so that a retake can be paired with the first time. No address, no browser details, no result link, no free text. A hash of your private deletion link is stored, never the link itself; following it and confirming deletes the row. Limits on how often a connection may add answers are counted in the server’s memory only, and a cookie holds when your latest quiz started and finished, so that answers given too fast can be flagged; neither is stored.`
};

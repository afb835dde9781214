import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import kit from './kit';

const { int, list, quote, word } = kit;

export const compare: CompareText = {
	page: {
		title: 'Compare results',
		description: `Put ${word(MIN_COMPARED)} to ${word(MAX_COMPARED)} results of the quiz side by side: everyone’s overall position, each dimension, and what a group covers. Made from the result links alone; nothing is stored.`,
		heading: 'Results side by side',
		intro: (people) =>
			`${int(people)} results, each worked out again from its link. The names are only in this page’s address; nothing is stored.`,
		emptyIntro: (min, max) =>
			`Put ${word(min)} to ${word(max)} results side by side: yours and a friend’s, a retake and the first go, or a whole team’s. Paste the result links below. Each result is worked out again from its link, and nothing is stored.`,
		person: (position) => `Person ${int(position)}`,
		overallHeading: 'Overall position',
		spectrumLabel:
			'Everyone’s overall position on one line, from programmer (0) to software engineer (100). The list below gives each person’s score.',
		peopleHeading: 'Who is compared',
		noOverall: 'No overall position: not enough answers',
		scoreAndBand: (score, band) => `${int(score)} · ${band}`,
		fullResult: (name) => `${name}: full result`,
		olderVersion: (version) => `made with version ${int(version)} of the questions`,
		dimensionsHeading: 'Dimension by dimension',
		chartCaption:
			'Each numbered marker is one person, numbered as in the list above, from programmer (left) to software engineer (right). The shaded middle is “in between”.',
		notEnoughFor: (names) => `Not enough answers: ${list(names)}`,
		tableCaption: 'Every score, 0 (programmer) to 100 (software engineer)',
		tablePerson: 'Person',
		notEnough: 'not enough answers',
		gapsHeading: 'How far apart you are',
		gap: (dimension, low, high) => `${dimension}: ${low} to ${high}`,
		widest: (dimension, low, high) => `${dimension}: the widest gap, ${low} to ${high}`,
		close: (dimension, low, high) =>
			low === high
				? `${dimension}: everyone at ${low}`
				: `${dimension}: close together, ${low} to ${high}`,
		onlyOne: (dimension, score, name) => `${dimension}: only ${name} has enough answers (${score})`,
		noneScored: (dimension) => `${dimension}: no one has enough answers`,
		leftOut: (names) => `Left out, for want of answers: ${list(names)}.`,
		gapsNote: (closeMax, perDimension, steps) =>
			`A gap of ${closeMax} points or less is called close: on a dimension of ${word(perDimension)} questions, that is fewer than ${word(steps)} answers each moved one step.`,
		olderNeedWiderGap:
			'Results from an earlier version have fewer questions per dimension, so they need a wider gap before it counts as a difference.',
		groupHeading: 'What the group covers',
		groupIntro: (people, nearProgrammerMax, nearEngineerMin) =>
			`A reading for these ${word(people)} people, from the article’s distinctions. Someone is near an end of a dimension when their score there leans that way: ${nearProgrammerMax} or less toward programmer, ${nearEngineerMin} or more toward software engineer.`,
		coveredHeading: 'Covered',
		covered: (dimension, role, habits, names) =>
			`${dimension}, the ${role} end${habits.length ? ` (${list(habits.map(quote))})` : ''}: ${list(names)}`,
		missingHeading: 'May be missing',
		missing: (dimension, role, habits) =>
			`${dimension}: nobody is near the ${role} end.${habits.length ? ` In the article’s terms, what may be missing: ${list(habits.map(quote))}.` : ''}`,
		noneMissing: 'Every dimension has someone near each end.',
		notRead: (dimensions) => `Too few people with enough answers to read: ${list(dimensions)}.`,
		caveat:
			'This is for conversation, not for evaluation or hiring. Neither end is better, a mix of habits is not a team score, and each result is how one person sees their own work.',
		unreadableHeading: 'Could not be read',
		unreadable: (name, code, reason) => `${name} (${code}): ${reason}`,
		tooFew: (readable, min) =>
			`Comparing needs at least ${word(min)} results that can be read; ${readable === 0 ? 'none of these can' : 'only one of these can'}. Check the links below, or add another.`,
		tooMany: (count, max) =>
			`At most ${word(max)} results can be compared at once, and this address has ${int(count)}. Remove some below and compare again.`,
		form: {
			heading: 'Who to compare',
			label: 'Result links or codes, one per line',
			help: (min, max) =>
				`Paste ${word(min)} to ${word(max)} result links, or just their codes, one per line. To give someone a name, put it before their link with a colon, as below. Names are kept only in the address of the comparison.`,
			example: 'Ana: https://…/result/3-…',
			submit: 'Compare'
		},
		fromResult: {
			heading: 'Compare with someone',
			intro:
				'Put this result side by side with a friend’s or a colleague’s: paste their result link or code. The names are optional and stay in the address.',
			yourName: 'Name for this result (optional)',
			theirLink: 'Their result link or code',
			theirName: 'Their name (optional)',
			submit: 'Compare'
		},
		method: {
			heading: 'Comparing results',
			paragraphs: (p) => [
				`The compare page puts ${word(p.min)} to ${word(p.max)} results side by side. Its address lists them, as r=CODE or r=CODE~Name, once per person; like a result link, it holds answers, never scores, and each result is worked out again with the version of the questions it was made under. Names are cut to ${p.nameMax} characters, live only in the address and are never stored. An entry that cannot be read is listed with the reason, and the others are still compared.`,
				`For each dimension the page gives the lowest and the highest score. A person without enough answers on a dimension is left out of its range and shown as such, never as 50. A gap of ${p.closeMax} points or less is called close together; the largest gap is called the widest, when it is more than that. That figure holds for results of this version: the limit comes from the measurement error of the two people at the range’s ends, each in the version of the quiz they took, so results from an earlier version, with fewer questions per dimension, need a wider gap.`,
				`From ${word(p.groupMin)} people on, the page adds a reading for the group. Someone is near an end of a dimension when their score there leans that way, as on the result page: ${p.nearProgrammerMax} or less toward programmer, ${p.nearEngineerMin} or more toward software engineer. An end nobody is near is named as what the group may be missing, with the article’s distinctions behind it. A dimension with fewer than two people scored on it is not read.`
			]
		}
	}
};

import { SCALE_MAX } from '$lib/quiz/scale';
import { MAX_COMPARED, MIN_COMPARED } from '$lib/results/compare-input';
import type { CompareText } from '../compare-types';
import { int, list, plural, quote, word } from './kit';

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimension', other: 'dimensions' })}`;
export const compare: CompareText = {
	export: {
		heading: 'Take it with you',
		intro:
			'Download this result with every question and answer, for your own notes or a spreadsheet. The file is made from the link, in this language; nothing is stored.',
		json: 'Download as JSON',
		csv: 'Download as CSV (spreadsheet)',
		notEnoughAnswers: 'not enough answers',
		overallNotEnough: (scored, needed) =>
			`No overall position: ${dimensions(scored)} scored, at least ${int(needed)} needed.`,
		csvSeparator: ',',
		columns: {
			step: 'Step',
			questionId: 'Question ID',
			question: 'Question',
			dimension: 'Dimension',
			pole: 'B (or “Always”) points toward',
			answerValue: `Answer value (0–${SCALE_MAX})`,
			answer: 'Answer',
			dimensionScore: 'Dimension score (0–100)'
		},
		errors: {
			malformed: 'This is not a result code. Check that the whole link was copied.',
			damaged:
				'This result code is damaged: a character was changed or lost, so no result can be shown.',
			'unknown-version':
				'This result code was made by a version of the quiz that is no longer served.'
		},
		method: {
			heading: 'Downloading a result',
			intro:
				'Every result page offers its result as two files: JSON for programs and CSV for spreadsheets. Both are built from the link on request, in the language of the page, and hold exactly what the page shows; nothing is kept on the server.',
			jsonIntro: 'The JSON file holds one object with these fields:',
			jsonFields: {
				quizVersion: 'the version of the question bank the result was made under.',
				code: 'the result code, as in the link /result/CODE.',
				language: 'the language of the text in the file.',
				overall:
					'the overall position, 0 (programmer) to 100 (software engineer); null when too few dimensions have enough answers, with the reason in overallNote.',
				band: 'the closest description: its id and its name.',
				range:
					'the quiz gives no interval (interval is always null): a handful of questions per dimension and no norms cannot support one. Instead it holds what the result page states: the nearest other description or descriptions (nearestBands), how many answers, each moved one step, would reach it (steps), whether the page names it (near), and the page’s sentence (text). Null without an overall position.',
				dimensions:
					'one entry per dimension: id, name, score 0–100, or null with status “not-enough-answers” and a note, and how many questions were answered on the scale or marked as not applying.',
				questions: `one entry per question, in the quiz’s order: step, id, text, dimension, pole (the role that statement B points toward; in versions 1 and 2, “Always”) and the answer: its value 0 (statement A; Never) to ${SCALE_MAX} (statement B; Always), or null with notApplicable true for an answer marked as not applying, and its label.`
			},
			csvIntro:
				'The CSV file (UTF-8, comma-separated, a header row, then one row per question) has these columns:',
			csvColumns: {
				step: 'the question’s position in the quiz;',
				questionId: 'its id, the same as in the JSON file;',
				question: 'its text;',
				dimension: 'the dimension it belongs to;',
				pole: 'the role that statement B points toward (“Always” in versions 1 and 2);',
				answerValue: `0 (statement A; Never) to ${SCALE_MAX} (statement B; Always), empty for an answer marked as not applying;`,
				answer: 'the answer as the quiz showed it;',
				dimensionScore: 'the dimension’s score, or “not enough answers”.'
			},
			csvNotes:
				'The overall position and the closest description are in the JSON file and on the result page; the CSV keeps to one row per question, so that it sorts and filters cleanly.'
		}
	},
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
				`For each dimension the page gives the lowest and the highest score. A person without enough answers on a dimension is left out of its range and shown as such, never as 50. A gap of ${p.closeMax} points or less is called close together; the largest gap is called the widest, when it is more than that.`,
				`From ${word(p.groupMin)} people on, the page adds a reading for the group. Someone is near an end of a dimension when their score there leans that way, as on the result page: ${p.nearProgrammerMax} or less toward programmer, ${p.nearEngineerMin} or more toward software engineer. An end nobody is near is named as what the group may be missing, with the article’s distinctions behind it. A dimension with fewer than two people scored on it is not read.`
			]
		}
	}
};

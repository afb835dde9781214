import { SCALE_MAX } from '$lib/quiz/scale';
import type { DownloadsText } from '../downloads-types';
import kit from './kit';

const { int, plural } = kit;

const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimension', other: 'dimensions' })}`;

/** A result's JSON and CSV downloads: the offer on the result page, the files, their documentation. */
export const downloads: DownloadsText = {
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
};

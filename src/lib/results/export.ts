import { answerName, questionLine } from '$lib/content/question-words';
import type { CsvColumn, DownloadsText } from '$lib/content/downloads-types';
import type { QuizText } from '$lib/content/quiz-types';
import type { Pole } from '$lib/quiz/article';
import type { Bank, QuestionId } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import { closenessOf, type Closeness } from '$lib/quiz/explain';
import { NOT_APPLICABLE, type ScaleValue } from '$lib/quiz/scale';
import { minScoredDimensions, scoreAnswers, type Answers, type BandId } from '$lib/quiz/scoring';
import { toCsv } from './csv';

/**
 * A result as data the person can keep: the JSON and CSV downloads of /result/CODE. Built from
 * the answers in the code with the bank it was made under, like the result page, and in the
 * page's language. The page gives no interval (four questions per dimension and no norms cannot
 * back one), so `range` holds what the page states instead: the fewest one-step answer changes
 * that would give the nearest other band.
 */

export interface ExportText {
	quiz: QuizText;
	downloads: DownloadsText;
}

export interface ResultExport {
	quizVersion: number;
	code: string;
	language: string;
	/** 0–100; null when fewer than the needed dimensions are scored. */
	overall: number | null;
	/** Why there is no overall score, in words; null when there is one. */
	overallNote: string | null;
	band: { id: BandId; label: string } | null;
	range: ExportRange | null;
	dimensions: ExportDimension[];
	questions: ExportQuestion[];
}

export interface ExportRange {
	/** No confidence interval is given, on purpose. */
	interval: null;
	/** The nearest other band(s), in answer steps; two when both neighbours are equally near. */
	nearestBands: { direction: Pole; band: BandId; label: string; steps: number }[];
	/** Whether the result page names the nearest band (it is within a few steps). */
	near: boolean;
	/** The sentence the result page shows. */
	text: string;
}

export interface ExportDimension {
	id: DimensionId;
	name: string;
	score: number | null;
	status: 'scored' | 'not-enough-answers';
	/** "Not enough answers" in the page's language; null when scored. */
	note: string | null;
	questionCount: number;
	answeredOnScale: number;
	notApplicable: number;
}

export interface ExportQuestion {
	step: number;
	id: QuestionId;
	text: string;
	dimension: DimensionId;
	/** The pole that answering “Always” points toward. */
	pole: Pole;
	answer: {
		/** 0 (Never) to 4 (Always); null for “Doesn't apply to me”. */
		value: ScaleValue | null;
		notApplicable: boolean;
		label: string;
	};
}

/** The sentence the result page states about the nearest other band (ResultFigures.svelte). */
export function closenessText(quiz: QuizText, closeness: Closeness): string {
	const [first, second] = closeness.nearest;
	if (!closeness.near) return closeness.oneAnswer ? quiz.result.closeness.oneAnswer : '';
	if (second) {
		const band = (pole: Pole) =>
			quiz.bands[closeness.nearest.find((s) => s.direction === pole)!.band];
		return quiz.result.closeness.nearBoth(first!.steps, band('engineer'), band('programmer'));
	}
	return quiz.result.closeness.near(
		first!.steps,
		quiz.roles[first!.direction],
		quiz.bands[first!.band]
	);
}

export function buildResultExport(
	code: string,
	answers: Answers,
	bank: Bank,
	language: string,
	text: ExportText
): ResultExport {
	const { quiz, downloads } = text;
	const result = scoreAnswers(answers, bank);
	const closeness = closenessOf(result);
	return {
		quizVersion: bank.version,
		code,
		language,
		overall: result.overall,
		overallNote:
			result.overall === null
				? downloads.overallNotEnough(result.scoredCount, minScoredDimensions(bank))
				: null,
		band: result.band && { id: result.band, label: quiz.bands[result.band] },
		range: closeness && {
			interval: null,
			nearestBands: closeness.nearest.map((s) => ({
				direction: s.direction,
				band: s.band,
				label: quiz.bands[s.band],
				steps: s.steps
			})),
			near: closeness.near,
			text: closenessText(quiz, closeness)
		},
		dimensions: result.dimensions.map((d) => ({
			id: d.id,
			name: quiz.dimensions[d.id].name,
			score: d.score,
			status: d.scored ? 'scored' : 'not-enough-answers',
			note: d.scored ? null : downloads.notEnoughAnswers,
			questionCount: d.questionCount,
			answeredOnScale: d.answered,
			notApplicable: d.skipped
		})),
		questions: bank.questions.map((q, i) => {
			const answer = answers[i]!;
			const notApplicable = answer === NOT_APPLICABLE;
			return {
				step: i + 1,
				id: q.id,
				text: questionLine(quiz, bank.format, q),
				dimension: q.dimension,
				pole: q.towards,
				answer: {
					value: notApplicable ? null : answer,
					notApplicable,
					label: answerName(quiz, bank.format, answer)
				}
			};
		})
	};
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
	'step',
	'questionId',
	'question',
	'dimension',
	'pole',
	'answerValue',
	'answer',
	'dimensionScore'
];

/** One row per question under a header row; an empty cell where there is no value. */
export function resultCsv(data: ResultExport, text: ExportText): string {
	const header = CSV_COLUMNS.map((column) => text.downloads.columns[column]);
	const scores = new Map(data.dimensions.map((d) => [d.id, d]));
	const rows = data.questions.map((q) => {
		const dimension = scores.get(q.dimension)!;
		return [
			q.step,
			q.id,
			q.text,
			dimension.name,
			text.quiz.roles[q.pole],
			q.answer.value ?? '',
			q.answer.label,
			dimension.score ?? dimension.note ?? ''
		];
	});
	return toCsv([header, ...rows], text.downloads.csvSeparator);
}

/** A file name that says what the file is and whose result, safe in every file system. */
export function exportFileName(code: string, extension: 'json' | 'csv'): string {
	return `programmer-or-software-engineer-${code}.${extension}`;
}

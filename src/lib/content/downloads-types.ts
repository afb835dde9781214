import type { ShareCodeError } from '$lib/quiz/share-code';

/** The columns of the CSV download, in order (src/lib/results/export.ts). */
export type CsvColumn =
	| 'step'
	| 'questionId'
	| 'question'
	| 'dimension'
	| 'pole'
	| 'answerValue'
	| 'answer'
	| 'dimensionScore';

/** The top-level fields of the JSON download, documented on the methodology page. */
export type JsonField =
	'quizVersion' | 'code' | 'language' | 'overall' | 'band' | 'range' | 'dimensions' | 'questions';

/** A result's JSON and CSV downloads: the box offering them, their contents, their documentation. */
export interface DownloadsText {
	/** The result page's box with the two downloads. */
	heading: string;
	intro: string;
	json: string;
	csv: string;
	/** A dimension's status in the files when it has no score. */
	notEnoughAnswers: string;
	/** The overall position's status when fewer dimensions than needed are scored. */
	overallNotEnough: (scored: number, needed: number) => string;
	/** The CSV's header row. */
	columns: Record<CsvColumn, string>;
	/**
	 * The CSV's field separator: what spreadsheet programs open directly in this language's
	 * countries, a semicolon wherever the decimal mark is a comma.
	 */
	csvSeparator: ',' | ';';
	/** The JSON error body's message, per reason a code cannot be read. */
	errors: Record<ShareCodeError, string>;
	/** The methodology page's section on both formats. */
	method: {
		heading: string;
		intro: string;
		jsonIntro: string;
		jsonFields: Record<JsonField, string>;
		csvIntro: string;
		csvColumns: Record<CsvColumn, string>;
		csvNotes: string;
	};
}

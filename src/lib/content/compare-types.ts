import type { ShareCodeError } from '$lib/quiz/share-code';

/**
 * Text for what people do with results beyond reading one: taking it with them (the JSON and
 * CSV downloads). Kept apart from quiz.ts so that it can grow without touching the quiz's text.
 */
export interface CompareText {
	export: ExportText;
}

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

export interface ExportText {
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

import type { DistinctionId, Pole } from '$lib/quiz/article';
import type { FrequencyQuestionId, TwoEndedQuestionId } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import type { CaveatId, SummaryKind } from '$lib/quiz/explain';
import type { ScaleValue } from '$lib/quiz/scale';
import type { BandId } from '$lib/quiz/scoring';
import type { StepFormError } from '$lib/quiz/step-form';

/**
 * Every word of the quiz, for one language: landing, questions, result and methodology.
 * Sentences that hold values are functions of those values, so each language writes its own
 * grammar (with Intl for plurals, lists and numbers) instead of joining English pieces.
 */
export interface QuizText {
	/** The call to action that starts the quiz. */
	start: string;
	/** How each role is named in running text (“software engineer”), and as a label (“Software engineer”). */
	roles: Record<Pole, string>;
	roleLabels: Record<Pole, string>;
	/** Band names: the closest description of a position. */
	bands: Record<BandId, string>;
	scale: ScaleText;
	distinctions: Record<DistinctionId, DistinctionText>;
	dimensions: Record<DimensionId, DimensionText>;
	/** The text of every frequency question (versions 1 and 2), by id. */
	questions: Record<FrequencyQuestionId, string>;
	/** Each frequency question's habit as a short noun phrase, for lists that name it beside the full question. */
	habits: Record<FrequencyQuestionId, string>;
	/** The two statements of every two-ended question (from version 3), by id. */
	pairs: Record<TwoEndedQuestionId, PairText>;
	/** Numbers as this language writes them. */
	format: FormatText;
	landing: LandingText;
	step: StepText;
	result: ResultText;
	links: LinkErrorText;
	methodology: MethodologyText;
}

export interface ScaleText {
	/** Frequency questions: Never … Always. */
	labels: Record<ScaleValue, string>;
	notApplicable: string;
	/** Two-ended questions: the five places between statement A (0) and statement B (4). */
	positions: Record<ScaleValue, string>;
	/** Two-ended questions: the choice apart from the scale, worded so it cannot read as “disagree”. */
	notApplicableToWork: string;
	/** The names of the two statements, as the page labels them. */
	statements: { a: string; b: string };
}

/** One two-ended question: each role's way of working, in the first person, and when neither fits. */
export interface PairText {
	programmer: string;
	engineer: string;
	/** The case in which “does not apply” is the right answer, as a condition. */
	notApplicableWhen: string;
}

export interface DistinctionText {
	/** A short name for lists and tables. */
	title: string;
	/** The article's point, paraphrased. */
	paraphrase: string;
}

export interface DimensionText {
	name: string;
	/** What the dimension asks, in one line. */
	summary: string;
	/** The habit at each end, as a short phrase. */
	ends: Record<Pole, string>;
	/** The article's view on this dimension, paraphrased. */
	fromArticle: string;
	/**
	 * Frequency banks' dimensions: habits of each role that someone leaning the other way could take
	 * up. Two-ended banks take their next steps from their own statements instead, so advice can
	 * never describe a habit that scores toward the other end.
	 */
	habitsOf?: Record<Pole, readonly string[]>;
}

export interface FormatText {
	/** A whole number, e.g. a score. */
	integer: (n: number) => string;
	/** An effect on the score in points, signed, one decimal: “+2.1”, “−1.0”. */
	effect: (points: number) => string;
	/** A figure with one decimal, unsigned: “2.1”. */
	decimal: (n: number) => string;
	/** “A, B and C”. */
	list: (items: readonly string[]) => string;
}

export interface LandingText {
	title: string;
	description: (questionCount: number) => string;
	heading: string;
	lead: (questionCount: number) => string;
	resumeHeading: string;
	inProgress: (answered: number, total: number) => string;
	continueFrom: (step: number) => string;
	startOver: (answered: number) => string;
	finishedBefore: string;
	seeLastResult: string;
	takeAgain: string;
	facts: {
		length: (questionCount: number, minutes: number) => string;
		private: string;
		anywhere: string;
	};
	measuresHeading: string;
	measures: (articleTitle: string, blog: string) => string;
	dimensionsIntro: (count: number) => string;
	closing: string;
	methodLink: string;
}

export interface StepText {
	title: (step: number, total: number, hasError: boolean) => string;
	description: (step: number, total: number) => string;
	progress: (step: number, total: number) => string;
	hint: string;
	back: string;
	/** Instead of Back when the step was opened from the result page to change an answer. */
	returnWithoutChange: string;
	changingNotice: string;
	shortcut: (scaleSize: number) => string;
	/** Two-ended questions: the question above the two statements, and how to answer it. */
	pairQuestion: string;
	pairHint: string;
	/** “Choose this only if …”, beside the choice apart from the scale. */
	notApplicableWhen: (condition: string) => string;
	errors: Record<StepFormError | 'missing-answer', (scaleSize: number) => string>;
	/** Shown by the enhancement only when answers sent in the background cannot be saved. */
	unsaved: string;
	skippedAhead: string;
}

export interface ResultText {
	title: (band: string | null, score: number | null) => string;
	kicker: { own: string; shared: string };
	printSuffix: string;
	headline: (band: string) => string;
	headlineNotEnough: string;
	sharedNotice: string;
	olderVersion: (version: number) => string;
	takeCurrent: string;
	position: {
		/** The position meter's accessible name. */
		label: string;
		value: (score: number) => string;
	};
	summary: (s: SummaryParams) => string;
	notEnough: (scored: number, total: number, needed: number) => string;
	revisit: string;
	closeness: {
		near: (steps: number, toward: string, band: string) => string;
		nearBoth: (steps: number, towardEngineer: string, towardProgrammer: string) => string;
		/** One single answer, moved far enough, could give another description. */
		oneAnswer: string;
	};
	/** After a change opened from the result: the overall position before and after, and the bands when they differ. */
	changedAnswer: (p: {
		before: number | null;
		after: number | null;
		bandBefore: string | null;
		bandAfter: string | null;
	}) => string;
	/** Under the model, how many retakes in ten give the same description. */
	retake: (inTen: number, band: string) => string;
	/** For a bank whose dimensions have too few questions to be reported on their own. */
	roughDimensions: (questionsPerDimension: number) => string;
	answered: (answered: number, skipped: number, total: number) => string;
	chart: { caption: string; notEnough: string };
	dimensionsHeading: string;
	dimensionLine: (name: string, score: number | null, lean: string | null) => string;
	leanWords: Record<Pole | 'balanced', string>;
	notEnoughInDimension: (answered: number, needed: number, total: number) => string;
	missingSide: (role: string) => string;
	whatItMeasures: string;
	inTheArticle: string;
	yourAnswers: string;
	youAnswered: (answer: string) => string;
	effect: (points: number) => string;
	notCounted: string;
	change: string;
	changeLabel: (step: number) => string;
	movedHeading: string;
	movedIntro: string;
	toward: Record<Pole, string>;
	noneToward: string;
	tiedBeyond: (count: number, points: number) => string;
	nextHeading: string;
	nextIntro: Record<Pole, (role: string) => string>;
	nextNone: string;
	nextScore: (score: number) => string;
	caveatsHeading: string;
	caveats: Record<CaveatId, (p: CaveatParams) => string>;
	shareHeading: string;
	shareExplain: string;
	shareTitle: (band: string | null) => string;
	/** `copied` and `copyBlocked`: what the status line says after Copy link, read out too. */
	buttons: { copy: string; share: string; print: string; copied: string; copyBlocked: string };
	meta: {
		headline: (band: string | null, score: number | null) => string;
		description: (band: string | null, score: number | null) => string;
		imageAlt: (band: string | null) => string;
	};
	takeAgain: string;
	takeYourself: string;
	methodLink: string;
}

export interface SummaryParams {
	kind: SummaryKind;
	score: number;
	band: BandId;
	/** Role names, as in running text. */
	roles: Record<Pole, string>;
	/** With `differ`: the dimensions nearest software engineer, and those nearest programmer. */
	higher: readonly string[];
	lower: readonly string[];
	straightLining: { answer: string; count: number; of: number } | null;
}

export interface CaveatParams {
	questionsPerDimension: number;
	skipped: number;
	total: number;
	scored: number;
}

export interface LinkErrorText {
	damaged: string;
	noSuchQuestion: string;
}

export interface MethodologyText {
	title: string;
	description: string;
	heading: string;
	lead: string;
	contents: string;
	sections: Record<MethodSection, string>;
	source: (articleTitle: string, blog: string, minutes: number) => string;
	/** The link to the article itself. */
	sourceLink: string;
	poleOf: Record<Pole | 'both', string>;
	dimensionsIntro: (
		dimensions: number,
		questions: number,
		perDimension: readonly number[]
	) => string;
	dimensionEnds: (programmerEnd: string, engineerEnd: string) => string;
	drawnFrom: (titles: readonly string[]) => string;
	table: {
		caption: (dimension: string) => string;
		number: string;
		question: string;
		pointsToward: string;
		/** Two-ended banks: the columns for statements A and B. */
		statementA: string;
		statementB: string;
		/** The article distinction a question rests on, after its label: “Distinction: …”. */
		distinction: (title: string) => string;
		why: string;
	};
	/** Two-ended banks: how a question is asked and answered. */
	pairIntro: (scaleSize: number) => string;
	/** The response model behind every stability figure, its parameters in the page's numbers. */
	model: (p: ModelParams) => readonly string[];
	scaleTable: { answer: string; value: string; notScored: string };
	scalePoints: (max: number) => string;
	notApplicable: (minShare: number, minDimensions: number) => string;
	keying: string;
	formulas: FormulaText;
	support: (perDimension: number, dimensions: number) => readonly string[];
	/**
	 * `digits`: how many answer digits a current code uses (the scale's answers plus
	 * “Doesn't apply”); `notApplicableSince`: the first version that offered “Doesn't apply”.
	 */
	versions: (v: {
		current: number;
		older: readonly number[];
		scaleSize: number;
		digits: number;
		notApplicableSince: number;
	}) => string;
	olderBanks: (version: number, count: number) => string;
	privacy: (days: number) => string;
	limits: string;
	cta: string;
}

export type MethodSection =
	| 'source'
	| 'dimensions'
	| 'scale'
	| 'keying'
	| 'formulas'
	| 'support'
	| 'versions'
	| 'privacy'
	| 'limits';

export interface FormulaText {
	dimensionTerm: string;
	dimension: (max: number) => string;
	dimensionNote: string;
	enoughTerm: string;
	enough: (minShare: number) => string;
	overallTerm: string;
	overall: (minDimensions: number, max: number) => string;
	overallNote: string;
	bandTerm: string;
	band: string;
	bandRow: (band: string, min: number, max: number) => string;
	bandNote: string;
	effectTerm: string;
	effect: (max: number, midpoint: number) => string;
	effectNote: (maxEffect: number) => string;
	stepsTerm: string;
	steps: (nearSteps: number) => string;
	retakeTerm: string;
	retake: string;
	differTerm: string;
	differ: (z: number) => string;
	straightTerm: string;
	straight: (share: number) => string;
	explainTerm: string;
	explain: (p: { strongest: number; lowMax: number; highMin: number }) => string;
}

export interface ModelParams {
	within: number;
	between: number;
	itemSd: number;
	minQuestions: number;
	minReliability: number;
	/** Reliability of one full dimension of the current bank, and of the full overall score. */
	dimensionReliability: number;
	overallReliability: number;
	/** Standard error of a full dimension score and of the full overall score, in points. */
	dimensionError: number;
	overallError: number;
	/** Gap two full dimensions need to be called different, in points. */
	dimensionGap: number;
}

/** Text for putting several results side by side (/compare). */
export interface CompareText {
	page: ComparePageText;
}

/** The numbers the methodology states about comparing, from src/lib/results/compare.ts. */
export interface CompareMethodParams {
	min: number;
	max: number;
	nameMax: number;
	closeMax: number;
	nearProgrammerMax: number;
	nearEngineerMin: number;
	groupMin: number;
}

/**
 * /compare and the result page's “Compare with someone” form. Names are typed by people and
 * passed in as plain strings; the page shows them as text only.
 */
export interface ComparePageText {
	/** The page's <title> (before the site's name) and meta description. */
	title: string;
	description: string;
	heading: string;
	/** Above a comparison of this many people. */
	intro: (people: number) => string;
	/** On the bare page, before any entry. */
	emptyIntro: (min: number, max: number) => string;
	/** An unnamed person, by their place in the list: “Person 2”. */
	person: (position: number) => string;
	overallHeading: string;
	/** The overall chart's text alternative (role="img"); the list after it gives every score. */
	spectrumLabel: string;
	/** The list of people: one <meter> each, named with the person's name. */
	peopleHeading: string;
	noOverall: string;
	/** The closest description and the score, after the meter: “42 · In between”. */
	scoreAndBand: (score: number, band: string) => string;
	/** A link to one person's full result page. */
	fullResult: (name: string) => string;
	/** A result made with an earlier version of the questions. */
	olderVersion: (version: number) => string;
	dimensionsHeading: string;
	/** Under the per-dimension chart: how to read its numbered markers. */
	chartCaption: string;
	/** In the chart, under a dimension: the people it has no score for. */
	notEnoughFor: (names: readonly string[]) => string;
	tableCaption: string;
	tablePerson: string;
	/** A table cell without a score. */
	notEnough: string;
	gapsHeading: string;
	gap: (dimension: string, low: number, high: number) => string;
	widest: (dimension: string, low: number, high: number) => string;
	close: (dimension: string, low: number, high: number) => string;
	onlyOne: (dimension: string, score: number, name: string) => string;
	noneScored: (dimension: string) => string;
	/** After a dimension's range: who is left out of it for want of answers. */
	leftOut: (names: readonly string[]) => string;
	/** `perDimension` questions a dimension; a gap up to `closeMax` is fewer than `steps` one-step moves. */
	gapsNote: (closeMax: number, perDimension: number, steps: number) => string;
	/** After `gapsNote`, when some result is from an earlier version with a wider close gap. */
	olderNeedWiderGap: string;
	groupHeading: string;
	groupIntro: (people: number, nearProgrammerMax: number, nearEngineerMin: number) => string;
	coveredHeading: string;
	/** An end of a dimension someone is near; `habits` are the article's distinctions at that end. */
	covered: (
		dimension: string,
		role: string,
		habits: readonly string[],
		names: readonly string[]
	) => string;
	missingHeading: string;
	missing: (dimension: string, role: string, habits: readonly string[]) => string;
	noneMissing: string;
	notRead: (dimensions: readonly string[]) => string;
	/** The same caveat as the result page: for conversation, not evaluation or hiring. */
	caveat: string;
	unreadableHeading: string;
	/** One entry that cannot be read: who, what was given, and why (the downloads' error text). */
	unreadable: (name: string, code: string, reason: string) => string;
	tooFew: (readable: number, min: number) => string;
	tooMany: (count: number, max: number) => string;
	/** The form on /compare. */
	form: {
		heading: string;
		label: string;
		/** How to write the lines, names included. */
		help: (min: number, max: number) => string;
		example: string;
		submit: string;
	};
	/** The form on every result page. */
	fromResult: {
		heading: string;
		intro: string;
		yourName: string;
		theirLink: string;
		theirName: string;
		submit: string;
	};
	/** The methodology page's section on comparing. */
	method: { heading: string; paragraphs: (p: CompareMethodParams) => string[] };
}

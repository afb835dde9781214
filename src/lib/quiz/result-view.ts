import type { Pole } from './article';
import { CURRENT_VERSION, type Bank, type BankFormat, type QuestionId } from './banks';
import type { DimensionId } from './dimensions';
import {
	answersOf,
	caveatsFor,
	closenessOf,
	leanOf,
	nextStepsFor,
	retakeSameBand,
	strongestToward,
	summaryOf,
	type CaveatId,
	type Closeness,
	type Lean,
	type NextStep,
	type Summary
} from './explain';
import { isReportable } from './model';
import { NOT_APPLICABLE, type Answer, type ScaleValue } from './scale';
import {
	minAnsweredFor,
	minScoredDimensions,
	scoreAnswers,
	type Answers,
	type BandId,
	type Contribution
} from './scoring';

/**
 * The result page's one view model: scores and every decision of the explanation, computed once
 * from the answers. Pure data, no words: components look each id up in the page's language.
 */

export interface AnswerView {
	questionId: QuestionId;
	/** 1-based position in its bank, as in /quiz/N. */
	step: number;
	answer: Answer;
	towards: Pole;
	/** Effect on the overall score in points; 0 when not counted. */
	effect: number;
	counted: boolean;
}

export interface DimensionView {
	id: DimensionId;
	scored: boolean;
	/** Whether the bank has the questions to report it on its own; if not, it is rough. */
	reportable: boolean;
	score: number | null;
	lean: Lean | null;
	questionCount: number;
	answered: number;
	skipped: number;
	/** Scale answers it needs to be scored. */
	minAnswered: number;
	/** When not scored for want of a scale answer on one side: that side. */
	missingPole: Pole | null;
	/** Its answers, strongest first. */
	answers: AnswerView[];
}

export interface StrongestView {
	items: AnswerView[];
	tiedBeyond: number;
}

export interface ResultView {
	version: number;
	format: BankFormat;
	/** Scored with the bank new quizzes use; false for links from an earlier version. */
	current: boolean;
	/** The visitor's own result (from their cookie), not someone else's shared link. */
	own: boolean;
	/** “Change” links are offered: own, current, and still the visitor's latest answers. */
	canChange: boolean;
	questionCount: number;
	answeredCount: number;
	skippedCount: number;
	dimensionCount: number;
	scoredCount: number;
	minScoredDimensions: number;
	overall: { score: number; band: BandId; lean: Lean } | null;
	closeness: Closeness | null;
	/** Under the model, the chance of the same description on a retake, in tenths (0–10). */
	retakeInTen: number | null;
	summary: Summary;
	dimensions: DimensionView[];
	strongest: Record<Pole, StrongestView> | null;
	nextSteps: NextStep[];
	caveats: CaveatId[];
	straightLining: { answer: ScaleValue; count: number; of: number } | null;
	/** Where to go back to for more answers when the overall could not be given: the first step of a dimension without enough. */
	revisitStep: number | null;
}

export interface ResultContext {
	own: boolean;
	/** Whether these answers are the visitor's current, complete progress (so they can be changed). */
	latest: boolean;
}

function answerView(c: Contribution): AnswerView {
	return {
		questionId: c.question.id,
		step: c.index + 1,
		answer: c.answer,
		towards: c.question.towards,
		effect: c.effect,
		counted: c.counted
	};
}

export function buildResultView(answers: Answers, bank: Bank, context: ResultContext): ResultView {
	const result = scoreAnswers(answers, bank);
	const current = bank.version === CURRENT_VERSION;

	const dimensions = result.dimensions.map((d): DimensionView => {
		const missingPole =
			d.scored || d.answered < minAnsweredFor(d.questionCount)
				? null
				: d.answeredToward.programmer === 0
					? 'programmer'
					: 'engineer';
		return {
			id: d.id,
			scored: d.scored,
			reportable: isReportable(bank, d.id),
			score: d.score,
			lean: d.score === null ? null : leanOf(d.score),
			questionCount: d.questionCount,
			answered: d.answered,
			skipped: d.skipped,
			minAnswered: minAnsweredFor(d.questionCount),
			missingPole,
			answers: answersOf(result, d.id).map(answerView)
		};
	});

	const strongest = (pole: Pole): StrongestView => {
		const s = strongestToward(result, pole);
		return { items: s.items.map(answerView), tiedBeyond: s.tiedBeyond };
	};

	// Back to the questions: the first “Doesn't apply” of the first dimension without enough answers.
	const unscored = result.dimensions.find((d) => !d.scored);
	const own = unscored && result.contributions.filter((c) => c.question.dimension === unscored.id);
	const revisit = own && (own.find((c) => c.answer === NOT_APPLICABLE) ?? own[0]);
	const revisitStep = result.overall === null && revisit ? revisit.index + 1 : null;

	return {
		version: bank.version,
		format: bank.format,
		current,
		own: context.own,
		canChange: context.own && context.latest && current,
		questionCount: answers.length,
		answeredCount: result.answeredCount,
		skippedCount: result.skippedCount,
		dimensionCount: result.dimensions.length,
		scoredCount: result.scoredCount,
		minScoredDimensions: minScoredDimensions(bank),
		overall:
			result.overall === null
				? null
				: {
						score: result.overall,
						band: result.band!,
						lean: leanOf(result.overall)
					},
		closeness: closenessOf(result),
		retakeInTen: retakeInTen(result),
		summary: summaryOf(result),
		dimensions,
		strongest:
			result.overall === null
				? null
				: { engineer: strongest('engineer'), programmer: strongest('programmer') },
		nextSteps: nextStepsFor(result),
		caveats: caveatsFor(result),
		straightLining:
			result.straightLined && result.mostCommonAnswer
				? { ...result.mostCommonAnswer, of: result.answeredCount }
				: null,
		revisitStep
	};
}

function retakeInTen(result: ReturnType<typeof scoreAnswers>): number | null {
	const chance = retakeSameBand(result);
	return chance === null ? null : Math.round(chance * 10);
}

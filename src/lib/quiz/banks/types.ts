import type { DistinctionId, Pole } from '../article';
import type { DimensionDefinition, DimensionId } from '../dimensions';
import type { V1QuestionId } from './v1';
import type { V2QuestionId } from './v2';
import type { V3QuestionId } from './v3';

/** Questions asked as how often a habit happens (versions 1 and 2): each has one text. */
export type FrequencyQuestionId = V1QuestionId | V2QuestionId;
/** Questions that set two ways of working side by side (from version 3): each has two statements. */
export type TwoEndedQuestionId = V3QuestionId;
/** Every question id of every bank, so each language's text can be checked against all of them. */
export type QuestionId = FrequencyQuestionId | TwoEndedQuestionId;
/** The ids of the current bank: these also need a reason on the methodology page. */
export type CurrentQuestionId = V3QuestionId;

/**
 * How a bank's questions are asked. `frequency`: how often a habit happens, Never … Always.
 * `two-ended`: where the person stands between statement A and statement B.
 */
export type BankFormat = 'frequency' | 'two-ended';

/**
 * One question: one observable habit. Answering how often you do it moves you toward the
 * pole named in `towards`. Its words live in the content (src/lib/content/<language>/), keyed by id.
 */
export interface Question<Id extends string = QuestionId> {
	id: Id;
	dimension: DimensionId;
	distinction: DistinctionId;
	/** The pole that answering “Always” (frequency) or “B” (two-ended) points toward. */
	towards: Pole;
}

/**
 * A question bank as it was served. A share link names its bank's version and holds one answer
 * per question in the bank's order, so a bank is never edited once served: a new one is added.
 */
export interface Bank<Id extends string = QuestionId> {
	version: number;
	format: BankFormat;
	questions: readonly Question<Id>[];
	dimensions: readonly DimensionDefinition[];
	/** Whether “Doesn't apply to me” was offered (from version 2 on). */
	allowsNotApplicable: boolean;
}

/** Builds a question with its id kept as a literal type, so the content can be checked against every id. */
export function question<const Id extends string>(
	id: Id,
	dimension: DimensionId,
	distinction: DistinctionId,
	towards: Pole
): Question<Id> {
	return { id, dimension, distinction, towards };
}
